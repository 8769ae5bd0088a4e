"""The whole path of a beginner on a 360 px phone, by keyboard: sign in with a
code → her home → « Continuer » → the lesson step by step (a picture on every
guided step, read-aloud on one) → the simulator, one mistake then corrected →
the quiz → « Et maintenant ? » → the next course. axe on every new page."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from courses.models import CoursePage, LessonPage
from courses.selectors import next_course_get
from courses.services import enrollment_create
from quizzes.models import Question
from tests.browser.conftest import axe_violations
from tests.browser.test_step_player import FAKE_SPEECH
from tests.simulators.helpers import persona_answer, persona_text

FATOU = ("CRBB45", "4827")
EMAIL_LESSON = "creer-et-utiliser-son-adresse-e-mail"


def _tab_to(page, name: str, limit: int = 120) -> None:
    """Press Tab until the focused control's text or label starts with name."""
    for _n in range(limit):
        page.keyboard.press("Tab")
        text = page.evaluate(
            """() => {
                const el = document.activeElement;
                const label = el.labels && el.labels[0] ? el.labels[0].innerText : "";
                return (el.innerText || el.value || label || "").trim();
            }"""
        )
        if text.startswith(name):
            return
    raise AssertionError(f"never reached « {name} » with Tab")


def _press(page, name: str) -> None:
    """Tab to a link or button and press Enter: a new page opens."""
    _tab_to(page, name)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def _practise(page, simulator) -> None:
    """Every screen of the simulator from its persona card; one mistake first."""
    persona = persona_text(simulator.value)
    mistake_made = False
    for number, screen in enumerate(simulator.value["screens"], start=1):
        expect(page.get_by_text(f"Écran {number} sur")).to_be_visible()
        expect(page.get_by_text("Entraînement : rien n'est envoyé")).to_be_visible()
        submit = screen["button_label"]
        for field in screen["fields"]:
            typed, button = persona_answer(field, persona)
            if button == "press":
                submit = field["label"]
            elif button is None and field["kind"] == "checkbox":
                page.get_by_label(field["label"]).check()
            elif button is None and field["kind"] == "choice":
                page.get_by_label(field["label"]).select_option(typed)
            elif button is None:
                control = page.get_by_label(field["label"], exact=True)
                if not mistake_made and field["kind"] == "text":
                    control.fill("n'importe quoi")
                    _press(page, submit)
                    explained = page.locator(
                        ".field-error", has_text=field["explanation"]
                    )
                    expect(explained).to_be_visible()
                    mistake_made = True
                    control = page.get_by_label(field["label"], exact=True)
                control.fill(typed)
        _press(page, submit)
    assert mistake_made
    expect(page.get_by_role("link", name="Revenir à la leçon")).to_be_visible()


def _take_quiz(page) -> None:
    """Answer each question right (the right answers are read from the bank)."""
    _press(page, "Commencer l'exercice")
    while "resultat" not in page.url:
        text = page.locator(".question__text").inner_text().strip()
        question = Question.objects.filter(text=text).first()
        if question.kind in ("single", "multiple"):
            for choice in question.choices.filter(weight__gt=0):
                page.get_by_label(choice.text, exact=True).check()
        elif question.kind == "true_false":
            page.get_by_label("Vrai" if question.true_false_answer else "Faux").check()
        else:
            page.get_by_label("Votre réponse").fill(question.accepted_answer_list[0])
        _press(page, "Valider ma réponse")
        onwards = page.locator("a.button", has_text=re.compile("suivante|résultat"))
        if onwards.count():
            _press(page, onwards.first.inner_text().strip())
    expect(page.get_by_text("Exercice réussi")).to_be_visible()


@pytest.mark.django_db(transaction=True)
def test_a_beginner_goes_from_her_home_to_the_next_course(live_server, new_page, demo):
    fatou = get_user_model().objects.get(beneficiary_profile__login_code=FATOU[0])
    lesson = LessonPage.objects.get(slug=EMAIL_LESSON)
    course = CoursePage.objects.ancestor_of(lesson).get()
    enrollment_create(user=fatou, course=course)  # where she stopped
    following = next_course_get(course=course, user=fatou)
    page = new_page(width=360)
    page.add_init_script(FAKE_SPEECH)
    found = {}

    page.goto(live_server.url + "/connexion/code/")
    page.get_by_label("Code de connexion").fill(FATOU[0])
    page.get_by_label("Code secret (PIN)").fill(FATOU[1])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bonjour Fatou")
    found["mon espace"] = axe_violations(page)

    _press(page, "Continuer")
    expect(page.get_by_text(re.compile(r"Étape 1 sur \d+"))).to_be_visible()
    total = int(
        re.search(r"sur (\d+)", page.locator("#etape-compteur").inner_text())[1]
    )
    found["étape"] = axe_violations(page)
    pictures, simulator_done, quiz_done = 0, False, False
    for number in range(1, total + 1):
        expect(page.locator("#etape-compteur")).to_have_text(
            f"Étape {number} sur {total}"
        )
        step = page.locator("#etape")
        if step.locator(".step__instruction").count():
            picture = step.locator("img")
            expect(picture).to_be_visible()
            assert picture.get_attribute("alt").strip()
            pictures += 1
            if pictures == 1:
                page.get_by_role("button", name="Écouter l'étape").click()
                expect(step.locator(".is-reading")).to_have_count(1)
                assert page.evaluate("window.__said[0].lang") == "fr-FR"
        if not simulator_done and step.locator(".sim-card").count():
            _press(page, "Commencer l'entraînement")
            found["simulateur"] = axe_violations(page)
            block = next(b for b in lesson.body if b.block_type == "simulator")
            _practise(page, block)
            _press(page, "Revenir à la leçon")
            expect(page.locator("#etape-compteur")).to_have_text(
                f"Étape {number} sur {total}"
            )
            simulator_done = True
        if not quiz_done and step.locator(".quiz-card").count():
            _press(page, "Faire l'exercice")
            _take_quiz(page)
            found["résultat"] = axe_violations(page)
            _press(page, "Retour à la leçon")
            expect(page.locator("#etape-compteur")).to_have_text(
                f"Étape {number} sur {total}"
            )
            quiz_done = True
        if number < total:
            _press(page, "Suivant")
    assert pictures > 0 and simulator_done and quiz_done

    _press(page, "J'ai terminé cette leçon")
    expect(page.get_by_role("heading", name="Et maintenant ?")).to_be_visible()
    found["et maintenant"] = axe_violations(page)
    _press(page, "Commencer le parcours suivant")
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        LessonPage.objects.in_course(following).first().title
    )
    assert {name: v for name, v in found.items() if v} == {}
