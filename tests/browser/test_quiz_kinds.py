"""Numerical and matching questions on a phone, by keyboard: French decimals,
one labelled select per item, partial credit told; axe clean."""

import os

import pytest
from playwright.sync_api import expect

from demo.services import DEMO_PASSWORD
from people.services import roles_setup
from quizzes.models import Attempt, QuestionKind
from tests import builders
from tests.browser.conftest import axe_violations, sign_in
from tests.quizzes import factories

# Set QUIZ_SCREENSHOTS to a folder to keep pictures of the screens.
SHOTS = os.environ.get("QUIZ_SCREENSHOTS")


def _shot(page, name: str, width: int) -> None:
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}-{width}.png", full_page=True)


def _submit_by_keyboard(page) -> None:
    page.get_by_role("button", name="Valider ma réponse").focus()
    page.keyboard.press("Enter")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [360, 1280])
def test_a_learner_answers_numerical_and_matching_questions_by_keyboard(
    live_server, new_page, width
):
    roles_setup()
    learner = builders.user("apprenante")
    learner.set_password(DEMO_PASSWORD)
    learner.save()
    numerical = factories.question(
        QuestionKind.NUMERICAL,
        text="Votre forfait donne 20 Go. Vous avez utilisé 12,5 Go. "
        "Combien de Go vous reste-t-il ?",
    )
    matching = factories.question(
        QuestionKind.MATCHING, text="Reliez chaque appareil à ce qu'il permet."
    )
    quiz = factories.quiz(numerical, matching, title="Exercice : nombres et paires")
    page = new_page(width=width)
    sign_in(page, live_server.url, "apprenante", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/exercices/{quiz.pk}/")
    page.get_by_role("button", name="Commencer l'exercice").click()
    found = {}

    # Numerical: « 7,9 » typed the French way, in the 7..8 range: half the points.
    field = page.get_by_label("Votre réponse (un nombre)")
    expect(field).to_have_attribute("inputmode", "decimal")
    field.focus()
    page.keyboard.type("7,9")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text(
        "Réponse en partie juste : 50 % des points."
    )
    found["numérique"] = axe_violations(page)
    _shot(page, "resultat-partiel", width)
    page.get_by_role("link", name="Question suivante").focus()
    page.keyboard.press("Enter")

    # Matching: each item has its own labelled select of the shuffled answers.
    attempt = Attempt.objects.get()
    order = attempt.choice_orders[str(matching.pk)]
    pairs = list(matching.pairs.order_by("sort_order"))
    expect(page.get_by_label(pairs[0].left)).to_be_visible()
    found["appariement"] = axe_violations(page)
    _shot(page, "appariement", width)
    _submit_by_keyboard(page)
    expect(page.get_by_role("alert").first).to_contain_text("Choisissez la réponse")
    found["erreur"] = axe_violations(page)
    # Two right, the last one given the first item's answer.
    picks = [pairs[0], pairs[1], pairs[0]]
    for pair, pick in zip(pairs, picks, strict=True):
        select = page.get_by_label(pair.left)
        select.focus()
        for _step in range(order.index(pick.pk) + 1):  # from « Choisir… »
            page.keyboard.press("ArrowDown")
        expect(select).to_have_value(str(order.index(pick.pk) + 1))
    _submit_by_keyboard(page)
    expect(page.get_by_role("status")).to_contain_text("67 % des points")
    expect(page.get_by_text("Vous avez relié 2 paires justes sur 3.")).to_be_visible()
    found["correction"] = axe_violations(page)
    page.get_by_role("link", name="Voir mon résultat").click()
    expect(page.locator(".score")).to_contain_text("59 %")
    found["résultat"] = axe_violations(page)
    _shot(page, "resultat-final", width)
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0
    assert {k: v for k, v in found.items() if v} == {}
