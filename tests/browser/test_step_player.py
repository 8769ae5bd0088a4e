"""The lesson player on a 360 px phone: one step per screen, by keyboard only,
with and without JavaScript; the place is kept; read-aloud pauses and shows what
it reads."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect

from courses.models import Audience, CoursePage, LessonPosition
from courses.selectors import course_outline_get
from courses.steps import lesson_steps
from demo.services import DEMO_PASSWORD
from tests.browser.conftest import axe_violations, sign_in

# A stand-in for the browser's speech engine (headless Chromium has no voice):
# it starts and ends each utterance at once, pause stops the sequence until
# resume, and it records what it was asked to say.
FAKE_SPEECH = """
(() => {
  const said = [];
  let paused = false, queue = [];
  function next() {
    if (paused || !queue.length) return;
    const u = queue.shift();
    said.push({text: u.text, lang: u.lang});
    setTimeout(() => { u.onstart && u.onstart(); window.__lastStarted = u.text; }, 10);
    window.__finish = () => { u.onend && u.onend(); next(); };
  }
  window.__said = said;
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
  Object.defineProperty(window, "speechSynthesis", {value: {
    speaking: false,
    getVoices: () => [{lang: "fr-FR", name: "Voix française"}],
    speak(u) { queue.push(u); next(); },
    cancel() { queue = []; window.__finish = null; },
    pause() { paused = true; },
    resume() { paused = false; next(); },
  }});
})();
"""


def _lesson_to_follow():
    """The demo beneficiary's « Continuer » lesson in the first course."""
    user = get_user_model().objects.get(username="beneficiaire")
    course = (
        CoursePage.objects.live()
        .filter(audience=Audience.BENEFICIARY)
        .order_by("path")
        .first()
    )
    lesson = course_outline_get(course=course, user=user).resume_lesson
    return user, course, lesson.specific


def _tab_to(page, name: str, limit: int = 80) -> None:
    """Press Tab until the focused control's text starts with `name`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        text = page.evaluate(
            "document.activeElement ? document.activeElement.innerText || '' : ''"
        )
        if text.strip().startswith(name):
            return
    raise AssertionError(f"« {name} » not reached by keyboard")


def _press(page, name: str) -> None:
    _tab_to(page, name)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def _walk(page, base_url: str) -> None:
    user, course, lesson = _lesson_to_follow()
    total = len(lesson_steps(lesson))
    count = page.locator(".step-count")

    page.goto(base_url + reverse("courses:course_resume", args=[course.pk]))
    expect(count).to_have_text(f"Étape 1 sur {total}")
    expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
    # The breadcrumb's links are a finger's target (WCAG 2.2: 24 px at least).
    heights = page.locator(".breadcrumb a").evaluate_all(
        "links => links.map(link => link.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 24
    for number in (2, 3):
        _press(page, "Suivant")
        expect(count).to_have_text(f"Étape {number} sur {total}")
        # The move lands on the counter, past the menu, the breadcrumb and the
        # lesson's title: the new step is on the first screen of a phone.
        assert page.url.endswith("#etape-compteur")
        top = count.evaluate("element => element.getBoundingClientRect().top")
        assert 0 <= top < 40
    _press(page, "Précédent")
    expect(count).to_have_text(f"Étape 2 sur {total}")
    _press(page, "Suivant")
    assert LessonPosition.objects.get(user=user, lesson=lesson).step == 3

    # She leaves, and « Continuer » brings her back to the same step.
    page.goto(base_url + "/")
    page.goto(base_url + reverse("courses:course_resume", args=[course.pk]))
    expect(page).to_have_url(base_url + lesson.step_url(3))
    expect(count).to_have_text(f"Étape 3 sur {total}")

    for number in range(4, total + 1):
        _press(page, "Suivant")
        expect(count).to_have_text(f"Étape {number} sur {total}")
    expect(page.get_by_role("button", name="Suivant")).to_have_count(0)
    # A fold-out shows it opens: a drawn triangle (display:flex drops the
    # browser's own), turned down once open.
    outline = page.locator("summary", has_text="Programme du parcours")
    marker = "element => getComputedStyle(element, '::before').content"
    assert "▸" in outline.evaluate(marker)
    outline.evaluate("element => element.parentElement.open = true")
    assert "▾" in outline.evaluate(marker)
    outline.evaluate("element => element.parentElement.open = false")
    _press(page, "J'ai terminé cette leçon")
    expect(page.locator(".messages")).to_contain_text(
        f"Bravo, la leçon « {lesson.title} » est terminée."
    )
    assert user.lesson_completions.filter(lesson=lesson).exists()
    # Nothing overflows sideways on the phone.
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0


@pytest.mark.django_db(transaction=True)
def test_a_beneficiary_goes_through_a_lesson_step_by_step_by_keyboard(
    live_server, new_page, demo
):
    page = new_page(width=360)
    sign_in(page, live_server.url, "beneficiaire", DEMO_PASSWORD)
    _walk(page, live_server.url)


@pytest.mark.django_db(transaction=True)
def test_the_same_path_works_without_javascript(live_server, browser, demo):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 360, "height": 800}
    )
    page = context.new_page()
    sign_in(page, live_server.url, "beneficiaire", DEMO_PASSWORD)
    _walk(page, live_server.url)
    # No script: no read-aloud button is shown.
    page.goto(live_server.url + _lesson_to_follow()[2].step_url(1))
    expect(page.get_by_role("button", name="Écouter l'étape")).to_be_hidden()
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [360, 1280])
def test_a_step_page_has_no_wcag_violation(live_server, new_page, width, demo):
    _user, _course, lesson = _lesson_to_follow()
    page = new_page(width=width)
    sign_in(page, live_server.url, "beneficiaire", DEMO_PASSWORD)
    found = {}
    for number in (1, 2, len(lesson_steps(lesson))):
        page.goto(live_server.url + lesson.step_url(number))
        found[number] = axe_violations(page)
    page.goto(live_server.url + lesson.whole_url())
    found["toute"] = axe_violations(page)
    assert {n: v for n, v in found.items() if v} == {}


# A speech engine that accepts every utterance and never says a word, as
# Chromium without any voice installed: no start, no end, no error.
SILENT_SPEECH = """
(() => {
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
  Object.defineProperty(window, "speechSynthesis", {value: {
    speaking: false, getVoices: () => [], speak() {}, cancel() {}, pause() {},
    resume() {},
  }});
})();
"""
# One that refuses at once, as an engine whose voice failed to load.
FAILING_SPEECH = SILENT_SPEECH.replace(
    "speak() {}",
    "speak(u) { setTimeout(() => u.onerror({error: 'synthesis-failed'}), 10); }",
)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("engine", ["silent", "failing"])
def test_read_aloud_says_when_the_device_cannot_speak(
    live_server, new_page, engine, demo
):
    _user, _course, lesson = _lesson_to_follow()
    page = new_page(width=360)
    page.add_init_script(SILENT_SPEECH if engine == "silent" else FAILING_SPEECH)
    page.goto(live_server.url + lesson.step_url(2))
    note = page.get_by_text("La lecture à voix haute ne marche pas sur cet appareil.")
    expect(note).to_be_hidden()
    page.get_by_role("button", name="Écouter l'étape").click()
    # Not « Mettre en pause » over silence: back to the start, and why.
    expect(note).to_be_visible(timeout=10_000)
    expect(page.get_by_role("button", name="Écouter l'étape")).to_be_visible()
    expect(page.get_by_role("button", name="Arrêter")).to_be_hidden()
    assert axe_violations(page) == []


@pytest.mark.django_db(transaction=True)
def test_read_aloud_plays_pauses_and_highlights_in_french(live_server, new_page, demo):
    _user, _course, lesson = _lesson_to_follow()
    page = new_page(width=360)
    page.add_init_script(FAKE_SPEECH)
    page.goto(live_server.url + lesson.step_url(2))

    button = page.get_by_role("button", name="Écouter l'étape")
    button.click()
    reading = page.locator("#etape .is-reading")
    expect(reading).to_have_count(1)
    first = page.evaluate("window.__said[0]")
    assert first["lang"] == "fr-FR"
    # The step's title first, highlighted while it is read.
    assert first["text"] == reading.inner_text().strip()
    assert first["text"] == page.locator("#etape-titre").inner_text().strip()

    pause = page.get_by_role("button", name="Mettre en pause")
    expect(pause).to_be_visible()
    pause.click()
    resume = page.get_by_role("button", name="Reprendre la lecture")
    expect(resume).to_be_visible()
    resume.click()
    expect(page.get_by_role("button", name="Mettre en pause")).to_be_visible()
    page.get_by_role("button", name="Arrêter").click()
    expect(reading).to_have_count(0)
    expect(page.get_by_role("button", name="Écouter l'étape")).to_be_visible()


@pytest.mark.django_db(transaction=True)
def test_read_aloud_moves_the_highlight_paragraph_by_paragraph(
    live_server, new_page, demo
):
    _user, _course, lesson = _lesson_to_follow()
    page = new_page(width=1280)
    page.add_init_script(FAKE_SPEECH)
    page.goto(live_server.url + lesson.whole_url())

    page.get_by_role("button", name="Écouter la leçon").click()
    reading = page.locator(".lesson-content .is-reading")
    expect(reading).to_have_count(1)
    first = reading.inner_text()
    page.evaluate("window.__finish()")
    expect(reading).to_have_count(1)
    expect(reading).not_to_have_text(first)
    said = [s["text"] for s in page.evaluate("window.__said")]
    assert said[0] == lesson.title  # the title first, then the text
    assert len(said) == 2 and said[1] in reading.inner_text()
    # The controls themselves are never read.
    assert not any("Écouter" in text for text in said)


@pytest.mark.django_db(transaction=True)
def test_the_quiz_question_can_be_read_aloud(live_server, new_page, demo):
    from courses.models import LessonPage

    lesson = LessonPage.objects.get(slug="allumer-toucher-cliquer")
    page = new_page(width=360)
    page.add_init_script(FAKE_SPEECH)
    sign_in(page, live_server.url, "beneficiaire", DEMO_PASSWORD)
    page.goto(live_server.url + lesson.whole_url())
    page.get_by_role("link", name="Faire l'exercice").click()
    page.get_by_role("button", name="Commencer l'exercice").click()

    page.get_by_role("button", name="Écouter la question").click()
    expect(page.locator("#question .is-reading")).to_have_count(1)
    question = page.locator(".question__text").inner_text().strip()
    assert page.evaluate("window.__said[0].text") == question
    # Its choices come next, after the question.
    for _ in range(3):
        page.evaluate("window.__finish && window.__finish()")
    said = [s["text"] for s in page.evaluate("window.__said")]
    assert len(said) >= 2 and said[0] == question
    assert re.search(r"\S", said[1])
    assert axe_violations(page) == []
