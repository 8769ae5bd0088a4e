"""The public call page: anyone may apply while the call is open; bad input,
robots and floods are refused and leave nothing behind."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from programme.models import Application, ApplicationReferent, Call
from tests.programme.conftest import application_data

pytestmark = pytest.mark.django_db

URL = "/devenir-relais/"


def test_the_url_is_the_public_one():
    assert reverse("programme:apply") == URL


def test_the_open_call_shows_its_dates_funders_and_form(client, call):
    page = client.get(URL).content.decode()
    assert call.title in page
    assert "Caisse d&#x27;allocations familiales" in page
    assert "Envoyer la candidature" in page


def test_a_valid_application_is_stored_and_acknowledged(
    client, call, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, application_data())
    assert response.status_code == 302
    assert response["Location"] == reverse("programme:apply_done")
    application = Application.objects.get()
    assert application.call == call
    assert application.status == "submitted"
    assert application.publics == ["seniors", "familles"]
    assert [r.email for r in application.referents.all()] == [
        "lina.morel@tilleuls.example",
        "paul.ndiaye@tilleuls.example",
    ]
    assert sorted(m.to[0] for m in mail.outbox) == [
        "lina.morel@tilleuls.example",
        "paul.ndiaye@tilleuls.example",
    ]
    assert "Maison de quartier des Tilleuls" in mail.outbox[0].subject
    assert call.title in mail.outbox[0].body


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("departement", "99", "numéro de département"),
        ("publics", [], "Cochez au moins un public"),
        ("contact_phone", "abc", "numéro de téléphone"),
        ("referent_1_email", "pas-une-adresse", "Indiquez une adresse e-mail"),
        ("motivation", "Bonjour\x00", "caractère invisible"),
        ("motivation", "x" * 5001, "5000"),
        ("referent_2_email", "", "nom et l&#x27;adresse e-mail"),
        ("referent_2_email", "lina.morel@tilleuls.example", "autre personne"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_is_kept(
    client, call, field, value, message, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, application_data(**{field: value}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Application.objects.exists()
    assert not ApplicationReferent.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_thanks_a_robot_and_keeps_nothing(
    client, call, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, application_data(site_web="http://spam.example"))
    assert response.status_code == 302
    assert not Application.objects.exists()
    assert mail.outbox == []


@override_settings(APPLICATIONS_PER_ADDRESS=2)
def test_one_address_may_send_only_a_few_applications(client, call):
    for n in range(2):
        response = client.post(URL, application_data(structure_name=f"Structure {n}"))
        assert response.status_code == 302
    response = client.post(URL, application_data(structure_name="Une de trop"))
    assert response.status_code == 429
    assert "Trop de candidatures" in response.content.decode()
    assert Application.objects.count() == 2
    # Another address is not held back.
    other = client.post(
        URL, application_data(structure_name="Ailleurs"), REMOTE_ADDR="10.9.8.7"
    )
    assert other.status_code == 302
    assert Application.objects.count() == 3


def test_outside_its_dates_the_page_says_so_and_refuses(client, call, today):
    Call.objects.filter(pk=call.pk).update(
        opens_on=today + datetime.timedelta(days=3),
        closes_on=today + datetime.timedelta(days=30),
    )
    page = client.get(URL).content.decode()
    assert "Aucun appel à candidatures n'est ouvert" in page
    assert "ouvrira le" in page
    response = client.post(URL, application_data())
    assert response.status_code == 200
    assert not Application.objects.exists()


def test_a_call_closed_yesterday_takes_no_application(client, call, today):
    Call.objects.filter(pk=call.pk).update(closes_on=today - datetime.timedelta(days=1))
    client.post(URL, application_data())
    assert not Application.objects.exists()


def test_visitors_find_the_call_from_any_page_signed_in_people_do_not(client, db):
    from tests import builders

    sign_in = client.get(reverse("login")).content.decode()
    assert 'href="/devenir-relais/"' in sign_in
    client.force_login(builders.user())
    assert (
        'href="/devenir-relais/"'
        not in client.get("/accueil/", follow=True).content.decode()
    )
