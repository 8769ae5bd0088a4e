import pytest
from wagtail.models import WorkflowState

from courses.models import LessonPage
from people import roles
from tests import builders


@pytest.fixture
def module(workshops):
    course = builders.course(workshops, modules=1, lessons_per_module=1)
    return course.get_children().first().specific


@pytest.fixture
def trainer(site):
    return builders.user("formatrice", group=roles.TRAINER)


@pytest.fixture
def moderator(site):
    return builders.user("moderateur", group=roles.MODERATOR)


def _draft_lesson(module, trainer):
    lesson = LessonPage(
        title="Nouvelle leçon",
        slug="nouvelle-lecon",
        summary="Apprendre.",
        body=builders.lesson_body(),
        live=False,
    )
    module.add_child(instance=lesson)
    lesson.save_revision(user=trainer)
    return lesson


def test_a_trainer_can_write_but_not_publish(module, trainer, moderator):
    assert module.permissions_for_user(trainer).can_add_subpage()
    assert not module.permissions_for_user(trainer).can_publish_subpage()
    assert module.permissions_for_user(moderator).can_publish_subpage()


def test_a_trainers_lesson_goes_through_relecture_before_going_live(
    module, trainer, moderator
):
    lesson = _draft_lesson(module, trainer)
    workflow = lesson.get_workflow()
    assert workflow.name == "Relecture"

    workflow.start(lesson, trainer)
    lesson.refresh_from_db()
    state = lesson.current_workflow_task_state
    assert not lesson.live
    assert state.task.specific.user_can_access_editor(lesson, moderator)
    assert [a[0] for a in state.task.specific.get_actions(lesson, trainer)] == []

    state.task.specific.on_action(state, moderator, "approve")

    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.live
    assert WorkflowState.objects.get(object_id=str(lesson.pk)).status == (
        WorkflowState.STATUS_APPROVED
    )


@pytest.mark.parametrize("group", [roles.PROFESSIONAL, roles.BENEFICIARY, None])
def test_learners_never_reach_the_admin(client, site, group):
    client.force_login(builders.user(group=group))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_trainers_reach_the_admin(client, trainer):
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("url", ["/admin/images/add/", "/admin/documents/add/"])
def test_trainers_can_upload_images_and_documents(client, trainer, url):
    client.force_login(trainer)
    assert client.get(url).status_code == 200


def test_learners_cannot_upload_images(client, site):
    client.force_login(builders.user(group=roles.PROFESSIONAL))
    assert client.get("/admin/images/add/").status_code == 302


def test_an_older_sites_group_approval_gives_way_to_the_review_task(site):
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    from courses.models import ReviewTask
    from courses.services import site_setup

    workflow = Workflow.objects.get(name="Relecture")
    WorkflowTask.objects.filter(workflow=workflow).delete()
    old = GroupApprovalTask.objects.create(name="Relecture d'avant")
    WorkflowTask.objects.create(workflow=workflow, task=old, sort_order=0)

    site_setup()

    tasks = [link.task.specific for link in workflow.workflow_tasks.all()]
    assert [type(task) for task in tasks] == [ReviewTask]
    old.refresh_from_db()
    assert not old.active
