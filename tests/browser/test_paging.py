"""A professional pages through a long beneficiaries list by keyboard on a
360 px phone: the pagination is reachable, announced and big enough; axe finds
nothing (lms/paging.py, includes/pagination.html)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from demo.services import DEMO_PASSWORD
from people.models import BeneficiaryProfile, Membership
from tests.browser.conftest import ARTIFACTS, axe_violations, sign_in

SHOTS = ARTIFACTS / "paging"  # screenshots to look at by hand


def _many(structure, n: int) -> None:
    User = get_user_model()
    users = User.objects.bulk_create(
        User(username=f"liste-{i}", first_name=f"Personne {i:03d}") for i in range(n)
    )
    BeneficiaryProfile.objects.bulk_create(
        BeneficiaryProfile(
            user=user,
            structure=structure,
            consent_at=timezone.now(),
            consent_text="Accord (test).",
            login_code=f"L{i:05d}",
        )
        for i, user in enumerate(users)
    )


def _tab_to(page, name: str, limit: int = 120) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == name:
            return
    pytest.fail(f"« {name} » n'est pas atteint au clavier")


@pytest.mark.django_db(transaction=True)
def test_a_professional_pages_through_beneficiaries_by_keyboard_at_360px(
    live_server, new_page, demo
):
    pro = get_user_model().objects.get(username="pro.corbeil")
    _many(Membership.objects.filter(user=pro).first().structure, 130)
    page = new_page(width=360, height=740)
    sign_in(page, live_server.url, "pro.corbeil", DEMO_PASSWORD)
    page.goto(live_server.url + reverse("people:beneficiary_list") + "?tri=code")
    expect(page.get_by_text("bénéficiaires · page 1 sur 3")).to_be_visible()
    nav = page.get_by_role("navigation", name="Pagination", exact=True)
    expect(nav.locator('[aria-current="page"]')).to_have_text("Page 1")

    for link in nav.get_by_role("link").all():
        box = link.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, box
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"la page déborde de {overflow}px"
    assert axe_violations(page) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    nav.scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "beneficiaires-360.png", full_page=True)

    _tab_to(page, "Page suivante")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "tri=code" in page.url and "page=2" in page.url
    expect(page.get_by_text("page 2 sur 3")).to_be_visible()
    expect(nav.locator('[aria-current="page"]')).to_have_text("Page 2")
    expect(nav.get_by_role("link", name="Page précédente")).to_be_visible()
    assert axe_violations(page) == []

    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=SHOTS / "beneficiaires-1280.png", full_page=True)
