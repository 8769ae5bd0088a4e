"""What a phone may keep for reading offline, and forms sent late (issue 18):
the server marks only beneficiaries' lesson pages, lists what to keep with
them, and takes a replayed form once."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import Audience, LessonCompletion, LessonPosition
from courses.offline import OFFLINE_HEADER
from courses.services import enrollment_create, lesson_position_save
from tests import builders


@pytest.fixture
def course(site):
    return builders.course(site[1][Audience.BENEFICIARY])


@pytest.fixture
def lessons(course):
    return builders.lessons_of(course)


@pytest.fixture
def aminata(corbeil):
    profile, _pin = builders.beneficiary(corbeil, first_name="Aminata")
    return profile.user


def _urls(html: str, name: str) -> list[str]:
    found = re.search(rf'{name}="([^"]*)"', html)
    return found.group(1).split() if found else []


def test_a_beneficiary_s_lesson_step_may_be_kept_with_every_step_listed(
    client, aminata, lessons
):
    lesson = lessons[0]
    client.force_login(aminata)
    for _ in range(2):  # rendered, then served from the learner's cache
        response = client.get(lesson.step_url(1))
        assert response.status_code == 200
        assert response[OFFLINE_HEADER] == "lesson"
    html = response.content.decode()
    steps = [lesson.step_url(n) for n in range(1, 5)]
    assert _urls(html, "data-offline-urls") == [
        lesson.url,
        *steps,
        lesson.whole_url(),
    ]
    assert _urls(html, "data-offline-next") == [lessons[1].url]
    assert 'data-offline-images="1"' in html


def test_the_next_lesson_of_each_followed_course_is_kept_ahead(
    client, site, aminata, lessons
):
    other = builders.course(site[1][Audience.BENEFICIARY])
    enrollment_create(user=aminata, course=other)
    LessonCompletion.objects.create(user=aminata, lesson=builders.lessons_of(other)[0])
    client.force_login(aminata)
    html = client.get(lessons[0].step_url(1)).content.decode()
    assert _urls(html, "data-offline-next") == [
        lessons[1].url,
        builders.lessons_of(other)[1].url,
    ]


def test_the_whole_lesson_may_be_kept_too(client, aminata, lessons):
    client.force_login(aminata)
    response = client.get(lessons[0].whole_url())
    assert response[OFFLINE_HEADER] == "lesson"


def test_signed_out_pages_are_never_kept(client, lessons):
    response = client.get(lessons[0].step_url(1))
    assert response.status_code == 200
    assert OFFLINE_HEADER not in response
    assert "data-offline-lesson" not in response.content.decode()


def test_a_professional_s_pages_are_never_kept(client, pro_corbeil, lessons):
    client.force_login(pro_corbeil)
    response = client.get(lessons[0].step_url(1))
    assert response.status_code == 200
    assert OFFLINE_HEADER not in response
    assert "data-offline-lesson" not in response.content.decode()


def test_a_professionals_course_is_never_kept_even_for_a_beneficiary(
    client, site, aminata
):
    lesson = builders.lessons_of(builders.course(site[1][Audience.PROFESSIONAL]))[0]
    client.force_login(aminata)
    response = client.get(lesson.url)
    assert OFFLINE_HEADER not in response


def test_account_and_course_pages_are_never_kept(client, aminata, course):
    client.force_login(aminata)
    for url in (reverse("people:my_account"), reverse("learner_home"), course.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert OFFLINE_HEADER not in response, url


def test_pictures_are_not_fetched_ahead_for_a_data_saver(client, aminata, lessons):
    aminata.data_saver = True
    aminata.save()
    client.force_login(aminata)
    html = client.get(lessons[0].step_url(1)).content.decode()
    assert 'data-offline-images="0"' in html


def _token(client, url: str) -> str:
    html = client.get(url).content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_a_completion_replayed_twice_is_recorded_once(aminata, lessons):
    # The worker sends the form kept offline with the page's CSRF token: the
    # session's token stays valid, and the second send changes nothing.
    client = Client(enforce_csrf_checks=True)
    client.force_login(aminata)
    lesson = lessons[0]
    token = _token(client, lesson.step_url(4))
    url = reverse("courses:lesson_mark_done", args=[lesson.pk])
    for _ in range(2):
        response = client.post(
            url,
            {"csrfmiddlewaretoken": token},
            headers={"X-Idempotency-Key": "8c1d2f5e", "X-Relais-Queued-At": "1"},
        )
        assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=aminata, lesson=lesson).count() == 1


def test_a_replay_without_its_token_is_refused(aminata, lessons):
    client = Client(enforce_csrf_checks=True)
    client.force_login(aminata)
    url = reverse("courses:lesson_mark_done", args=[lessons[0].pk])
    assert client.post(url, {}).status_code == 403
    assert not LessonCompletion.objects.filter(user=aminata).exists()


def test_a_step_sent_late_never_overwrites_a_later_one(client, aminata, lessons):
    lesson = lessons[0]
    client.force_login(aminata)
    lesson_position_save(user=aminata, lesson=lesson, step=3)
    saved = LessonPosition.objects.get(user=aminata, lesson=lesson)
    earlier = int((saved.updated_at - timedelta(minutes=5)).timestamp() * 1000)
    url = reverse("courses:lesson_position_save", args=[lesson.pk])
    response = client.post(
        url, {"etape": 2}, headers={"X-Relais-Queued-At": str(earlier)}
    )
    assert response.status_code == 302
    assert LessonPosition.objects.get(user=aminata, lesson=lesson).step == 3


def test_a_step_sent_late_twice_is_recorded_once(client, aminata, lessons):
    lesson = lessons[0]
    client.force_login(aminata)
    moved = int(timezone.now().timestamp() * 1000)
    url = reverse("courses:lesson_position_save", args=[lesson.pk])
    for _ in range(2):
        client.post(url, {"etape": 4}, headers={"X-Relais-Queued-At": str(moved)})
    position = LessonPosition.objects.get(user=aminata, lesson=lesson)
    assert position.step == 4
    assert LessonPosition.objects.filter(user=aminata).count() == 1
    assert abs(position.updated_at.timestamp() * 1000 - moved) < 1


def test_a_step_dated_in_the_future_counts_as_now(aminata, lessons):
    later = timezone.now() + timedelta(days=3)
    position = lesson_position_save(user=aminata, lesson=lessons[0], step=2, at=later)
    assert position.updated_at <= timezone.now()


def test_a_quiz_card_says_it_needs_a_connection(client, aminata, lessons):
    from quizzes.models import Quiz

    lesson = lessons[0]
    quiz = Quiz.objects.create(title="Le bouton Marche", live=True)
    lesson.body.append(("quiz", {"quiz": quiz, "intro": ""}))
    builders.publish(lesson)
    client.force_login(aminata)
    html = unescape(client.get(lesson.whole_url()).content.decode())
    assert "Cet exercice a besoin d'une connexion." in html
    assert "data-online-only" in html
