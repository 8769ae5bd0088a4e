"""A structure applies at 360 px with the keyboard only; a coordinator reads
the network's view and a structure's programme, marks a milestone done. No
sideways scrolling, axe finds nothing."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from people import roles
from programme import services
from programme.models import Application, Call, Milestone
from tests import builders
from tests.browser.conftest import ARTIFACTS, axe_violations, sign_in

SHOTS = ARTIFACTS / "programme"  # screenshots to look at by hand
PASSWORD = "mot-de-passe-test"


def _no_sideways_scroll(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, overflow


def _type_and_tab(page, text: str) -> None:
    page.keyboard.type(text)
    page.keyboard.press("Tab")


@pytest.mark.django_db(transaction=True)
def test_a_structure_applies_at_360px_with_the_keyboard(live_server, new_page):
    today = timezone.localdate()
    Call.objects.create(
        title="Devenir relais numérique",
        opens_on=today - datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=30),
        funders="Le Département (fictif)",
        text="Six mois d'accompagnement, puis un an de suivi.",
    )
    page = new_page(width=360, height=740)
    page.goto(live_server.url + reverse("programme:apply"))
    assert axe_violations(page) == []
    _no_sideways_scroll(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "apply-360.png", full_page=True)
    # From the top of the page, Tab reaches the first field.
    while page.evaluate("document.activeElement.id") != "id_structure_name":
        page.keyboard.press("Tab")
    _type_and_tab(page, "Maison de quartier des Tilleuls")
    page.keyboard.press("ArrowDown")  # Centre social → Association
    page.keyboard.press("Tab")
    _type_and_tab(page, "3 rue des Tilleuls")
    _type_and_tab(page, "Évry-Courcouronnes")
    _type_and_tab(page, "91")
    _type_and_tab(page, "01 23 45 67 89")
    page.keyboard.press("Space")  # Personnes âgées
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # Jeunes…
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # Familles
    while page.evaluate("document.activeElement.id") != "id_current_activities":
        page.keyboard.press("Tab")
    _type_and_tab(page, "Accueil et aide aux démarches.")
    _type_and_tab(page, "Deux animatrices, quatre heures par semaine.")
    _type_and_tab(page, "Une salle avec six ordinateurs.")
    _type_and_tab(page, "Nos habitants demandent de l'aide.")
    _type_and_tab(page, "Lina Morel")
    _type_and_tab(page, "lina.morel@tilleuls.example")
    for _ in range(4):  # the optional referents
        page.keyboard.press("Tab")
    # The honeypot is skipped: next is the button.
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Candidature envoyée")).to_be_visible()
    assert axe_violations(page) == []
    application = Application.objects.get()
    assert application.kind == "association"
    assert application.publics == ["seniors", "familles"]
    assert [m.to for m in mail.outbox] == [["lina.morel@tilleuls.example"]]


@pytest.mark.django_db(transaction=True)
def test_a_coordinator_follows_the_network_and_a_programme(live_server, new_page):
    from people.services import roles_setup
    from skills.services import scale_seed

    scale_seed()
    roles_setup()
    services.template_default_ensure()
    coordinator = builders.user("coordination", group=roles.COORDINATOR)
    coordinator.first_name = "Hélène"
    coordinator.save()
    today = timezone.localdate()
    for n, days in enumerate((10, 100, 300)):
        structure = builders.structure(f"Structure {'ABC'[n]}", departement="91")
        pro = builders.professional(structure, username=f"pro{n}")
        services.programme_open(
            by=coordinator,
            structure=structure,
            start_date=today - datetime.timedelta(days=days),
            network_referent=coordinator,
            structure_referents=[pro],
        )
    for width in (1280, 360):
        page = new_page(width=width, height=800)
        sign_in(page, live_server.url, "coordination", PASSWORD)
        page.goto(live_server.url + reverse("programme:network"))
        expect(
            page.get_by_role("heading", name="Programme : le réseau")
        ).to_be_visible()
        assert axe_violations(page) == []
        _no_sideways_scroll(page)
        page.screenshot(path=SHOTS / f"network-{width}.png", full_page=True)
        page.get_by_label("Étape").select_option("accompagnement")
        page.get_by_role("button", name="Afficher").click()
        expect(page.get_by_role("link", name="Structure B")).to_be_visible()
        page.get_by_role("link", name="Structure B").click()
        expect(
            page.get_by_role("heading", name="Programme : Structure B")
        ).to_be_visible()
        assert axe_violations(page) == []
        _no_sideways_scroll(page)
        page.screenshot(path=SHOTS / f"programme-{width}.png", full_page=True)
    # Mark the agreement done, from the keyboard.
    milestone = Milestone.objects.get(
        programme__structure__name="Structure B", title="Convention signée"
    )
    summary = page.get_by_text("Mettre à jour « Convention signée »")
    summary.focus()
    page.keyboard.press("Enter")
    page.get_by_label("Statut").first.select_option("done")
    page.get_by_role("button", name="Enregistrer le jalon").first.click()
    expect(page.get_by_text("Jalon « Convention signée » enregistré.")).to_be_visible()
    milestone.refresh_from_db()
    assert milestone.status == "done"
    page.goto(
        live_server.url
        + reverse("programme:summary", args=[milestone.programme.structure_id])
    )
    assert axe_violations(page) == []
    page.screenshot(path=SHOTS / "summary-360.png", full_page=True)
