"""Quizzes are moderated like lessons: drafts and revisions, the « Relecture »
workflow, and no lesson approved while it embeds a quiz that is not live."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision, WorkflowState

from courses.models import LessonPage
from people import roles
from quizzes.admin_forms import choices_to_lines
from quizzes.models import Quiz
from quizzes.services import quiz_publish
from tests import builders
from tests.quizzes import factories

QUIZ_URL = "/admin/snippets/quizzes/quiz/"


@pytest.fixture
def trainer(site):
    return builders.user("formatrice", group=roles.TRAINER)


@pytest.fixture
def moderator(site):
    return builders.user("moderateur", group=roles.MODERATOR)


def _quiz_post(quiz, *, title, action=None):
    data = {
        "title": title,
        "description": "",
        "pass_mark": "60",
        "max_questions": "",
        "feedback_mode": "after_each",
        "success_text": "",
        "fail_text": "",
        "quiz_questions-TOTAL_FORMS": "0",
        "quiz_questions-INITIAL_FORMS": "0",
        "quiz_questions-MIN_NUM_FORMS": "0",
        "quiz_questions-MAX_NUM_FORMS": "1000",
    }
    links = list(quiz.quiz_questions.all()) if quiz else []
    data["quiz_questions-TOTAL_FORMS"] = str(len(links))
    data["quiz_questions-INITIAL_FORMS"] = str(len(links))
    for i, link in enumerate(links):
        data[f"quiz_questions-{i}-id"] = str(link.pk)
        data[f"quiz_questions-{i}-question"] = str(link.question_id)
        data[f"quiz_questions-{i}-ORDER"] = str(i + 1)
        data[f"quiz_questions-{i}-DELETE"] = ""
        # The row's writing fields, as the editor shows them filled in.
        question = link.question
        for key, value in {
            "q_kind": question.kind,
            "q_text": question.text,
            "q_choices": choices_to_lines(question.choices.all()),
            "q_true_false": {True: "true", False: "false"}.get(
                question.true_false_answer, ""
            ),
            "q_accepted_answers": "\n".join(
                c.text for c in question.choices.all() if question.kind == "short_text"
            ),
            "q_explanation": question.explanation,
            "q_points": question.points,
        }.items():
            data[f"quiz_questions-{i}-{key}"] = str(value)
    if action:
        data[action] = action
    return data


# Drafts, publication, revisions.


def test_a_draft_of_a_live_quiz_stays_out_of_learners_sight(
    client, admin_client, learner
):
    quiz = factories.quiz(factories.question("true_false"), title="Le clavier")
    quiz_publish(quiz=quiz)
    response = admin_client.post(
        f"{QUIZ_URL}edit/{quiz.pk}/", _quiz_post(quiz, title="Le clavier, suite")
    )
    assert response.status_code == 302
    client.force_login(learner)
    page = client.get(f"/exercices/{quiz.pk}/").content.decode()
    assert "Le clavier" in page and "Le clavier, suite" not in page
    quiz.refresh_from_db()
    assert quiz.live and quiz.has_unpublished_changes

    admin_client.post(
        f"{QUIZ_URL}edit/{quiz.pk}/",
        _quiz_post(quiz, title="Le clavier, suite", action="action-publish"),
    )
    quiz.refresh_from_db()
    assert quiz.title == "Le clavier, suite" and not quiz.has_unpublished_changes
    assert "Le clavier, suite" in client.get(f"/exercices/{quiz.pk}/").content.decode()
    # Every save is in the history.
    assert Revision.objects.for_instance(quiz).count() == 3
    history = admin_client.get(f"{QUIZ_URL}history/{quiz.pk}/")
    assert history.status_code == 200


def test_a_new_quiz_saved_as_draft_is_not_offered(client, admin_client, learner):
    question = factories.question("true_false")
    data = _quiz_post(None, title="Brouillon")
    data.update(
        {
            "quiz_questions-TOTAL_FORMS": "1",
            "quiz_questions-0-question": str(question.pk),
            "quiz_questions-0-ORDER": "1",
            "quiz_questions-0-id": "",
            "quiz_questions-0-DELETE": "",
        }
    )
    assert admin_client.post(f"{QUIZ_URL}add/", data).status_code == 302
    quiz = Quiz.objects.get(title="Brouillon")
    assert not quiz.live
    assert not Quiz.objects.published().filter(pk=quiz.pk).exists()
    client.force_login(learner)
    assert client.get(f"/exercices/{quiz.pk}/").status_code == 404


def test_a_trainer_submits_a_quiz_to_relecture_and_cannot_publish_it(
    client, trainer, moderator
):
    quiz = factories.quiz(factories.question("true_false"), draft=True)
    client.force_login(trainer)
    response = client.post(
        f"{QUIZ_URL}edit/{quiz.pk}/",
        _quiz_post(quiz, title="À relire", action="action-submit"),
    )
    assert response.status_code == 302
    quiz.refresh_from_db()
    assert not quiz.live
    state = WorkflowState.objects.for_instance(quiz).get()
    assert state.workflow.name == "Relecture"
    # A trainer's « Publier » is refused; the moderator approves.
    client.post(
        f"{QUIZ_URL}edit/{quiz.pk}/",
        _quiz_post(quiz, title="À relire", action="action-publish"),
    )
    quiz.refresh_from_db()
    assert not quiz.live
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    quiz.refresh_from_db()
    assert quiz.live and quiz.title == "À relire"


def test_the_relecture_workflow_covers_quizzes(site):
    assert Quiz().get_workflow().name == "Relecture"


# A lesson waits for its quizzes.


def _lesson_with(workshops, trainer, quiz, body=None):
    course = builders.course(workshops, modules=1, lessons_per_module=1)
    module = course.get_children().first().specific
    lesson = LessonPage(
        title="Le clavier",
        slug="le-clavier",
        summary="Apprendre.",
        body=[
            *(builders.lesson_body() if body is None else body),
            {"type": "quiz", "value": {"quiz": quiz.pk, "intro": ""}},
        ],
        live=False,
    )
    module.add_child(instance=lesson)
    revision = lesson.save_revision(user=trainer)
    lesson.get_workflow().start(lesson, trainer)
    lesson.refresh_from_db()
    return lesson, revision


def test_a_lesson_is_not_approved_while_its_quiz_is_not_live(
    client, workshops, trainer, moderator
):
    quiz = factories.quiz(
        factories.question("true_false"), title="Le clavier", draft=True
    )
    lesson, _revision = _lesson_with(workshops, trainer, quiz)
    state = lesson.current_workflow_task_state
    approve = f"/admin/pages/workflow/action/{lesson.pk}/approve/{state.pk}/"
    client.force_login(moderator)

    response = client.post(approve, follow=True)
    html = response.content.decode()
    assert (
        "L&#x27;exercice « Le clavier » n&#x27;est pas encore publié : faites-le "
        "relire et publier avant la leçon." in html
    )
    assert f"/admin/exercices/{quiz.pk}/apercu/" in html
    assert response.redirect_chain[-1][0] == f"/admin/pages/{lesson.pk}/edit/"
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert not lesson.live
    assert lesson.current_workflow_task_state.pk == state.pk

    quiz_publish(quiz=quiz)
    client.post(approve)
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.live
    assert WorkflowState.objects.for_instance(lesson).get().status == (
        WorkflowState.STATUS_APPROVED
    )


def test_approving_from_the_lesson_editor_is_refused_too(
    client, workshops, trainer, moderator
):
    quiz = factories.quiz(
        factories.question("true_false"), title="Le clavier", draft=True
    )
    paragraph = {"type": "paragraph", "value": "<p>Le clavier.</p>"}
    lesson, _revision = _lesson_with(workshops, trainer, quiz, body=[paragraph])
    client.force_login(moderator)
    # The editor posts its whole form; the approval decides, not the content.
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": lesson.summary,
            "duration_minutes": lesson.duration_minutes or "",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Le clavier.</p>")),
                    ("quiz", {"quiz": quiz.pk, "intro": ""}),
                ]
            ),
        }
    )
    data.update({"action-workflow-action": "1", "workflow-action-name": "approve"})
    response = client.post(f"/admin/pages/{lesson.pk}/edit/", data, follow=True)
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert not lesson.live
    assert "n&#x27;est pas encore publié" in response.content.decode()


def test_the_refusal_page_is_for_moderators_only(client, workshops, trainer):
    quiz = factories.quiz(factories.question("true_false"), draft=True)
    lesson, _revision = _lesson_with(workshops, trainer, quiz)
    client.force_login(trainer)
    state = lesson.current_workflow_task_state
    response = client.get(f"/admin/relecture/refusee/{state.pk}/")
    # Wagtail's answer to PermissionDenied: back to the dashboard, nothing shown.
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_the_moderator_previews_the_quiz_as_a_learner(client, moderator):
    question = factories.question("single")
    quiz = factories.quiz(question, title="Premier essai", draft=True)
    quiz.title = "Dernière version"
    quiz.save_revision()  # a draft not saved on the row
    quiz = Quiz.objects.get(pk=quiz.pk)
    quiz.title = "Premier essai"
    quiz.save()
    client.force_login(moderator)
    html = client.get(f"/admin/exercices/{quiz.pk}/apercu/").content.decode()
    assert "Dernière version" in html
    assert question.text in html
    assert "bonne réponse" not in html.lower()


def test_learners_cannot_open_the_preview(client, learner):
    quiz = factories.quiz(factories.question("single"), draft=True)
    client.force_login(learner)
    response = client.get(f"/admin/exercices/{quiz.pk}/apercu/")
    assert response.status_code in (302, 403)


# The migration from the `draft` flag.

BEFORE = [("quizzes", "0006_drop_is_correct_accepted_answers")]
AFTER = [("quizzes", "0007_quiz_moderation")]


@pytest.fixture
def old_quizzes(transactional_db):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    Quiz = apps.get_model("quizzes", "Quiz")
    Question = apps.get_model("quizzes", "Question")
    QuizQuestion = apps.get_model("quizzes", "QuizQuestion")
    published = Quiz.objects.create(title="Publié", draft=False)
    question = Question.objects.create(kind="true_false", text="Vrai ?")
    QuizQuestion.objects.create(quiz=published, question=question, sort_order=0)
    draft = Quiz.objects.create(title="Brouillon", draft=True)
    yield {"published": published.pk, "draft": draft.pk, "question": question.pk}
    MigrationExecutor(connection).migrate(executor.loader.graph.leaf_nodes())


def test_published_quizzes_become_live_with_a_first_revision(old_quizzes):
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    apps = executor.loader.project_state(AFTER).apps
    Quiz = apps.get_model("quizzes", "Quiz")
    Revision = apps.get_model("wagtailcore", "Revision")
    published = Quiz.objects.get(pk=old_quizzes["published"])
    assert published.live and not published.has_unpublished_changes
    revision = Revision.objects.get(object_id=str(published.pk))
    assert published.live_revision_id == published.latest_revision_id == revision.pk
    assert revision.content["title"] == "Publié"
    assert [q["question"] for q in revision.content["quiz_questions"]] == [
        old_quizzes["question"]
    ]
    draft = Quiz.objects.get(pk=old_quizzes["draft"])
    assert not draft.live
    assert not Revision.objects.filter(object_id=str(draft.pk)).exists()
