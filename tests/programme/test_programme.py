"""Opening and editing a programme, check-ins and the printable summary."""

import datetime

import pytest
from django.urls import reverse

from programme import services
from programme.models import CheckIn, Programme, Stage
from tests import builders

pytestmark = pytest.mark.django_db


def test_a_coordinator_opens_a_programme_from_the_template(
    client, coordinator, corbeil, pro_corbeil, today
):
    client.force_login(coordinator)
    url = reverse("programme:open", args=[corbeil.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "start_date": today.isoformat(),
            "network_referent": coordinator.pk,
            "structure_referents": [pro_corbeil.pk],
            "needs_publics": ["seniors"],
            "needs_equipment": "Quatre tablettes.",
            "needs_rooms": "",
            "needs_staff_time": "",
            "needs_partners": "La médiathèque.",
        },
    )
    assert response.status_code == 302
    programme = Programme.objects.get(structure=corbeil)
    assert programme.stage == Stage.ACCOMPANIMENT
    assert programme.milestones.count() == 9
    assert programme.needs_partners == "La médiathèque."
    # A second opening goes to the existing programme.
    again = client.get(url)
    assert again["Location"] == reverse("programme:detail", args=[corbeil.pk])


def test_editing_refuses_a_referent_outside_the_structure(
    client, coordinator, corbeil, grigny, today
):
    programme = services.programme_open(
        by=coordinator, structure=corbeil, start_date=today
    )
    outsider = builders.professional(grigny, username="ailleurs")
    client.force_login(coordinator)
    response = client.post(
        reverse("programme:edit", args=[corbeil.pk]),
        {
            "start_date": "20260",
            "stage": Stage.FOLLOW_UP,
            "structure_referents": [outsider.pk],
        },
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "Saisissez une date valide" in text
    programme.refresh_from_db()
    assert programme.stage == Stage.ACCOMPANIMENT


def test_a_check_in_keeps_a_snapshot_of_the_figures(
    client, coordinator, corbeil, pro_corbeil, today
):
    programme = services.programme_open(
        by=coordinator,
        structure=corbeil,
        start_date=today - datetime.timedelta(days=200),
    )
    builders.beneficiary(corbeil, by=pro_corbeil)
    builders.beneficiary(corbeil, by=pro_corbeil)
    client.force_login(coordinator)
    response = client.post(
        reverse("programme:check_in", args=[corbeil.pk]),
        {"point-date": today.isoformat(), "point-notes": "Deux ateliers par semaine."},
    )
    assert response.status_code == 302
    check_in = CheckIn.objects.get(programme=programme)
    figures = {f["key"]: f["value"] for f in check_in.indicators["figures"]}
    assert figures["beneficiaires"] == "2"
    assert check_in.indicators["period"]["end"] == today.isoformat()
    # The snapshot stays as it was when more people come.
    builders.beneficiary(corbeil, by=pro_corbeil)
    check_in.refresh_from_db()
    assert {f["key"]: f["value"] for f in check_in.indicators["figures"]}[
        "beneficiaires"
    ] == "2"
    page = client.get(reverse("programme:detail", args=[corbeil.pk])).content.decode()
    assert "Deux ateliers par semaine." in page


def test_a_check_in_needs_notes(client, coordinator, corbeil, today):
    services.programme_open(by=coordinator, structure=corbeil, start_date=today)
    client.force_login(coordinator)
    response = client.post(
        reverse("programme:check_in", args=[corbeil.pk]),
        {"point-date": today.isoformat(), "point-notes": ""},
        follow=True,
    )
    assert "non enregistré" in response.content.decode()
    assert not CheckIn.objects.exists()


def test_the_summary_is_a_plain_printable_page(
    client, coordinator, corbeil, pro_corbeil, today
):
    services.programme_open(
        by=coordinator,
        structure=corbeil,
        start_date=today,
        structure_referents=[pro_corbeil],
    )
    client.force_login(pro_corbeil)
    page = client.get(reverse("programme:summary", args=[corbeil.pk])).content.decode()
    assert 'class="print-page"' in page
    assert "Bilan d&#x27;autonomie à 6 mois" in page or "Bilan d'autonomie" in page
    assert "Bénéficiaires" in page


def test_a_professional_lands_on_their_structures_programme(
    client, coordinator, pro_corbeil, corbeil, today
):
    services.programme_open(by=coordinator, structure=corbeil, start_date=today)
    client.force_login(pro_corbeil)
    response = client.get(reverse("programme:home"))
    assert response["Location"] == reverse("programme:detail", args=[corbeil.pk])
    client.force_login(coordinator)
    assert client.get(reverse("programme:home"))["Location"] == reverse(
        "programme:network"
    )
