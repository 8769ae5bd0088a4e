"""The learning pages run a fixed, small number of queries, whatever the course
size and however many other learners there are."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import LessonCompletion
from courses.services import lesson_complete
from tests import builders

# Signed-in learner pages (issue 11): session, user, the page, the learner's
# completions and enrolment, the header's roles; the rest comes from the cache.
MAX_QUERIES = {"course": 8, "lesson": 8, "mine": 8, "module": 10, "catalogue": 10}


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def _urls(course) -> dict[str, str]:
    lessons = builders.lessons_of(course)
    return {
        "course": course.url,
        "lesson": lessons[len(lessons) // 2].url,
        "module": course.get_children().first().url,
        "catalogue": course.get_parent().url,
        "mine": reverse("courses:my_learning"),
    }


def _counts(client, course) -> dict[str, int]:
    counts = {}
    for page, url in _urls(course).items():
        # Warm the cache, as in production: the route, then the page.
        client.get(url)
        client.get(url)
        counts[page] = _count(client, url)
    return counts


@pytest.fixture
def small_and_large(workshops, learner):
    small = builders.course(workshops, modules=2, lessons_per_module=2)
    large = builders.course(workshops, modules=10, lessons_per_module=4)
    for course in (small, large):
        lessons = builders.lessons_of(course)
        for lesson in lessons[: len(lessons) // 2]:
            lesson_complete(user=learner, lesson=lesson)
    return small, large


def test_page_queries_stay_small_and_do_not_grow_with_the_course(
    client, learner, small_and_large
):
    """4 lessons or 40: the same queries, within the budget."""
    client.force_login(learner)
    small, large = (_counts(client, course) for course in small_and_large)
    assert small == large, (small, large)
    for page, count in small.items():
        assert count <= MAX_QUERIES[page], (page, count)


def test_page_queries_do_not_grow_with_other_learners(client, learner, workshops):
    """1 other learner's completions or 10,000: the same queries."""
    course = builders.course(workshops, modules=2, lessons_per_module=2)
    lessons = builders.lessons_of(course)
    lesson_complete(user=learner, lesson=lessons[0])
    client.force_login(learner)
    User = get_user_model()

    def others(n: int, start: int) -> None:
        users = User.objects.bulk_create(
            User(username=f"autre{start + i}") for i in range(n)
        )
        LessonCompletion.objects.bulk_create(
            LessonCompletion(user=user, lesson=lesson)
            for user in users
            for lesson in lessons
        )

    others(1, 0)
    few = _counts(client, course)
    others(2500, 1)  # 4 lessons each: 10,000 completions
    assert LessonCompletion.objects.exclude(user=learner).count() == 10_004
    many = _counts(client, course)
    assert few == many, (few, many)
