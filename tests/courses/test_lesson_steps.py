"""The lesson player: a lesson cut into steps (one owner of the rule), one step
per screen at its own address, the learner's place remembered by POST only."""

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.gdpr import positions_erase, positions_export
from courses.models import Audience, LessonPage, LessonPosition
from courses.selectors import lesson_resume_url_get
from courses.services import lesson_complete, lesson_position_save
from courses.steps import lesson_step_titles_get, lesson_steps
from tests import builders

STEP = {
    "instruction": "<p>Appuyez sur le bouton.</p>",
    "screenshot": None,
    "screenshot_alt": "",
    "tip": "",
}


@pytest.fixture
def course(workshops):
    return builders.course(workshops, modules=1, lessons_per_module=2)


@pytest.fixture
def lesson(course):
    return builders.lessons_of(course)[0]


@pytest.fixture
def pro_lesson(site):
    course = builders.course(site[1][Audience.PROFESSIONAL], modules=1)
    return builders.lessons_of(course)[0]


def _save(client, lesson, step):
    return client.post(
        reverse("courses:lesson_position_save", args=[lesson.pk]), {"etape": step}
    )


# Segmentation (the rule guided mode uses too) ------------------------------------


def test_a_lesson_is_cut_into_its_guided_steps_and_the_blocks_between(lesson):
    steps = lesson_steps(lesson)
    # heading + paragraph | step 1 | step 2 | callout + glossary term
    assert [s.number for s in steps] == [1, 2, 3, 4]
    assert steps[0].title == "Partie 1"
    assert [b.block_type for b in steps[0].blocks] == ["heading", "paragraph"]
    assert [b.block_type for b in steps[0].shown_blocks] == ["paragraph"]
    assert steps[1].title == "Allumer le téléphone"
    assert (steps[1].step_in_group, steps[1].group_size) == (1, 2)
    assert "bouton Marche" in str(steps[1].step["instruction"])
    assert steps[3].title == lesson.title
    assert [b.block_type for b in steps[3].blocks] == ["callout", "glossary_term"]


def test_a_lesson_without_guided_steps_is_one_step(lesson):
    lesson.body = [{"type": "paragraph", "value": "<p>Lire.</p>"}]
    steps = lesson_steps(lesson)
    assert len(steps) == 1 and steps[0].title == lesson.title


def test_a_heading_just_before_guided_steps_is_not_an_empty_step(lesson):
    lesson.body = [
        ("heading", {"text": "Allumer son téléphone", "level": "h2"}),
        ("guided_steps", {"title": "Allumer son téléphone", "steps": [STEP]}),
    ]
    steps = lesson_steps(lesson)
    assert len(steps) == 1 and steps[0].step is not None


def test_a_heading_announcing_guided_steps_does_not_end_the_step_before(lesson):
    lesson.body = [
        ("paragraph", "<p>Pour commencer.</p>"),
        ("heading", {"text": "Lire un e-mail", "level": "h2"}),
        ("guided_steps", {"title": "Lire un e-mail", "steps": [STEP]}),
    ]
    steps = lesson_steps(lesson)
    assert [b.block_type for b in steps[0].blocks] == ["paragraph"]
    assert steps[1].step is not None and len(steps) == 2


def test_step_titles_of_a_published_lesson_come_from_the_cache(lesson):
    lesson = LessonPage.objects.defer_streamfields().get(pk=lesson.pk)
    builders.publish(lesson)
    lesson = LessonPage.objects.defer_streamfields().get(pk=lesson.pk)
    assert lesson_step_titles_get(lesson)[0] == "Partie 1"
    lesson = LessonPage.objects.defer_streamfields().get(pk=lesson.pk)
    with CaptureQueriesContext(connection) as ctx:
        titles = lesson_step_titles_get(lesson)
    assert len(titles) == 4 and len(ctx.captured_queries) == 0


# One step per screen --------------------------------------------------------------


def test_a_beneficiary_lesson_opens_at_its_first_step(client, lesson):
    body = client.get(lesson.url).content.decode()
    assert "Étape 1 sur 4" in body and "Partie 1" in body
    assert "Texte de la leçon 1." in body
    assert "Appuyez sur le bouton Marche" not in body  # step 2's content
    assert f'href="{lesson.whole_url()}"' in body
    assert "Voir toute la leçon" in body


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_each_step_has_its_own_address(client, lesson, number):
    response = client.get(lesson.step_url(number))
    assert response.status_code == 200
    assert f"Étape {number} sur 4" in response.content.decode()


def test_a_guided_step_shows_its_instruction_and_tip_through_the_shared_include(
    client, lesson
):
    response = client.get(lesson.step_url(2))
    body = response.content.decode()
    assert "Appuyez sur le bouton Marche." in body
    assert "Il est sur le côté." in body and "(1/2)" in body
    names = {t.name for t in response.templates}
    assert "courses/includes/guided_step.html" in names
    assert "courses/includes/step_picture.html" in names


@pytest.mark.parametrize("number", [0, 5, 99])
def test_a_step_out_of_range_is_not_found(client, lesson, number):
    assert client.get(lesson.step_url(number)).status_code == 404


def test_the_whole_lesson_is_one_page_away(client, lesson):
    body = client.get(lesson.whole_url()).content.decode()
    assert "Texte de la leçon 1." in body and "Un appui long allume." in body
    assert "Étape 1 sur" not in body
    assert "Revenir au pas à pas" in body and f'href="{lesson.step_url(1)}"' in body


def test_a_professional_lesson_stays_whole_with_a_step_by_step_link(client, pro_lesson):
    body = client.get(pro_lesson.url).content.decode()
    assert "Un appui long allume." in body and "Étape 1 sur" not in body
    assert "Pas à pas" in body and f'href="{pro_lesson.step_url(1)}"' in body
    assert "Étape 2 sur 4" in client.get(pro_lesson.step_url(2)).content.decode()


def test_a_draft_lesson_previews_whole(lesson):
    module = lesson.get_parent()
    draft = LessonPage(
        title="Brouillon", slug="brouillon", summary="Pas encore publiée.", live=False
    )
    draft.body = builders.lesson_body(3)
    module.add_child(instance=draft)
    response = draft.make_preview_request()
    assert response.status_code == 200
    body = response.content.decode()
    assert "Texte de la leçon 3." in body and "Étape 1 sur" not in body


def test_only_the_last_step_ends_the_lesson(client, lesson, learner):
    client.force_login(learner)
    mark = reverse("courses:lesson_mark_done", args=[lesson.pk])
    assert mark not in client.get(lesson.step_url(3)).content.decode()
    last = client.get(lesson.step_url(4)).content.decode()
    assert mark in last and "ai terminé cette leçon" in last
    assert "Programme du parcours" in last and "Leçon suivante" in last


# Moving on, remembered ------------------------------------------------------------


def test_an_anonymous_visitor_moves_with_plain_links(client, lesson):
    body = client.get(lesson.step_url(2)).content.decode()
    # A move lands on the step counter, past the menu and the lesson's title.
    assert f'href="{lesson.step_url(3)}#etape-compteur"' in body
    assert f'href="{lesson.step_url(1)}#etape-compteur"' in body
    assert 'id="etape-compteur"' in body
    assert reverse("courses:lesson_position_save", args=[lesson.pk]) not in body


def test_a_learner_moves_with_buttons_that_remember_the_step(client, lesson, learner):
    client.force_login(learner)
    save = reverse("courses:lesson_position_save", args=[lesson.pk])
    body = client.get(lesson.step_url(2)).content.decode()
    assert f'action="{save}"' in body
    assert 'name="etape" value="3"' in body and 'name="etape" value="1"' in body

    response = _save(client, lesson, 3)

    assert response.status_code == 302
    assert response["Location"] == lesson.step_url(3) + "#etape-compteur"
    assert LessonPosition.objects.get(user=learner, lesson=lesson).step == 3
    _save(client, lesson, 2)
    assert LessonPosition.objects.get(user=learner, lesson=lesson).step == 2
    assert LessonPosition.objects.count() == 1


def test_reading_a_step_never_writes(client, lesson, learner):
    client.force_login(learner)
    for number in (1, 2, 3, 4):
        client.get(lesson.step_url(number))
    assert not LessonPosition.objects.exists()
    assert (
        client.get(
            reverse("courses:lesson_position_save", args=[lesson.pk])
        ).status_code
        == 405
    )


@pytest.mark.parametrize("bad", ["0", "5", "deux", ""])
def test_a_step_that_does_not_exist_is_refused_and_nothing_changes(
    client, lesson, learner, bad
):
    lesson_position_save(user=learner, lesson=lesson, step=2)
    client.force_login(learner)
    response = _save(client, lesson, bad)
    assert response.status_code == 302 and response["Location"] == lesson.url
    [message] = get_messages(response.wsgi_request)
    assert "Cette leçon n'a pas d'étape" in str(message)
    assert LessonPosition.objects.get(user=learner, lesson=lesson).step == 2


def test_an_anonymous_post_asks_to_sign_in(client, lesson):
    response = _save(client, lesson, 2)
    assert response.status_code == 302 and "/connexion/" in response["Location"]
    assert not LessonPosition.objects.exists()


def test_resume_lands_on_the_remembered_step(client, course, lesson, learner):
    client.force_login(learner)
    _save(client, lesson, 3)
    response = client.get(reverse("courses:course_resume", args=[course.pk]))
    assert response["Location"] == lesson.step_url(3)


def test_resume_without_a_position_opens_the_lesson(client, course, lesson, learner):
    client.force_login(learner)
    response = client.get(reverse("courses:course_resume", args=[course.pk]))
    assert response["Location"] == lesson.url


def test_resume_goes_to_the_next_lesson_once_this_one_is_done(client, course, learner):
    first, second = builders.lessons_of(course)
    lesson_position_save(user=learner, lesson=first, step=4)
    lesson_position_save(user=learner, lesson=second, step=2)
    lesson_complete(user=learner, lesson=first)
    client.force_login(learner)
    response = client.get(reverse("courses:course_resume", args=[course.pk]))
    assert response["Location"] == second.step_url(2)


def test_a_remembered_step_beyond_a_shortened_lesson_is_its_last(lesson, learner):
    lesson_position_save(user=learner, lesson=lesson, step=4)
    lesson.body = [{"type": "paragraph", "value": "<p>Plus court.</p>"}]
    builders.publish(lesson)
    assert lesson_resume_url_get(user=learner, lesson=lesson) == lesson.step_url(1)


def test_a_position_is_the_learners_own(client, course, lesson, learner):
    """Isolation: another learner's moves never show in this learner's resume."""
    other = builders.user("autre.apprenant")
    lesson_position_save(user=learner, lesson=lesson, step=2)
    other_client = Client()
    other_client.force_login(other)
    _save(other_client, lesson, 4)

    assert LessonPosition.objects.get(user=learner, lesson=lesson).step == 2
    assert LessonPosition.objects.get(user=other, lesson=lesson).step == 4
    client.force_login(learner)
    response = client.get(reverse("courses:course_resume", args=[course.pk]))
    assert response["Location"] == lesson.step_url(2)
    assert lesson_resume_url_get(user=other, lesson=lesson) == lesson.step_url(4)


# Personal data --------------------------------------------------------------------


def test_positions_are_exported_and_erased(lesson, learner):
    other = builders.user("autre.apprenant")
    lesson_position_save(user=learner, lesson=lesson, step=3)
    lesson_position_save(user=other, lesson=lesson, step=2)

    [row] = positions_export(learner)
    assert row["lecon"] == lesson.title and row["etape"] == 3
    assert positions_erase(learner) == 1
    assert positions_export(learner) == []
    assert LessonPosition.objects.filter(user=other).count() == 1


def test_positions_join_the_people_export(lesson, learner):
    from people.gdpr import personal_data_sources

    lesson_position_save(user=learner, lesson=lesson, step=3)
    sources = {source.label: source for source in personal_data_sources()}
    assert sources["etapes_atteintes"].exporter(learner)[0]["etape"] == 3
    assert sources["etapes_atteintes"].eraser is positions_erase


# Query counts --------------------------------------------------------------------


def _count(client, url) -> int:
    client.get(url)  # warm the caches: the route, then the page
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def _step_counts(client, course) -> dict[str, int]:
    lessons = builders.lessons_of(course)
    # Published, as in production: its body and step titles are kept apart.
    lesson = builders.publish(lessons[len(lessons) // 2])
    return {
        "lesson": _count(client, lesson.url),
        "step": _count(client, lesson.step_url(3)),
        "last step": _count(client, lesson.step_url(4)),
        "whole": _count(client, lesson.whole_url()),
    }


@pytest.mark.parametrize("signed_in", [True, False])
def test_a_step_costs_no_more_than_the_lesson_whatever_the_course_size(
    client, workshops, learner, signed_in
):
    small = builders.course(workshops, modules=2, lessons_per_module=2)
    large = builders.course(workshops, modules=10, lessons_per_module=4)
    if signed_in:
        for course in (small, large):
            lesson = builders.lessons_of(course)[0]
            lesson_complete(user=learner, lesson=lesson)
            lesson_position_save(user=learner, lesson=lesson, step=2)
        client.force_login(learner)
    few, many = _step_counts(client, small), _step_counts(client, large)
    assert few == many, (few, many)
    assert max(few.values()) == few["lesson"], few
    assert few["lesson"] <= 8, few


def test_a_longer_lesson_costs_the_same_per_step(client, workshops, learner):
    course = builders.course(workshops, modules=1, lessons_per_module=2)
    short, long = builders.lessons_of(course)
    long.body = [*builders.lesson_body(1)] + [
        {"type": "guided_steps", "value": {"title": "Encore", "steps": [STEP] * 12}}
    ]
    builders.publish(long)
    builders.publish(short)
    client.force_login(learner)
    assert _count(client, short.step_url(2)) == _count(client, long.step_url(10))


def test_kept_steps_differ_per_step(client, lesson, learner):
    client.force_login(learner)
    client.get(lesson.step_url(2))
    client.get(lesson.step_url(3))
    second = client.get(lesson.step_url(2)).content.decode()
    third = client.get(lesson.step_url(3)).content.decode()
    assert "Étape 2 sur 4" in second and "Étape 3 sur 4" in third
