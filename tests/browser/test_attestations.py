"""The attested demo professional finds her attestation on « Ma formation »,
its verification page opens signed out on a phone and says it is valid, then
revoked once the coordination revokes it; every page passes axe and fits 360 px."""

import pytest
from playwright.sync_api import expect

from demo.services import DEMO_PASSWORD
from people.models import User
from tests.browser.conftest import axe_violations, sign_in
from training.models import Attestation
from training.services import attestation_revoke


def _fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0


@pytest.mark.django_db(transaction=True)
def test_an_attestation_is_found_verified_and_revoked(live_server, new_page, demo):
    attestation = Attestation.objects.get(holder__username="pro.corbeil")
    found = {}

    page = new_page(width=360, height=780)
    sign_in(page, live_server.url, "pro.corbeil", DEMO_PASSWORD)
    page.get_by_role("link", name="Ma formation").first.click()
    expect(page.get_by_role("heading", name="Ma formation", level=1)).to_be_visible()
    expect(page.get_by_text("4 modules terminés sur 4")).to_be_visible()
    expect(page.get_by_text(attestation.code_display)).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger l'attestation (PDF)").click()
    assert download.value.suggested_filename == f"attestation-{attestation.code}.pdf"
    found["ma formation"] = axe_violations(page)
    assert _fits(page)
    page.goto(f"{live_server.url}/formation/equipe/")
    found["équipe"] = axe_violations(page)
    assert _fits(page)

    # Signed out, as someone scanning the QR code.
    visitor = new_page(width=360, height=780)
    visitor.goto(f"{live_server.url}/attestations/verifier/")
    visitor.get_by_label("Code de vérification").fill(
        f" {attestation.code[:5].lower()} {attestation.code[5:]}"
    )
    visitor.get_by_role("button", name="Vérifier").click()
    expect(visitor.get_by_role("heading", name="Attestation valide")).to_be_visible()
    expect(visitor.get_by_text("Nadia Relais")).to_be_visible()
    found["vérification valide"] = axe_violations(visitor)
    assert _fits(visitor)

    attestation_revoke(
        by=User.objects.get(username="coordination"),
        attestation_id=attestation.pk,
        reason="Essai de révocation",
    )
    visitor.reload()
    expect(visitor.get_by_role("heading", name="Attestation révoquée")).to_be_visible()
    expect(visitor.get_by_text("Essai de révocation")).to_have_count(0)
    found["vérification révoquée"] = axe_violations(visitor)

    visitor.goto(f"{live_server.url}/attestations/verifier/ABCDE23456/")
    expect(
        visitor.get_by_role("heading", name="Aucune attestation ne porte ce code")
    ).to_be_visible()
    found["code inconnu"] = axe_violations(visitor)
    assert _fits(visitor)

    assert found == {name: [] for name in found}
