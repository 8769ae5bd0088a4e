"""courses.selectors.course_lesson_ids_get: each live course's live lessons as
ids, kept in the cache and forgotten at once when the tree changes (publish,
unpublish, move, delete), like the course structures."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage, ModulePage
from courses.selectors import course_lesson_ids_get
from tests import builders


def _course(catalogue, **sizes):
    """A course whose pages have revisions, as the admin and the demo make them."""
    course = builders.course(catalogue, **sizes)
    for page in [course, *course.get_descendants()]:
        page.specific.save_revision().publish()
    return course


def _ids(course) -> list[int]:
    return [lesson.pk for lesson in builders.lessons_of(course)]


def _read(*courses) -> dict[str, list[int]]:
    return course_lesson_ids_get(course_paths=[course.path for course in courses])


def test_each_course_gets_its_own_lessons_in_order_and_then_costs_nothing(
    workshops,
):
    first = _course(workshops, modules=2, lessons_per_module=2)
    second = _course(workshops, modules=1, lessons_per_module=3)
    empty = _course(workshops, modules=1, lessons_per_module=0)

    with CaptureQueriesContext(connection) as cold:
        found = _read(first, second, empty)
    with CaptureQueriesContext(connection) as warm:
        again = _read(first, second, empty)

    assert found == {first.path: _ids(first), second.path: _ids(second), empty.path: []}
    assert again == found
    assert len(cold) == 1 and len(warm) == 0
    assert course_lesson_ids_get(course_paths=[]) == {}


def test_only_the_courses_not_kept_are_read(workshops):
    first = _course(workshops, modules=1, lessons_per_module=2)
    second = _course(workshops, modules=1, lessons_per_module=2)
    _read(first)
    with CaptureQueriesContext(connection) as queries:
        found = _read(first, second)
    assert len(queries) == 1 and "LIKE" in queries[0]["sql"].upper()
    assert found == {first.path: _ids(first), second.path: _ids(second)}


def test_a_published_lesson_is_counted_at_once(workshops):
    course = _course(workshops, modules=1, lessons_per_module=2)
    _read(course)
    module = ModulePage.objects.child_of(course).get()
    new = LessonPage(title="Nouvelle leçon", slug="nouvelle", summary="Une de plus.")
    module.add_child(instance=new)
    new.save_revision().publish()
    assert _read(course)[course.path] == _ids(course)
    assert new.pk in _read(course)[course.path]


def test_an_unpublished_lesson_or_module_is_left_out_at_once(workshops):
    course = _course(workshops, modules=2, lessons_per_module=2)
    _read(course)
    lesson = builders.lessons_of(course)[0]
    lesson.unpublish()
    assert lesson.pk not in _read(course)[course.path]
    module = ModulePage.objects.child_of(course).order_by("path").last()
    module.unpublish()
    assert len(_read(course)[course.path]) == 1


def test_a_lesson_moved_to_another_course_leaves_one_and_joins_the_other(
    workshops,
):
    origin = _course(workshops, modules=1, lessons_per_module=2)
    target = _course(workshops, modules=1, lessons_per_module=1)
    _read(origin, target)
    lesson = builders.lessons_of(origin)[1]  # its slug is free in the target
    lesson.move(ModulePage.objects.child_of(target).get(), pos="last-child")
    found = _read(origin, target)
    assert lesson.pk not in found[origin.path]
    assert lesson.pk in found[target.path]
    assert found == {origin.path: _ids(origin), target.path: _ids(target)}


def test_a_deleted_lesson_is_left_out_at_once(workshops):
    course = _course(workshops, modules=1, lessons_per_module=2)
    _read(course)
    lesson = builders.lessons_of(course)[0]
    lesson.delete()
    assert _read(course)[course.path] == _ids(course)
    assert lesson.pk not in _read(course)[course.path]
