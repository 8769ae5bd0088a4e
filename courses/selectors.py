"""Reads for the learning pages. Each runs a fixed number of queries, whatever
the number of modules, lessons or enrolments."""

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from types import SimpleNamespace

from django.core.cache import cache
from django.db.models import Exists
from wagtail.models import Page

from courses.models import (
    CataloguePage,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    LessonPosition,
    LessonQuiz,
    ModulePage,
)
from lms.kept import kept_many
from simulators.selectors import SimulatorStatus, simulator_statuses_get

STRUCTURE_TIMEOUT = 24 * 3600


@dataclass
class LessonEntry:
    lesson: LessonPage
    number: int
    done: bool


@dataclass
class ModuleEntry:
    module: ModulePage
    lessons: list[LessonEntry] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return bool(self.lessons) and all(entry.done for entry in self.lessons)


@dataclass
class Progress:
    done: int
    total: int
    minutes: int = 0  # the lessons' durations added up: a course takes as long

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


@dataclass
class CourseOutline:
    course: CoursePage
    modules: list[ModuleEntry]
    lessons: list[LessonEntry]
    enrollment: Enrollment | None
    progress: Progress
    catalogue: Page | None = None

    @property
    def resume_lesson(self) -> LessonPage | None:
        """The first lesson not done yet; the first lesson if all are done."""
        for entry in self.lessons:
            if not entry.done:
                return entry.lesson
        return self.lessons[0].lesson if self.lessons else None


def lesson_course_get(lesson: LessonPage) -> CoursePage | None:
    """The live course a live lesson is part of (its module live too), or None
    (1 query)."""
    if not lesson.live:
        return None
    module_live = Page.objects.filter(live=True, path=lesson.path[: -Page.steplen])
    return (
        CoursePage.objects.live()
        .ancestor_of(lesson)
        .filter(Exists(module_live))
        .first()
    )


def course_quiz_ids(course: CoursePage) -> set[int]:
    """The quizzes held by the lessons of a course (1 query, no lesson body
    loaded)."""
    return set(
        LessonQuiz.objects.filter(
            lesson__in=LessonPage.objects.in_course(course).values("pk")
        ).values_list("quiz_id", flat=True)
    )


def courses_with_quiz(quiz_id: int) -> list[CoursePage]:
    """The live courses one of whose lessons holds the quiz (2 queries)."""
    paths = LessonQuiz.objects.filter(quiz_id=quiz_id, lesson__live=True).values_list(
        "lesson__path", flat=True
    )
    # course → module → lesson: a lesson's course is two levels up.
    course_paths = {path[: -2 * Page.steplen] for path in paths}
    if not course_paths:
        return []
    return list(CoursePage.objects.live().filter(path__in=course_paths))


@dataclass(frozen=True)
class CourseStructure:
    """A live course's modules and lessons (and its catalogue): changes only on
    publish."""

    course: CoursePage
    modules: list[ModulePage]
    lessons: list[LessonPage]
    catalogue: Page | None = None  # for the breadcrumb


def structure_key(course_path: str) -> str:
    return f"relais:course:{course_path}"


def _structure_load(course: CoursePage) -> CourseStructure:
    return CourseStructure(
        course=course,
        modules=list(ModulePage.objects.child_of(course).live().order_by("path")),
        lessons=list(LessonPage.objects.in_course(course).defer_streamfields()),
        catalogue=course.get_parent(),
    )


def course_structure_get(*, course_path: str) -> CourseStructure | None:
    """The live course at this tree path with its live modules and lessons, from
    the cache (0 queries), or read and kept (3 queries). None if no live course
    is there. Forgotten on publish, unpublish, move and delete
    (course_structures_forget)."""
    key = structure_key(course_path)
    structure = cache.get(key)
    if structure is None:
        course = (
            CoursePage.objects.live()
            .filter(path=course_path)
            .select_related("competence_area", "target_level")
            .first()
        )
        if course is None:
            return None
        structure = _structure_load(course)
        cache.set(key, structure, STRUCTURE_TIMEOUT)
    return structure


def course_lessons_key(course_path: str) -> str:
    return f"relais:course-lessons:{course_path}"


def course_lesson_ids_get(*, course_paths) -> dict[str, list[int]]:
    """The pks of the live lessons (in a live module) of the courses at these
    tree paths, in course order, by path: from the cache (0 queries), the
    courses not kept read at once and kept (1 query). What course_structure_get
    holds as pages, as ids only: a list of 50 learners in 29 courses needs no
    page. Forgotten with the structures (course_structures_forget)."""
    paths = sorted(set(course_paths))
    if not paths:
        return {}
    kept = cache.get_many([course_lessons_key(path) for path in paths])
    found = {
        path: kept[course_lessons_key(path)]
        for path in paths
        if course_lessons_key(path) in kept
    }
    missing = [path for path in paths if path not in found]
    if missing:
        read: dict[str, list[int]] = {path: [] for path in missing}
        lengths = {len(path) for path in missing}
        for pk, path in LessonPage.objects.in_courses(
            SimpleNamespace(path=path) for path in missing
        ).values_list("pk", "path"):
            for length in lengths:
                if path[:length] in read:
                    read[path[:length]].append(pk)
        cache.set_many(
            {course_lessons_key(path): ids for path, ids in read.items()},
            STRUCTURE_TIMEOUT,
        )
        found.update(read)
    return found


LIVE_COURSES_KEY = "relais:live-courses"


def live_courses_get() -> dict[int, tuple[str, str]]:
    """Every live course's (tree path, title) by pk: from the cache (0
    queries), or read and kept (1 query; a catalogue holds tens of courses).
    Lets a read of enrolments skip joining the pages (issue 13). Forgotten
    with the structures (course_structures_forget)."""
    courses = cache.get(LIVE_COURSES_KEY)
    if courses is None:
        courses = {
            pk: (path, title)
            for pk, path, title in CoursePage.objects.live().values_list(
                "pk", "path", "title"
            )
        }
        cache.set(LIVE_COURSES_KEY, courses, STRUCTURE_TIMEOUT)
    return courses


def course_structures_forget(page: Page) -> None:
    """Forget the cached structure (and lesson ids) of every course the page is
    in or holds, and the live courses' list."""
    step = Page.steplen
    paths = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
    paths += CoursePage.objects.descendant_of(page).values_list("path", flat=True)
    cache.delete_many(
        [structure_key(path) for path in paths]
        + [course_lessons_key(path) for path in paths]
        + [LIVE_COURSES_KEY, LATEST_COURSE_GENERATION_KEY]
    )


def _course_path_of(lesson: LessonPage) -> str:
    # course → module → lesson: the course is two levels up.
    return lesson.path[: -2 * Page.steplen]


@dataclass(frozen=True)
class LearnerState:
    """Everything a learner has done: the lessons completed and the courses
    enrolled in. Small (a few hundred rows at most), read on every learning
    page, changed only by the learner's own completions and enrolments."""

    done: frozenset[int]
    enrollments: dict[int, Enrollment]  # by course id
    # Where they stand in each simulator they started, by (lesson id, block id).
    simulators: dict[tuple[int, str], SimulatorStatus] = field(default_factory=dict)

    def lesson_simulators(self, lesson_id: int) -> dict[str, SimulatorStatus]:
        return {
            block_id: status
            for (pk, block_id), status in self.simulators.items()
            if pk == lesson_id
        }


NO_STATE = LearnerState(done=frozenset(), enrollments={})


def learner_key(user_id: int) -> str:
    # v2: the state holds simulators too (older entries lack them).
    return f"relais:learner:v2:{user_id}"


def learner_state_get(user) -> LearnerState:
    """The learner's state from the cache (0 queries), or read and kept (3
    queries). Forgotten whenever one of their completions, enrolments or
    simulator progress rows is saved or deleted (courses.receivers)."""
    if not user.is_authenticated:
        return NO_STATE
    key = learner_key(user.pk)
    state = cache.get(key)
    if state is None:
        state = LearnerState(
            done=frozenset(
                LessonCompletion.objects.filter(user=user).values_list(
                    "lesson_id", flat=True
                )
            ),
            enrollments={e.course_id: e for e in Enrollment.objects.filter(user=user)},
            simulators=simulator_statuses_get(user=user),
        )
        cache.set(key, state, STRUCTURE_TIMEOUT)
    return state


def learner_state_forget(user_id: int) -> None:
    """Forget what the cache keeps of this learner: their state and their
    card in the beneficiaries list (latest_course_progress_get)."""
    cache.delete_many([learner_key(user_id), latest_course_key(user_id)])


def course_outline_get(
    *,
    course: CoursePage,
    user,
    structure: CourseStructure | None = None,
    state: LearnerState | None = None,
) -> CourseOutline:
    """Modules and lessons of a course, with the user's progress: 2 queries
    (the structure comes from the cache; 3 more for a course not live, as in a
    preview)."""
    if structure is None and state is None and user.is_authenticated:
        # One round trip to the cache for the course and the learner.
        keys = [structure_key(course.path), learner_key(user.pk)]
        found = cache.get_many(keys)
        structure, state = found.get(keys[0]), found.get(keys[1])
    structure = (
        structure
        or course_structure_get(course_path=course.path)
        or _structure_load(course)
    )
    modules, lessons = structure.modules, structure.lessons
    state = state or learner_state_get(user)
    done_ids = state.done
    enrollment = state.enrollments.get(course.pk)

    module_entries = [ModuleEntry(module=module) for module in modules]
    by_path = {entry.module.path: entry for entry in module_entries}
    lesson_entries = []
    module_path_len = len(course.path) + course.steplen
    for number, lesson in enumerate(lessons, start=1):
        entry = LessonEntry(lesson=lesson, number=number, done=lesson.pk in done_ids)
        by_path[lesson.path[:module_path_len]].lessons.append(entry)
        lesson_entries.append(entry)
    return CourseOutline(
        # The structure's copy carries its area and level (no query).
        course=structure.course if structure.course.pk == course.pk else course,
        modules=module_entries,
        lessons=lesson_entries,
        enrollment=enrollment,
        progress=Progress(
            done=sum(entry.done for entry in lesson_entries),
            total=len(lesson_entries),
            minutes=sum(lesson.duration_minutes for lesson in lessons),
        ),
        catalogue=structure.catalogue,
    )


@dataclass
class LessonNavigation:
    course: CoursePage | None
    module: ModulePage | None
    outline: CourseOutline | None
    entry: LessonEntry | None
    previous: LessonPage | None
    next: LessonPage | None
    # The learner's status in this lesson's simulators, by block id.
    simulators: dict[str, SimulatorStatus] = field(default_factory=dict)

    @property
    def done(self) -> bool:
        return bool(self.entry and self.entry.done)


def lesson_navigation_get(*, lesson: LessonPage, user) -> LessonNavigation:
    """Where a lesson stands in its course: module, previous, next, done
    (2 queries; 1 more for a lesson outside a live course, as in a preview)."""
    # One round trip to the cache for the course and the learner.
    course_path = _course_path_of(lesson)
    keys = [structure_key(course_path)]
    if user.is_authenticated:
        keys.append(learner_key(user.pk))
    found = cache.get_many(keys)
    structure = found.get(keys[0]) or course_structure_get(course_path=course_path)
    state = found.get(keys[-1]) if user.is_authenticated else None
    if state is None:
        state = learner_state_get(user)
    simulators = state.lesson_simulators(lesson.pk)
    course = (
        structure.course
        if structure is not None
        else CoursePage.objects.ancestor_of(lesson).first()
    )
    if course is None:
        return LessonNavigation(None, None, None, None, None, None, simulators)
    outline = course_outline_get(
        course=course, user=user, structure=structure, state=state
    )
    position = next(
        (i for i, e in enumerate(outline.lessons) if e.lesson.pk == lesson.pk), None
    )
    module = next(
        (m.module for m in outline.modules if lesson.path.startswith(m.module.path)),
        None,
    )
    if position is None:
        # A draft being previewed: show it without a place in the sequence.
        return LessonNavigation(course, module, outline, None, None, None, simulators)
    lessons = outline.lessons
    return LessonNavigation(
        course=course,
        module=module,
        outline=outline,
        entry=lessons[position],
        previous=lessons[position - 1].lesson if position > 0 else None,
        next=lessons[position + 1].lesson if position + 1 < len(lessons) else None,
        simulators=simulators,
    )


@dataclass
class CourseCard:
    course: CoursePage
    progress: Progress
    enrolled: bool
    completed_at: datetime | None = None


def _progress_by_course(courses, user) -> dict[int, Progress]:
    """Done/total lessons per course, in one query for any number of courses
    (the learner's state from the cache)."""
    if not courses:
        return {}
    lessons = list(
        LessonPage.objects.in_courses(courses).values_list(
            "pk", "path", "duration_minutes"
        )
    )
    done_ids = learner_state_get(user).done
    by_path = {c.path: Progress(done=0, total=0) for c in courses}
    # The tree's shape puts every course at the same depth.
    prefix_len = len(courses[0].path)
    for pk, path, minutes in lessons:
        progress = by_path.get(path[:prefix_len])
        if progress is not None:
            progress.total += 1
            progress.done += pk in done_ids
            progress.minutes += minutes
    return {c.pk: by_path[c.path] for c in courses}


def catalogue_courses_get(*, catalogue: CataloguePage, user) -> list[CourseCard]:
    """The live courses of a catalogue with the user's progress (2 queries)."""
    courses = list(
        CoursePage.objects.child_of(catalogue)
        .live()
        .select_related("competence_area", "target_level")
        .order_by("path")
    )
    progress = _progress_by_course(courses, user)
    enrolled = learner_state_get(user).enrollments
    return [
        CourseCard(course=c, progress=progress[c.pk], enrolled=c.pk in enrolled)
        for c in courses
    ]


def next_course_get(*, course: CoursePage, user) -> CoursePage | None:
    """What comes after a finished course: the next live course of its
    catalogue, in catalogue order and starting over from the top, that the
    learner has not finished (1 query)."""
    enrollments = learner_state_get(user).enrollments
    siblings = list(
        CoursePage.objects.live()
        .sibling_of(course, inclusive=False)
        .only("pk", "title", "path", "url_path", "summary")
        .order_by("path")
    )
    after = [c for c in siblings if c.path > course.path]
    before = [c for c in siblings if c.path < course.path]
    for candidate in after + before:
        enrollment = enrollments.get(candidate.pk)
        if enrollment is None or enrollment.completed_at is None:
            return candidate
    return None


def my_learning_get(*, user) -> list[CourseCard]:
    """The courses a learner is enrolled in, most recent first (3 queries)."""
    enrollments = list(
        Enrollment.objects.filter(user=user, course__live=True)
        .select_related("course", "course__competence_area", "course__target_level")
        .order_by("-enrolled_at")
    )
    courses = [e.course for e in enrollments]
    progress = _progress_by_course(courses, user)
    return [
        CourseCard(
            course=e.course,
            progress=progress[e.course_id],
            enrolled=True,
            completed_at=e.completed_at,
        )
        for e in enrollments
    ]


def lesson_resume_url_get(*, user, lesson: LessonPage, request=None) -> str:
    """Where to pick a lesson up again: the step the learner reached (their
    remembered position, within the lesson's steps as published now), else
    the lesson's own address (1 query for a signed-in learner; 1 more if the
    lesson's step titles are not cached)."""
    from courses.steps import lesson_step_titles_get

    url = lesson.get_url(request)
    if not user.is_authenticated:
        return url
    step = (
        LessonPosition.objects.filter(user=user, lesson=lesson)
        .values_list("step", flat=True)
        .first()
    )
    if step is None:
        return url
    step = min(step, len(lesson_step_titles_get(lesson)))
    return lesson.step_url(step, request)


@dataclass(frozen=True)
class LatestCourse:
    """A learner's most recently started live course, as the beneficiaries list
    shows it: its title and their progress (no page object built)."""

    course_id: int
    title: str
    progress: Progress
    completed_at: datetime | None = None


# The beneficiaries list's cards (LatestCourse), kept per learner as
# (generation, card or None): forgotten with the learner's state (one of their
# completions or enrolments, courses.receivers) and all at once when the tree
# changes (course_structures_forget drops the generation). A card read while a
# completion commits may lag until the next change or the timeout.
LATEST_COURSE_GENERATION_KEY = "relais:latest-course:generation"
LATEST_COURSE_TIMEOUT = 3600


def latest_course_key(user_id: int) -> str:
    return f"relais:latest-course:{user_id}"


def _latest_course_generation() -> str:
    generation = cache.get(LATEST_COURSE_GENERATION_KEY)
    if generation is None:
        cache.add(LATEST_COURSE_GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(LATEST_COURSE_GENERATION_KEY)
    return generation


def latest_course_progress_get(*, user_ids: list[int]) -> dict[int, LatestCourse]:
    """Each learner's most recently started live course with its progress, by
    user pk (learners without one are left out): from the cache (no query)
    for the learners it holds, read for the others
    (_latest_course_progress_read) and kept (lms.kept; issue 13)."""
    if not user_ids:
        return {}
    return kept_many(
        {user_id: latest_course_key(user_id) for user_id in user_ids},
        mark=_latest_course_generation(),
        read=lambda missing: _latest_course_progress_read(user_ids=missing),
        timeout=LATEST_COURSE_TIMEOUT,
    )


def _latest_course_progress_read(*, user_ids: list[int]) -> dict[int, LatestCourse]:
    """Each learner's most recently started live course with its progress, by
    user pk (learners without one are left out). Two queries for any number
    of learners (the beneficiaries list's page), more while the live courses
    or their lessons are not in the cache (live_courses_get,
    course_lesson_ids_get), reading columns only: no page object is built (a
    list of 50 people held ~500 enrolments)."""
    if not user_ids:
        return {}
    live = live_courses_get()
    latest: dict[int, tuple] = {}
    for user_id, course_id, completed_at in (
        Enrollment.objects.filter(user_id__in=user_ids)
        .order_by("user_id", "-enrolled_at", "-pk")
        .values_list("user_id", "course_id", "completed_at")
    ):
        if user_id not in latest and course_id in live:
            path, title = live[course_id]
            latest[user_id] = (user_id, course_id, path, title, completed_at)
    if not latest:
        return {}
    course_paths = {path for _user, _course, path, _title, _at in latest.values()}
    # Each course's live lessons, kept in the cache until the tree changes.
    lessons_of = course_lesson_ids_get(course_paths=course_paths)
    course_of = {pk: path for path, pks in lessons_of.items() for pk in pks}
    # Lessons done in each learner's latest course, counted here from the
    # learners' (learner, lesson) pairs: an index-only read, where grouping
    # in the database joined every completion to its page (issue 13).
    done: dict[tuple[int, str], int] = {}
    for user_id, lesson_id in LessonCompletion.objects.filter(
        user_id__in=list(latest)
    ).values_list("user_id", "lesson_id"):
        path = course_of.get(lesson_id)
        if path is not None:
            done[user_id, path] = done.get((user_id, path), 0) + 1
    return {
        user_id: LatestCourse(
            course_id=course_id,
            title=title,
            progress=Progress(
                done=done.get((user_id, path), 0), total=len(lessons_of[path])
            ),
            completed_at=completed_at,
        )
        for user_id, course_id, path, title, completed_at in latest.values()
    }
