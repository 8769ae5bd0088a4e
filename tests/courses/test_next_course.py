"""« Et maintenant ? »: the end of a course leads to the next one."""

import pytest
from django.urls import reverse

from courses.models import Audience
from courses.selectors import next_course_get
from courses.services import lesson_complete
from tests import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(site):
    catalogue = site[1][Audience.BENEFICIARY]
    return [
        builders.course(catalogue, modules=1, lessons_per_module=1, title=title)
        for title in ("Premiers gestes", "Le clavier", "Internet")
    ]


def _finish(user, course):
    for lesson in builders.lessons_of(course):
        lesson_complete(user=user, lesson=lesson)


def test_the_next_course_is_the_following_one_not_finished(learner, three):
    first, second, third = three
    _finish(learner, first)
    assert next_course_get(course=first, user=learner) == second
    _finish(learner, second)
    assert next_course_get(course=second, user=learner) == third
    _finish(learner, third)
    assert next_course_get(course=third, user=learner) is None


def test_it_starts_over_from_the_top_of_the_catalogue(learner, three):
    first, _second, third = three
    _finish(learner, third)
    assert next_course_get(course=third, user=learner) == first


def test_finishing_a_course_shows_what_comes_next(client, learner, three):
    first, second, _third = three
    client.force_login(learner)
    lesson = builders.lessons_of(first)[0]
    response = client.post(reverse("courses:lesson_mark_done", args=[lesson.pk]))
    assert response.url == first.url
    page = client.get(first.url).content.decode()
    assert "Et maintenant ?" in page
    assert reverse("courses:course_resume", args=[second.pk]) in page


def test_a_course_not_finished_says_nothing_of_the_next(client, learner, site):
    course = builders.course(
        site[1][Audience.BENEFICIARY], modules=1, lessons_per_module=2
    )
    lesson_complete(user=learner, lesson=builders.lessons_of(course)[0])
    client.force_login(learner)
    assert "Et maintenant ?" not in client.get(course.url).content.decode()


def test_a_course_lasts_as_long_as_its_lessons(client, learner, site):
    course = builders.course(
        site[1][Audience.BENEFICIARY], modules=2, lessons_per_module=2
    )
    lessons = builders.lessons_of(course)
    for minutes, lesson in zip((10, 15, 20, 5), lessons, strict=True):
        lesson.duration_minutes = minutes
        builders.publish(lesson)
    client.force_login(learner)
    assert "Environ 50 minutes" in client.get(course.url).content.decode()
    catalogue = client.get(course.get_parent().url).content.decode()
    assert "50 min" in catalogue
