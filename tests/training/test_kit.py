"""The communication kit: a workshop's poster and flyer as real PDFs, for the
session's structure and coordinators only."""

import datetime
import html
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests import builders
from training.kit import kit_content_get
from training.models import StructureContact
from workshops.services import session_create


@pytest.fixture
def session(corbeil, pro_corbeil):
    StructureContact.objects.create(
        structure=corbeil, phone="01 60 00 00 00", who_to_ask="Demandez Nadia"
    )
    start = timezone.localdate() + datetime.timedelta(days=7)
    first = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Premiers pas sur la tablette",
        date=start,
        start_time=datetime.time(14, 0),
        place="Salle 2",
    )
    session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Premiers pas sur la tablette",
        date=start + datetime.timedelta(days=7),
        start_time=datetime.time(14, 0),
    )
    return first


def _kit(client, session, kind, **params):
    url = reverse("training:kit", kwargs={"session_id": session.pk, "kind": kind})
    return client.get(url, params)


@pytest.mark.parametrize("kind", ["affiche", "flyer"])
def test_the_structures_professional_gets_a_real_pdf(
    client, session, pro_corbeil, kind
):
    client.force_login(pro_corbeil)
    response = _kit(client, session, kind)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = response.content
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type /Page\b", pdf)) == 1
    # The QR code's address, the structure's contact page, is a link in it.
    contact = reverse(
        "training:structure_contact", kwargs={"structure_id": session.structure_id}
    )
    assert contact.encode() in pdf


def test_the_poster_says_what_a_beginner_needs(client, session, pro_corbeil):
    client.force_login(pro_corbeil)
    text = _kit(client, session, "affiche", format="html").content.decode()
    assert "Premiers pas sur la tablette" in text
    assert "Gratuit" in text
    assert "14h00" in text and "16h00" in text
    assert "Salle 2" in text
    assert "Demandez Nadia" in text and "01 60 00 00 00" in text
    assert "data:image/svg+xml" in text  # the QR code


def test_the_series_poster_lists_the_coming_dates(session):
    content = kit_content_get(session=session, series=True)
    assert len(content.dates) == 2
    assert kit_content_get(session=session).dates == [session]


def test_the_session_page_offers_the_kit(client, session, pro_corbeil):
    client.force_login(pro_corbeil)
    page = client.get(
        reverse("workshops:session_detail", kwargs={"session_id": session.pk})
    ).content.decode()
    assert (
        reverse("training:kit", kwargs={"session_id": session.pk, "kind": "affiche"})
        in page
    )
    assert (
        reverse("training:kit", kwargs={"session_id": session.pk, "kind": "flyer"})
        in page
    )


def test_other_structures_and_beneficiaries_get_nothing(
    client, session, pro_grigny, corbeil, pro_corbeil, coordinator
):
    client.force_login(pro_grigny)
    assert _kit(client, session, "affiche").status_code == 404
    profile, _pin = builders.beneficiary(corbeil, by=pro_corbeil)
    client.force_login(profile.user)
    assert _kit(client, session, "flyer").status_code == 404
    client.force_login(coordinator)
    assert _kit(client, session, "flyer").status_code == 200


def test_an_unknown_kind_is_not_found(client, session, pro_corbeil):
    client.force_login(pro_corbeil)
    assert _kit(client, session, "banderole").status_code == 404


def test_without_pango_the_kit_says_so_and_offers_the_printable_page(
    client, session, pro_corbeil, no_weasyprint
):
    client.force_login(pro_corbeil)
    response = _kit(client, session, "affiche")
    assert response.status_code == 503
    page = html.unescape(response.content.decode())
    assert "Le PDF n'a pas pu être produit sur ce serveur." in page
    assert "format=html" in page
