"""A professional runs the demo diagnostic with a beneficiary and corrects a
level; every screen passes axe; the beneficiary sees the result on a phone."""

import pytest
from playwright.sync_api import expect

from demo.services import DEMO_PASSWORD
from diagnostics.models import LevelRecord, LevelSource
from people.models import BeneficiaryProfile
from tests.browser.conftest import axe_violations, sign_in


@pytest.mark.django_db(transaction=True)
def test_an_assisted_diagnostic_with_a_corrected_level(live_server, new_page, demo):
    fatou = BeneficiaryProfile.objects.get(login_code="CRBB45")
    before = LevelRecord.objects.filter(learner=fatou.user).count()
    page = new_page(width=1280)
    sign_in(page, live_server.url, "pro.corbeil", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/structures/beneficiaires/{fatou.pk}/")
    found = {"fiche": axe_violations(page)}
    page.get_by_role("button", name="Faire « Diagnostic numérique").click()

    expect(page.get_by_role("heading", name="Pour commencer")).to_be_visible()
    found["repérage"] = axe_violations(page)
    page.get_by_role("button", name="Continuer").click()
    for area in range(6):
        expect(page.get_by_text(f"Domaine {area + 1} sur 6")).to_be_visible()
        if area == 0:
            found["domaine"] = axe_violations(page)
            # The first N1 task observed as a success, the rest not tried.
            page.locator("fieldset").first.get_by_label("Oui").check()
        page.get_by_role("button", name="Continuer").click()

    expect(page.get_by_role("heading", name="Les niveaux trouvés")).to_be_visible()
    found["résultat"] = axe_violations(page)
    first_row = page.locator("tbody tr").first
    first_row.locator("select").select_option("2")
    first_row.get_by_role("textbox").fill("A tout réussi seule en atelier.")
    page.get_by_role("button", name="Confirmer les niveaux").click()
    expect(page.get_by_text("Les niveaux sont enregistrés.")).to_be_visible()

    records = LevelRecord.objects.filter(learner=fatou.user).order_by("-pk")
    assert records.count() == before + 6
    corrected = records.get(area__number=1, run__isnull=False, note__gt="")
    assert (corrected.level.code, corrected.source) == ("N2", LevelSource.PROFESSIONAL)

    phone = new_page(width=360)
    sign_in(phone, live_server.url, "beneficiaire", DEMO_PASSWORD)
    phone.goto(f"{live_server.url}/diagnostics/mes-niveaux/")
    expect(phone.locator("svg").first).to_be_visible()
    found["mes niveaux"] = axe_violations(phone)
    overflow = phone.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0
    assert {k: v for k, v in found.items() if v} == {}
