"""The professionals' training path (P1–P4) and where each person stands on it.

The path is every live module of the live courses written for professionals
(`Audience.PROFESSIONAL`, the « Formation des relais numériques » catalogue):
P1 to P4 in the demo. A module is done when, for that person,

- every lesson of the module is completed (`LessonCompletion`),
- every quiz its lessons embed (`LessonQuiz`) has a passed attempt, and
- no open answer of theirs to those quizzes still waits for marking (an answer
  « À corriger » keeps the module open, and the page says so).

The path is complete when every module is done (and there is at least one).
This module is the one owner of that rule: the « Ma formation » pages, the
attestations, the programme's milestones and the professionals' home call it.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from wagtail.models import Page

from courses.models import (
    Audience,
    CoursePage,
    LessonCompletion,
    LessonPage,
    LessonQuiz,
    ModulePage,
)
from people import roles
from people.models import Membership
from quizzes.models import Answer, AnswerStatus, Attempt


@dataclass(frozen=True)
class PathModule:
    """A module of the path: its course, its lessons and the quizzes they hold."""

    module: ModulePage
    course: CoursePage
    lessons: tuple[LessonPage, ...]
    quiz_ids: tuple[int, ...]
    # The lesson that holds each quiz (the first one, in course order).
    quiz_lessons: dict[int, LessonPage] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class TrainingPath:
    """The path's modules in order (course, then module order)."""

    modules: tuple[PathModule, ...]

    @property
    def lesson_ids(self) -> set[int]:
        return {lesson.pk for entry in self.modules for lesson in entry.lessons}

    @property
    def quiz_ids(self) -> set[int]:
        return {pk for entry in self.modules for pk in entry.quiz_ids}


@dataclass
class ModuleProgress:
    """One person's standing in one module."""

    module: ModulePage
    course: CoursePage
    lessons_total: int
    lessons_done: int
    quizzes_total: int
    quizzes_passed: int
    answers_marked: int  # open answers already marked
    answers_pending: int  # open answers still waiting for marking
    lessons_remaining: list[LessonPage] = field(default_factory=list)
    quiz_ids_remaining: list[int] = field(default_factory=list)
    entry: PathModule | None = None  # the module's lessons and quizzes

    @property
    def short_title(self) -> str:
        """« P1 » of « P1 · Repérer… »; the whole title when it has no prefix."""
        head, sep, _rest = self.module.title.partition(" · ")
        return head if sep else self.module.title

    @property
    def started(self) -> bool:
        return bool(self.lessons_done or self.quizzes_passed or self.answers_pending)

    @property
    def done(self) -> bool:
        return (
            self.lessons_done >= self.lessons_total
            and self.quizzes_passed >= self.quizzes_total
            and self.answers_pending == 0
        )

    @property
    def waiting_for_marking(self) -> bool:
        """Everything done on the person's side; a marker has yet to act."""
        return self.answers_pending > 0


@dataclass
class PathProgress:
    """One person's standing on the whole path."""

    user_id: int
    modules: list[ModuleProgress]

    @property
    def modules_done(self) -> int:
        return sum(1 for entry in self.modules if entry.done)

    @property
    def modules_total(self) -> int:
        return len(self.modules)

    @property
    def complete(self) -> bool:
        return bool(self.modules) and all(entry.done for entry in self.modules)

    @property
    def started(self) -> bool:
        return any(entry.started for entry in self.modules)

    @property
    def waiting_for_marking(self) -> bool:
        return any(entry.waiting_for_marking for entry in self.modules)

    @property
    def modules_left(self) -> list["ModuleProgress"]:
        return [entry for entry in self.modules if not entry.done]

    @property
    def percent(self) -> int:
        if not self.modules:
            return 0
        return round(100 * self.modules_done / self.modules_total)


def training_path_get() -> TrainingPath:
    """The path as it is published now (4 queries, whatever its size)."""
    courses = list(
        CoursePage.objects.live()
        .filter(audience=Audience.PROFESSIONAL)
        .order_by("path")
    )
    if not courses:
        return TrainingPath(modules=())
    course_by_path = {course.path: course for course in courses}
    under = reduce(or_, (Q(path__startswith=course.path) for course in courses))
    modules = [
        module
        for module in ModulePage.objects.live().filter(under).order_by("path")
        if module.path[: -Page.steplen] in course_by_path
    ]
    lessons = list(LessonPage.objects.in_courses(courses).defer_streamfields())
    quizzes_by_lesson: dict[int, list[int]] = defaultdict(list)
    for lesson_id, quiz_id in LessonQuiz.objects.filter(
        lesson_id__in=[lesson.pk for lesson in lessons]
    ).values_list("lesson_id", "quiz_id"):
        quizzes_by_lesson[lesson_id].append(quiz_id)
    lessons_by_module: dict[str, list[LessonPage]] = defaultdict(list)
    for lesson in lessons:
        lessons_by_module[lesson.path[: -Page.steplen]].append(lesson)
    entries = []
    for module in modules:
        module_lessons = lessons_by_module.get(module.path, [])
        if not module_lessons:
            continue  # nothing published in it yet: nothing to do
        quiz_lessons: dict[int, LessonPage] = {}
        for lesson in module_lessons:
            for quiz_id in sorted(quizzes_by_lesson.get(lesson.pk, ())):
                quiz_lessons.setdefault(quiz_id, lesson)
        entries.append(
            PathModule(
                module=module,
                course=course_by_path[module.path[: -Page.steplen]],
                lessons=tuple(module_lessons),
                quiz_ids=tuple(quiz_lessons),
                quiz_lessons=quiz_lessons,
            )
        )
    return TrainingPath(modules=tuple(entries))


def _user_ids(users) -> list[int]:
    return [getattr(user, "pk", user) for user in users]


def path_progress_get(
    *, users, path: TrainingPath | None = None
) -> dict[int, PathProgress]:
    """Each person's progress on the path, by user id (users or ids). 4 queries
    for the path (none when `path` is given) and 3 for the people, whatever
    their number or the path's size."""
    ids = _user_ids(users)
    path = path if path is not None else training_path_get()
    if not ids:
        return {}
    lesson_ids, quiz_ids = path.lesson_ids, path.quiz_ids
    done: dict[int, set[int]] = defaultdict(set)
    if lesson_ids:
        for user_id, lesson_id in LessonCompletion.objects.filter(
            user_id__in=ids, lesson_id__in=lesson_ids
        ).values_list("user_id", "lesson_id"):
            done[user_id].add(lesson_id)
    passed: dict[int, set[int]] = defaultdict(set)
    answers: dict[tuple[int, int], dict[str, int]] = defaultdict(dict)
    if quiz_ids:
        for user_id, quiz_id in (
            Attempt.objects.filter(user_id__in=ids, quiz_id__in=quiz_ids, passed=True)
            .values_list("user_id", "quiz_id")
            .distinct()
        ):
            passed[user_id].add(quiz_id)
        # Only open answers are ever « À corriger » or « Corrigée ».
        for row in (
            Answer.objects.filter(
                attempt__user_id__in=ids,
                attempt__quiz_id__in=quiz_ids,
                status__in=[AnswerStatus.PENDING, AnswerStatus.MARKED],
            )
            .values("attempt__user_id", "attempt__quiz_id", "status")
            .annotate(count=Count("pk"))
            .order_by()
        ):
            key = (row["attempt__user_id"], row["attempt__quiz_id"])
            answers[key][row["status"]] = row["count"]

    progress = {}
    for user_id in ids:
        modules = []
        for entry in path.modules:
            remaining = [
                lesson for lesson in entry.lessons if lesson.pk not in done[user_id]
            ]
            quizzes_left = [pk for pk in entry.quiz_ids if pk not in passed[user_id]]
            counts = [answers.get((user_id, pk), {}) for pk in entry.quiz_ids]
            modules.append(
                ModuleProgress(
                    module=entry.module,
                    course=entry.course,
                    lessons_total=len(entry.lessons),
                    lessons_done=len(entry.lessons) - len(remaining),
                    quizzes_total=len(entry.quiz_ids),
                    quizzes_passed=len(entry.quiz_ids) - len(quizzes_left),
                    answers_marked=sum(c.get(AnswerStatus.MARKED, 0) for c in counts),
                    answers_pending=sum(c.get(AnswerStatus.PENDING, 0) for c in counts),
                    lessons_remaining=remaining,
                    quiz_ids_remaining=quizzes_left,
                    entry=entry,
                )
            )
        progress[user_id] = PathProgress(user_id=user_id, modules=modules)
    return progress


def path_complete(*, user) -> bool:
    """Whether this person has completed the path (7 queries)."""
    return path_progress_get(users=[user])[getattr(user, "pk", user)].complete


def structure_professional_ids(*, structure_ids) -> dict[int, list[int]]:
    """The active professionals of each structure, by structure id (1 query)."""
    found: dict[int, list[int]] = {pk: [] for pk in structure_ids}
    if not found:
        return found
    for structure_id, user_id in (
        Membership.objects.filter(
            structure_id__in=list(found),
            user__is_active=True,
            user__groups__name=roles.PROFESSIONAL,
        )
        .values_list("structure_id", "user_id")
        .order_by("structure_id", "user_id")
        .distinct()
    ):
        found[structure_id].append(user_id)
    return found


def structure_trained_counts(*, structure_ids) -> dict[int, tuple[int, int]]:
    """(trained, total) active professionals of each structure, by structure id:
    trained = the path complete. 8 queries, whatever the number of structures
    or people."""
    members = structure_professional_ids(structure_ids=structure_ids)
    everyone = {user_id for ids in members.values() for user_id in ids}
    progress = path_progress_get(users=sorted(everyone))
    return {
        structure_id: (
            sum(1 for user_id in ids if progress[user_id].complete),
            len(ids),
        )
        for structure_id, ids in members.items()
    }


def professionals_of(*, structure_ids):
    """The active professionals of these structures as users (a QuerySet)."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__name=roles.PROFESSIONAL,
            memberships__structure_id__in=list(structure_ids),
        )
        .distinct()
    )
