"""The learning pages run a fixed number of queries, whatever the course size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.services import lesson_complete
from tests import builders

MAX_QUERIES = 25


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.fixture
def small_and_large(workshops, learner):
    small = builders.course(workshops, modules=2, lessons_per_module=2)
    large = builders.course(workshops, modules=10, lessons_per_module=4)
    for course in (small, large):
        lessons = builders.lessons_of(course)
        for lesson in lessons[: len(lessons) // 2]:
            lesson_complete(user=learner, lesson=lesson)
    return small, large


PAGES = ["course", "lesson", "module", "catalogue", "mine"]


def test_page_queries_do_not_grow_with_the_course(
    client, learner, small_and_large, django_assert_max_num_queries
):
    """Building ten times more content is slow, so one test walks every page."""
    client.force_login(learner)
    counts = {page: [] for page in PAGES}
    for course in small_and_large:
        lessons = builders.lessons_of(course)
        urls = {
            "course": course.url,
            "lesson": lessons[len(lessons) // 2].url,
            "module": course.get_children().first().url,
            "catalogue": course.get_parent().url,
            "mine": reverse("courses:my_learning"),
        }
        for page, url in urls.items():
            client.get(url)  # warm the site-root cache, as in production
            counts[page].append(_count(client, url))
            with django_assert_max_num_queries(MAX_QUERIES):
                client.get(url)
    for page, (small_count, large_count) in counts.items():
        assert small_count == large_count, (page, counts)
