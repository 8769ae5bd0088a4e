"""Writes of the learning app: enrolment, completion, and the site's skeleton."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    TaskState,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from courses.models import (
    Audience,
    CataloguePage,
    CoursePage,
    Enrollment,
    HomePage,
    LessonCompletion,
    LessonPage,
    LessonPosition,
    LessonQuiz,
    ReviewTask,
)
from courses.models.composition import quiz_ids_in_body
from courses.signals import course_completed
from people import roles
from people.services import roles_setup
from quizzes.models import Quiz
from simulators.selectors import simulators_unfinished

WORKFLOW_NAME = "Relecture"
REVIEW_TASK_NAME = "Relecture par un modérateur"


def _check_learner(user) -> None:
    if not user.is_authenticated or not user.is_active:
        raise ValidationError(_("Connectez-vous pour suivre un parcours."))


def enrollment_create(*, user, course: CoursePage) -> Enrollment:
    """Enrol a learner in a live course; enrolling twice returns the same row.

    Raises ValidationError if the user cannot learn or the course is not published.
    """
    _check_learner(user)
    if not course.live:
        raise ValidationError(_("Ce parcours n'est pas encore publié."))
    try:
        with transaction.atomic():
            enrollment, _created = Enrollment.objects.get_or_create(
                user=user, course=course
            )
    except IntegrityError:
        # A concurrent request created it first.
        enrollment = Enrollment.objects.get(user=user, course=course)
    return enrollment


@dataclass(frozen=True)
class LessonCompleted:
    """What the learner meets next after marking a lesson done."""

    completion: LessonCompletion
    created: bool
    course: CoursePage
    next_lesson: LessonPage | None  # the first lesson of the course not done yet

    @property
    def course_complete(self) -> bool:
        return self.next_lesson is None


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> LessonCompleted:
    """Mark a live lesson as done (idempotent), enrolling the learner if needed,
    and complete the course when it was the last one (4 to 7 queries; 1 more
    when the lesson holds a simulator).

    Raises ValidationError if the lesson is not published, not part of a
    published course (its module unpublished, say), or holds a simulator the
    learner has not completed."""
    from courses.selectors import lesson_course_get

    _check_learner(user)
    if not lesson.live:
        raise ValidationError(_("Cette leçon n'est pas encore publiée."))
    course = lesson_course_get(lesson)
    if course is None:
        raise ValidationError(_("Cette leçon ne fait partie d'aucun parcours publié."))
    unfinished = simulators_unfinished(
        user=user, lesson_id=lesson.pk, body_raw=lesson.body.raw_data
    )
    if unfinished:
        raise ValidationError(
            _("Terminez d'abord l'entraînement « %(title)s ».")
            % {"title": unfinished[0]}
        )
    enrollment = enrollment_create(user=user, course=course)
    try:
        with transaction.atomic():
            completion, created = LessonCompletion.objects.get_or_create(
                user=user, lesson=lesson
            )
    except IntegrityError:
        completion, created = (
            LessonCompletion.objects.get(user=user, lesson=lesson),
            False,
        )
    lessons = list(LessonPage.objects.in_course(course).defer_streamfields())
    done = set(
        LessonCompletion.objects.filter(
            user=user, lesson_id__in=[each.pk for each in lessons]
        ).values_list("lesson_id", flat=True)
    )
    remaining = [each for each in lessons if each.pk not in done]
    if created and not remaining and enrollment.completed_at is None:
        enrollment.completed_at = timezone.now()
        enrollment.save(update_fields=["completed_at"])
        course_completed.send(sender=CoursePage, user=user, course=course)
    return LessonCompleted(
        completion=completion,
        created=created,
        course=course,
        next_lesson=remaining[0] if remaining else None,
    )


def lesson_position_save(
    *, user, lesson: LessonPage, step: int, at: datetime | None = None
) -> LessonPosition:
    """Remember the step a learner reached in a live lesson (one row per learner
    and lesson, 1 or 2 queries besides reading the body).

    Raises ValidationError if the user cannot learn, the lesson is not
    published or the step is not one of the lesson's.

    `at`: when the learner moved, for a step sent late (kept while offline,
    issue 18): it never overwrites a position saved after it, and sending it
    twice changes nothing."""
    from courses.steps import lesson_steps

    _check_learner(user)
    if not lesson.live:
        raise ValidationError(_("Cette leçon n'est pas encore publiée."))
    total = len(lesson_steps(lesson))
    if not 1 <= step <= total:
        raise ValidationError(
            _("Cette leçon n'a pas d'étape %(step)s : elle en a %(total)s.")
            % {"step": step, "total": total}
        )
    now = timezone.now()
    if at is not None:
        at = min(at, now)
        with transaction.atomic():
            position, created = LessonPosition.objects.get_or_create(
                user=user, lesson=lesson, defaults={"step": step, "updated_at": at}
            )
            if not created and position.updated_at < at:
                position.step, position.updated_at = step, at
                position.save(update_fields=["step", "updated_at"])
        return position
    try:
        with transaction.atomic():
            position, _created = LessonPosition.objects.update_or_create(
                user=user, lesson=lesson, defaults={"step": step, "updated_at": now}
            )
    except IntegrityError:
        # A concurrent request created it first: this one is the latest.
        position = LessonPosition.objects.get(user=user, lesson=lesson)
        position.step, position.updated_at = step, now
        position.save(update_fields=["step", "updated_at"])
    return position


@transaction.atomic
def lesson_quizzes_sync(*, lesson: LessonPage) -> set[int]:
    """Record which quizzes the lesson's saved body holds (derived data, kept in
    step each time the lesson is saved or published). Returns their ids."""
    # A body may still name a quiz deleted since: only existing ones count.
    quiz_ids = set(
        Quiz.objects.filter(pk__in=quiz_ids_in_body(lesson.body.raw_data)).values_list(
            "pk", flat=True
        )
    )
    links = LessonQuiz.objects.filter(lesson=lesson)
    links.exclude(quiz_id__in=quiz_ids).delete()
    known = set(links.values_list("quiz_id", flat=True))
    LessonQuiz.objects.bulk_create(
        [LessonQuiz(lesson=lesson, quiz_id=pk) for pk in quiz_ids - known],
        ignore_conflicts=True,
    )
    return quiz_ids


CATALOGUES = [
    (
        Audience.BENEFICIARY,
        "Ateliers numériques",
        "ateliers",
        "<p>Des leçons courtes, pas à pas, pour apprendre à utiliser un téléphone "
        "ou un ordinateur et faire ses démarches en ligne.</p>",
    ),
    (
        Audience.PROFESSIONAL,
        "Formation des relais numériques",
        "formation-relais",
        "<p>Les modules pour repérer la précarité numérique, mener un diagnostic "
        "et animer des ateliers.</p>",
    ),
]

TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]


def _page_permissions(group: Group, page: Page, codenames: list[str]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


MEDIA_PERMISSIONS = [
    ("wagtailimages", f"{action}_image") for action in ("add", "change", "choose")
] + [("wagtaildocs", f"{action}_document") for action in ("add", "change", "choose")]


def _media_permissions(group: Group) -> None:
    # Wagtail checks image and document rights per collection, not per model.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root,
            permission=Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            ),
        )


@transaction.atomic
def site_setup() -> HomePage:
    """Create the home page, the two catalogues, the role groups and the
    « Relecture » workflow, or leave them as they are (idempotent)."""
    groups = roles_setup()
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    root = Page.get_first_root_node()
    if root is None:
        # Wagtail's migrations make the root; a flushed database lacks it.
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's install leaves a placeholder welcome page at the root's slug
        # "home"; our home page takes its place.
        for placeholder in root.get_children().filter(slug="home"):
            if placeholder.specific_class is Page:
                placeholder.delete()
        home = HomePage(
            title="Relais numérique",
            slug="home",
            intro="<p>Apprendre le numérique pas à pas, avec un professionnel "
            "près de chez vous.</p>",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Relais numérique",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Relais numérique"
        site.save()

    for audience, title, slug, intro in CATALOGUES:
        if not CataloguePage.objects.filter(audience=audience).exists():
            catalogue = CataloguePage(
                title=title, slug=slug, audience=audience, intro=intro
            )
            home.add_child(instance=catalogue)
            catalogue.save_revision().publish()

    _page_permissions(groups[roles.TRAINER], home, TRAINER_PAGE_PERMISSIONS)
    _page_permissions(groups[roles.MODERATOR], home, MODERATOR_PAGE_PERMISSIONS)
    for group in (groups[roles.TRAINER], groups[roles.MODERATOR]):
        _media_permissions(group)

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task, _created = ReviewTask.objects.get_or_create(name=REVIEW_TASK_NAME)
    task.groups.add(groups[roles.MODERATOR])
    # An older site's plain group approval gives its place to the review task,
    # once no review is pending on it (run site_setup again later otherwise).
    for link in WorkflowTask.objects.filter(workflow=workflow).exclude(task=task):
        pending = TaskState.objects.filter(
            task=link.task, status=TaskState.STATUS_IN_PROGRESS
        )
        if isinstance(link.task.specific, GroupApprovalTask) and not pending.exists():
            link.task.deactivate()
            link.delete()
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    # Quizzes go through the same review as the lessons that embed them.
    WorkflowContentType.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(Quiz),
        defaults={"workflow": workflow},
    )
    return home
