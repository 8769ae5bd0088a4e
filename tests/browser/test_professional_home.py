"""The demo professional signs in and lands on « À faire »: she sees the
demo's pending level proposal and its session without report, each a link to
where it is done, at 360 px and 1280 px, and axe finds nothing."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from demo.home import PROPOSAL_LEARNER, UNREPORTED_TITLE
from demo.services import DEMO_PASSWORD
from people.models import BeneficiaryProfile
from tests.browser.conftest import ARTIFACTS, axe_violations, sign_in

SHOTS = ARTIFACTS / "professional_home"  # screenshots to look at by hand


def _no_sideways_scroll(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, overflow


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [360, 1280])
def test_the_demo_professional_lands_on_what_to_do(live_server, new_page, width, demo):
    learner = BeneficiaryProfile.objects.get(login_code=PROPOSAL_LEARNER)
    name = learner.user.first_name
    page = new_page(width=width, height=800)
    sign_in(page, live_server.url, "pro.corbeil", DEMO_PASSWORD)

    assert page.url == live_server.url + reverse("dashboards:todo")
    expect(page.get_by_role("heading", name="À faire", level=1)).to_be_visible()
    proposals = page.locator("li.todo__item", has=page.locator("#a-valider"))
    expect(proposals.get_by_role("link", name=name)).to_be_visible()
    sessions = page.locator("li.todo__item", has=page.locator("#sans-compte-rendu"))
    expect(sessions.get_by_role("link", name=UNREPORTED_TITLE)).to_be_visible()
    expect(sessions).to_contain_text("compte rendu à écrire")
    _no_sideways_scroll(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"todo-{width}.png", full_page=True)
    assert axe_violations(page) == []

    # Each item leads to where it is done: the report form, then the levels.
    sessions.get_by_role("link", name=UNREPORTED_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Compte rendu")
    page.go_back()
    proposals.get_by_role("link", name=name).click()
    expect(page.get_by_role("heading", name="Niveaux à valider")).to_be_visible()
    expect(page.get_by_role("button", name="Valider").first).to_be_visible()
