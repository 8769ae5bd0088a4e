"""Beneficiaries sign in with a code on a phone; professionals manage their
beneficiaries. axe-core checks every page, at 360 px."""

import re

import pytest
from playwright.sync_api import expect

from demo.services import DEMO_BENEFICIARIES, DEMO_PASSWORD
from people.models import BeneficiaryProfile
from tests.browser.conftest import axe_violations, sign_in


def _check(page, found: dict, name: str) -> None:
    found[name] = axe_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name} déborde de {overflow}px"


@pytest.mark.django_db(transaction=True)
def test_a_beneficiary_signs_in_with_the_code_of_their_card(
    live_server, new_page, demo
):
    fatou = next(b for b in DEMO_BENEFICIARIES if b.first_name == "Fatou")
    page = new_page(width=360)
    found = {}
    page.goto(live_server.url + "/connexion/")
    page.get_by_role("link", name="Se connecter avec un code").click()
    _check(page, found, "code")
    page.get_by_label("Code de connexion").fill(fatou.login_code.lower())
    page.get_by_label("Code secret (PIN)").fill("0000")
    page.get_by_role("button", name="Entrer").click()
    expect(page.get_by_role("alert")).to_contain_text("n'est pas bon")
    _check(page, found, "code, erreur")
    page.get_by_label("Code secret (PIN)").fill(fatou.pin)
    page.get_by_role("button", name="Entrer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bonjour Fatou")
    assert {name: v for name, v in found.items() if v} == {}


@pytest.mark.django_db(transaction=True)
def test_a_professional_creates_a_beneficiary_and_prints_the_card(
    live_server, new_page, demo
):
    page = new_page(width=360)
    found = {}
    sign_in(page, live_server.url, "pro.corbeil", DEMO_PASSWORD)
    page.get_by_role("link", name="Mes bénéficiaires").click()
    expect(page.get_by_role("cell", name="CRBB45")).to_be_visible()
    expect(page.get_by_text("GRGA23")).to_have_count(0)
    _check(page, found, "liste")

    page.get_by_role("link", name="Ajouter un bénéficiaire").click()
    page.get_by_role("button", name="Créer le compte").click()
    expect(page.get_by_role("alert")).to_be_visible()
    _check(page, found, "création, erreurs")
    page.get_by_label("Prénom ou pseudonyme").fill("Amina")
    page.get_by_label(re.compile("La personne a été informée")).check()
    page.get_by_role("button", name="Créer le compte").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Carte de connexion")
    pin = page.locator(".panel--pin .pin").inner_text()
    assert re.fullmatch(r"[0-9]{4,6}", pin)
    _check(page, found, "carte")
    profile = BeneficiaryProfile.objects.get(user__first_name="Amina")

    page.get_by_role("link", name="Amina").click()
    _check(page, found, "fiche")
    page.get_by_role("link", name="Désactiver le compte").click()
    _check(page, found, "confirmation")
    page.get_by_role("button", name="Oui, désactiver le compte").click()
    expect(page.get_by_text("Ce compte est désactivé")).to_be_visible()
    profile.user.refresh_from_db()
    assert not profile.user.is_active
    assert {name: v for name, v in found.items() if v} == {}
