"""A professional opens her structure's dashboard at 360 px, a coordinator
compares two structures: the pages render without sideways scrolling, the
charts have their table, axe finds nothing."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from demo.services import DEMO_PASSWORD
from people.models import Structure
from tests.browser.conftest import ARTIFACTS, axe_violations, sign_in

SHOTS = ARTIFACTS / "dashboards"  # screenshots to look at by hand


def _no_sideways_scroll(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, overflow


@pytest.mark.django_db(transaction=True)
def test_a_professional_opens_her_dashboard_at_360px(live_server, new_page, demo):
    page = new_page(width=360, height=740)
    sign_in(page, live_server.url, "pro.corbeil", DEMO_PASSWORD)
    # She lands on « À faire » (test_professional_home.py); the dashboard is
    # one click away.
    page.get_by_role("link", name="Voir le tableau de bord de ma structure").click()
    expect(page.get_by_role("heading", name="À faire")).to_be_visible()
    expect(page.get_by_role("img", name="Niveaux au début et à la fin, par domaine"))
    # The table behind each chart opens with « Voir les chiffres ».
    summaries = page.get_by_text("Voir les chiffres")
    expect(summaries).to_have_count(2)
    summaries.first.click()
    expect(
        page.get_by_role("table", name="Niveaux au début et à la fin, par domaine")
    ).to_be_visible()
    _no_sideways_scroll(page)
    # Choosing a period works from the keyboard and without a script.
    page.get_by_label("Cette année").check()
    page.get_by_role("button", name="Afficher").click()
    expect(page.get_by_label("Cette année")).to_be_checked()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "structure-360.png", full_page=True)
    assert axe_violations(page) == []


@pytest.mark.django_db(transaction=True)
def test_a_coordinator_compares_two_structures_at_360px(live_server, new_page, demo):
    page = new_page(width=360, height=740)
    sign_in(page, live_server.url, "coordination", DEMO_PASSWORD)
    page.goto(live_server.url + reverse("dashboards:network"))
    expect(page.get_by_role("table", name="Chiffres des structures")).to_be_visible()
    # The figures are kept two minutes (lms.kept): the page says since when.
    expect(page.get_by_text("Chiffres calculés à")).to_be_visible()
    _no_sideways_scroll(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "network-360.png", full_page=True)
    assert axe_violations(page) == []
    for structure in Structure.objects.all()[:2]:
        page.get_by_label(f"Comparer {structure.name}").check()
    page.get_by_role("button", name="Comparer les structures cochées").click()
    expect(page.get_by_role("heading", name="Comparer des structures")).to_be_visible()
    expect(page.get_by_role("table", name="Chiffres des structures comparées"))
    _no_sideways_scroll(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "compare-360.png", full_page=True)
    assert axe_violations(page) == []
