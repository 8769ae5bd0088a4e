"""A simulator practised in Chromium by keyboard only: one mistake, its
explanation read, corrected, completed; axe clean at 360 and 1280 px."""

import os

import pytest
from playwright.sync_api import expect

from courses.models import Audience
from demo.services import DEMO_PASSWORD
from tests import builders
from tests.browser.conftest import axe_violations, sign_in
from tests.simulators.conftest import SIMULATOR

# A folder to keep screenshots in while working on the pages.
SHOTS = os.environ.get("SIMULATOR_SHOTS")


def _tab_to(page, name: str, limit: int = 60) -> None:
    """Press Tab until the focused element's accessible text starts with name."""
    for _n in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                const label = el.labels && el.labels[0] ? el.labels[0].innerText : "";
                return (label || el.innerText || "").trim();
            }"""
        )
        if focused.startswith(name):
            return
    raise AssertionError(f"never reached « {name} » with Tab")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [360, 1280])
def test_a_learner_practises_by_keyboard_and_every_screen_is_accessible(
    live_server, new_page, width
):
    _home, catalogues = builders.skeleton()
    course = builders.course(catalogues[Audience.BENEFICIARY], modules=1)
    lesson = builders.lessons_of(course)[0]
    lesson.body.append(("simulator", SIMULATOR))
    builders.publish(lesson)
    learner = builders.user("apprenante", first_name="Marie")
    learner.set_password(DEMO_PASSWORD)
    learner.save()

    page = new_page(width=width)
    sign_in(page, live_server.url, "apprenante", DEMO_PASSWORD)
    page.goto(live_server.url + lesson.whole_url())
    found = {"lecon": axe_violations(page)}
    _tab_to(page, "Commencer l'entraînement")
    page.keyboard.press("Enter")

    # Screen 1: the wrong button first.
    expect(page.get_by_text("Écran 1 sur 3")).to_be_visible()
    expect(page.get_by_text("Entraînement : rien n'est envoyé.")).to_be_visible()
    found["ecran"] = axe_violations(page)
    _tab_to(page, "Se connecter")
    page.keyboard.press("Enter")
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Marie n'a pas de compte")
    # The summary has the focus: a screen reader reads the explanation at once.
    assert page.evaluate("document.activeElement.id") == "erreurs"
    found["erreur"] = axe_violations(page)
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/erreur-{width}.png", full_page=True)
    _tab_to(page, "Créer mon compte")
    page.keyboard.press("Enter")

    # Screen 2: typed from the persona card.
    expect(page.get_by_text("Écran 2 sur 3")).to_be_visible()
    _tab_to(page, "Nom de famille")
    page.keyboard.type("martin")
    page.keyboard.press("Tab")
    page.keyboard.type("03031970")
    _tab_to(page, "Situation")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("Situation")).to_have_value("Sans emploi")
    _tab_to(page, "Continuer")
    page.keyboard.press("Enter")

    # Screen 3, then the end.
    expect(page.get_by_text("Écran 3 sur 3")).to_be_visible()
    _tab_to(page, "Adresse e-mail")
    page.keyboard.type("marie@exemple.fr")
    page.keyboard.press("Tab")
    page.keyboard.type("Soleil2026")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    _tab_to(page, "Créer mon compte")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Entraînement réussi")).to_be_visible()
    expect(
        page.get_by_text("Le compte de Marie est créé (pour de faux).")
    ).to_be_visible()
    found["fin"] = axe_violations(page)
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/fin-{width}.png", full_page=True)

    _tab_to(page, "Revenir à la leçon")
    page.keyboard.press("Enter")
    expect(page.locator(".sim-card")).to_contain_text("Terminé")
    assert {name: v for name, v in found.items() if v} == {}
