"""A trainer writes a quiz inline, its lesson goes to « Relecture » with it: the
moderator cannot approve the lesson before the quiz, then approves both."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import Audience, CataloguePage, CoursePage, LessonPage, ModulePage
from demo.services import DEMO_PASSWORD
from quizzes.models import Quiz
from tests import builders
from tests.browser.conftest import ARTIFACTS

QUIZ_TITLE = "Le volume du téléphone"
QUESTION = "Le bouton du haut baisse le son ?"
LESSON_TITLE = "Régler le volume"


@pytest.mark.django_db(transaction=True)
def test_a_quiz_written_inline_goes_through_relecture_with_its_lesson(
    live_server, new_page, settings, demo
):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0  # see test_authoring_flow.py
    base = live_server.url
    trainer = _admin_page(new_page(), base, "formatrice")
    _trainer_writes_quiz(trainer, base)
    quiz = Quiz.objects.get(title=QUIZ_TITLE)
    assert not quiz.live
    assert quiz.workflow_states.get().workflow.name == "Relecture"
    question = quiz.quiz_questions.get().question
    assert (question.kind, question.text, question.true_false_answer) == (
        "true_false",
        QUESTION,
        False,
    )

    lesson = _lesson_with_quiz(quiz)
    trainer.goto(f"{base}/admin/pages/{lesson.pk}/edit/")
    _submit_to_relecture(trainer)
    expect(trainer.get_by_text(f"« {LESSON_TITLE} »").first).to_be_visible()

    moderator = _admin_page(new_page(), base, "moderateur")
    _approve_in_dashboard(moderator, base, LESSON_TITLE)
    expect(
        moderator.get_by_text(
            f"L'exercice « {QUIZ_TITLE} » n'est pas encore publié : faites-le "
            "relire et publier avant la leçon."
        )
    ).to_be_visible()
    assert not LessonPage.objects.get(pk=lesson.pk).live

    _approve_in_dashboard(moderator, base, QUIZ_TITLE)
    quiz.refresh_from_db()
    assert quiz.live
    _approve_in_dashboard(moderator, base, LESSON_TITLE)
    assert LessonPage.objects.get(pk=lesson.pk).live


def _admin_page(page, base_url, username):
    page.goto(f"{base_url}/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    expect(page).to_have_url(f"{base_url}/admin/")
    return page


def _trainer_writes_quiz(page, base_url):
    page.goto(f"{base_url}/admin/snippets/quizzes/quiz/add/")
    page.get_by_role("textbox", name=re.compile(r"^Titre")).fill(QUIZ_TITLE)
    page.get_by_role("button", name=re.compile("Ajouter.*question", re.I)).click()
    row = (
        page.locator("[data-inline-panel-child]")
        .filter(has=page.locator("select[data-kind-switch]"))
        .last
    )
    choices_box = row.locator(".kind-single")
    # Before a kind is chosen, no kind's fields show; then only its own.
    expect(choices_box).to_be_hidden()
    row.locator("select[data-kind-switch]").select_option("true_false")
    expect(row.locator(".kind-true_false")).to_be_visible()
    expect(choices_box).to_be_hidden()
    row.get_by_role("textbox", name=re.compile(r"^Question")).fill(QUESTION)
    # By keyboard: Tab reaches the radios, arrows pick « Faux ».
    true_radio = row.get_by_role("radio", name="Vrai")
    true_radio.focus()
    page.keyboard.press("ArrowDown")
    expect(row.get_by_role("radio", name="Faux")).to_be_checked()
    page.set_viewport_size({"width": 1280, "height": 900})
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "quiz_editor_1280.png", full_page=True)
    _submit_to_relecture(page)
    expect(page.get_by_text(QUIZ_TITLE).first).to_be_visible()


def _submit_to_relecture(page):
    footer = page.get_by_role("navigation", name="Actions (pied de page)")
    expect(footer.get_by_role("button", name="Publier")).to_have_count(0)
    footer.get_by_role("button", name="Plus d'actions").click()
    footer.get_by_role("button", name="Soumettre à Relecture").click()
    expect(
        page.locator(".messages .success, .messages [class*=success]").first
    ).to_be_visible()


def _lesson_with_quiz(quiz):
    """The trainer's new lesson embedding the quiz (written as in the lesson
    authoring test; here the lesson holds the quiz block)."""
    catalogue = CataloguePage.objects.get(audience=Audience.BENEFICIARY)
    course = CoursePage.objects.child_of(catalogue).live().order_by("path").first()
    module = ModulePage.objects.child_of(course).live().order_by("path").last()
    lesson = LessonPage(
        title=LESSON_TITLE,
        slug="regler-le-volume",
        summary="Monter ou baisser le son.",
        body=[
            *builders.lesson_body(),
            {"type": "quiz", "value": {"quiz": quiz.pk, "intro": "À vous !"}},
        ],
        live=False,
    )
    module.add_child(instance=lesson)
    from django.contrib.auth import get_user_model

    lesson.save_revision(user=get_user_model().objects.get(username="formatrice"))
    return lesson


def _approve_in_dashboard(page, base_url, title):
    page.goto(f"{base_url}/admin/")
    review = page.locator("#awaiting-review-section")
    row = review.get_by_role("row").filter(has_text=title)
    expect(row).to_have_count(1)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approuver", exact=True).click()
    page.wait_for_load_state()
