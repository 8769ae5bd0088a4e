"""What a learner's phone may keep for reading offline (issue 18).

The service worker (lms/templates/offline/sw.js) keeps a page only when the
server says so with the `X-Relais-Offline: lesson` header: the lesson pages of
beneficiaries' courses, shown to a signed-in beneficiary. Everything else
(signed-out pages, professionals' and coordinators' pages, accounts, the
admin) never carries it, so it is never kept. The lesson pages also list what
to keep with them (`lesson_offline_get`): every step of the lesson and the
next lesson of each course the learner follows; the worker fetches those.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.http import HttpResponse

from courses.models import Audience, CoursePage, LessonPage

OFFLINE_HEADER = "X-Relais-Offline"
OFFLINE_LESSON = "lesson"
OFFLINE_PATHS_TIMEOUT = 3600


@dataclass(frozen=True)
class LessonOffline:
    """What the worker keeps with a lesson page."""

    lesson_id: int
    urls: list[str]  # the lesson's address, each step, then the whole lesson
    next_urls: list[str] = field(default_factory=list)  # lessons to fetch ahead
    images: bool = True  # « Économiser les données »: no picture fetched ahead


def _is_beneficiary(user) -> bool:
    from people.context_processors import cached_header_links

    return bool(user.is_authenticated and cached_header_links(user).my_account)


def lesson_keeps_offline(*, lesson: LessonPage, user, course=None) -> bool:
    """Whether this person's copy of the lesson may stay on their phone: a
    signed-in beneficiary reading a lesson of a beneficiaries' course (reads
    the cache only, when the course's structure is there)."""
    if not _is_beneficiary(user):
        return False
    if course is None:
        from courses.selectors import _course_path_of, course_structure_get

        structure = course_structure_get(course_path=_course_path_of(lesson))
        course = structure.course if structure else None
    return course is not None and course.audience == Audience.BENEFICIARY


def lesson_offline_mark(*, lesson: LessonPage, request, response: HttpResponse):
    """Set the header that lets the worker keep the response."""
    if (
        request.method == "GET"
        and response.status_code == 200
        and not getattr(request, "is_preview", False)
        and lesson_keeps_offline(lesson=lesson, user=request.user)
    ):
        response[OFFLINE_HEADER] = OFFLINE_LESSON
    return response


def _course_paths(course_ids) -> dict[int, str]:
    """Tree paths of these courses (1 query at most; kept an hour, a path only
    changes on a move, which the structure lookup then catches)."""
    key = "relais:offline:course-paths"
    known = cache.get(key) or {}
    missing = [pk for pk in course_ids if pk not in known]
    if missing:
        known.update(
            CoursePage.objects.live().filter(pk__in=missing).values_list("pk", "path")
        )
        cache.set(key, known, OFFLINE_PATHS_TIMEOUT)
    return known


def lesson_offline_get(*, lesson: LessonPage, user, nav, request=None):
    """The pages to keep with this lesson for a beneficiary: its steps and
    whole page, and the next lesson of each course they follow (this course's
    next lesson first). None when the lesson is not to be kept (1 query at
    most, for the followed courses' paths; the rest comes from the cache)."""
    from courses.selectors import (
        course_outline_get,
        course_structure_get,
        learner_state_get,
    )
    from courses.steps import lesson_step_titles_get

    if nav is None or nav.entry is None:
        return None
    if not lesson_keeps_offline(lesson=lesson, user=user, course=nav.course):
        return None
    total = len(lesson_step_titles_get(lesson))
    urls = [lesson.get_url(request)]
    urls += [lesson.step_url(n, request) for n in range(1, total + 1)]
    urls.append(lesson.whole_url(request))
    next_urls = []
    if nav.next is not None:
        next_urls.append(nav.next.get_url(request))
    state = learner_state_get(user)
    paths = _course_paths(sorted(state.enrollments))
    for course_id in sorted(state.enrollments):
        if course_id == nav.course.pk or course_id not in paths:
            continue
        structure = course_structure_get(course_path=paths[course_id])
        if structure is None or structure.course.audience != Audience.BENEFICIARY:
            continue
        outline = course_outline_get(
            course=structure.course, user=user, structure=structure, state=state
        )
        following = next((e for e in outline.lessons if not e.done), None)
        if following is not None and following.lesson.pk != lesson.pk:
            url = following.lesson.get_url(request)
            if url not in next_urls:
                next_urls.append(url)
    return LessonOffline(
        lesson_id=lesson.pk,
        urls=urls,
        next_urls=next_urls,
        images=not getattr(user, "data_saver", False),
    )
