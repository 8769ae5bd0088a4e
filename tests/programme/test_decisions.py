"""Selecting an application creates the structure, its referents' accounts and
its programme in one transaction; declining keeps the reason."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from people import roles
from people.models import Membership, Structure
from programme import services
from programme.models import Application, Milestone, Programme
from tests import builders
from tests.programme.conftest import make_application

pytestmark = pytest.mark.django_db
User = get_user_model()


def _select(client, application, reason="Projet solide, salle équipée."):
    url = reverse("programme:application_select", args=[application.pk])
    first = client.post(url, {"retenir-reason": reason})
    assert first.status_code == 200  # the confirmation page
    assert "Confirmer" in first.content.decode()
    return client.post(url, {"retenir-reason": reason, "confirmer": "1"})


def test_selecting_creates_structure_accounts_and_programme(
    client, coordinator, call, django_capture_on_commit_callbacks
):
    application = make_application(call)
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = _select(client, application)
    structure = Structure.objects.get(name="Maison de quartier des Tilleuls")
    assert response.status_code == 302
    assert response["Location"] == reverse("programme:detail", args=[structure.pk])
    application.refresh_from_db()
    assert application.status == "selected"
    assert application.structure == structure
    assert application.decided_by == coordinator
    assert application.decision_reason == "Projet solide, salle équipée."
    referents = list(User.objects.filter(memberships__structure=structure))
    assert len(referents) == 2
    for person in referents:
        assert not person.has_usable_password()
        assert roles.user_has_role(person, roles.PROFESSIONAL)
    programme = Programme.objects.get(structure=structure)
    assert programme.network_referent == coordinator
    assert set(programme.structure_referents.all()) == set(referents)
    assert programme.milestones.count() == 9
    assert programme.milestones.filter(rule="trained").get().owner in referents
    # Each referent is invited: a link to choose a password, no password.
    assert len(mail.outbox) == 2
    body = mail.outbox[0].body
    assert "mot-de-passe-test" not in body
    link = re.search(r"http://testserver(/connexion/mot-de-passe/\S+/)", body)[1]
    invited = User.objects.get(email=mail.outbox[0].to[0])
    client.logout()
    form = client.get(link, follow=True)
    assert "Choisir mon mot de passe" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {
            "new_password1": "Tilleuls-2026-relais",
            "new_password2": "Tilleuls-2026-relais",
        },
    )
    assert done.status_code == 302
    invited.refresh_from_db()
    assert invited.check_password("Tilleuls-2026-relais")
    # The link works once.
    again = client.get(link, follow=True)
    assert "ne fonctionne plus" in again.content.decode()


def test_a_failure_at_the_last_step_leaves_nothing(
    coordinator, call, monkeypatch, django_capture_on_commit_callbacks
):
    application = make_application(call)
    users_before = User.objects.count()

    def broken(**kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "programme_open", broken)
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
    ):
        services.application_select(
            by=coordinator,
            application=application,
            reason="Retenue.",
            base_url="http://testserver/",
        )
    assert not Structure.objects.exists()
    assert User.objects.count() == users_before
    assert not Membership.objects.exists()
    assert not Programme.objects.exists()
    application.refresh_from_db()
    assert application.status == "submitted"
    assert mail.outbox == []


def test_a_referent_with_an_account_keeps_it_and_joins_the_structure(
    coordinator, call, corbeil, django_capture_on_commit_callbacks
):
    application = make_application(call)
    existing = builders.professional(corbeil, username="lina")
    existing.email = application.referents.first().email
    existing.save()
    with django_capture_on_commit_callbacks(execute=True):
        programme = services.application_select(
            by=coordinator, application=application, reason="Oui.", base_url="http://t/"
        )
    existing.refresh_from_db()
    assert existing.has_usable_password()
    assert set(existing.memberships.values_list("structure", flat=True)) == {
        corbeil.pk,
        programme.structure_id,
    }
    to_existing = next(m for m in mail.outbox if m.to == [existing.email])
    assert "mot-de-passe/" not in to_existing.body


def test_declining_keeps_the_reason_and_creates_nothing(client, coordinator, call):
    application = make_application(call)
    client.force_login(coordinator)
    url = reverse("programme:application_decline", args=[application.pk])
    client.post(url, {"refuser-reason": "Hors du territoire couvert."})
    application.refresh_from_db()
    assert application.status == "submitted"  # not before the confirmation
    client.post(
        url, {"refuser-reason": "Hors du territoire couvert.", "confirmer": "1"}
    )
    application.refresh_from_db()
    assert application.status == "declined"
    assert application.decision_reason == "Hors du territoire couvert."
    assert not Structure.objects.exists()


def test_a_decision_needs_a_reason(client, coordinator, call):
    application = make_application(call)
    client.force_login(coordinator)
    url = reverse("programme:application_select", args=[application.pk])
    response = client.post(url, {"retenir-reason": "  ", "confirmer": "1"})
    assert "Indiquez le motif de la décision" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "submitted"
    assert not Structure.objects.exists()


def test_an_application_is_decided_once(coordinator, call):
    application = make_application(call)
    services.application_decline(by=coordinator, application=application, reason="Non.")
    with pytest.raises(Exception, match="déjà reçu une réponse"):
        services.application_select(
            by=coordinator, application=application, reason="Oui.", base_url="http://t/"
        )
    assert not Structure.objects.exists()


def test_only_coordinators_decide(client, pro_corbeil, call):
    application = make_application(call)
    client.force_login(pro_corbeil)
    url = reverse("programme:application_select", args=[application.pk])
    response = client.post(url, {"retenir-reason": "Oui.", "confirmer": "1"})
    assert response.status_code == 403
    assert Application.objects.get().status == "submitted"


def test_the_list_is_paged_and_two_applications_compare_side_by_side(
    client, coordinator, call
):
    first = make_application(call, "Centre social du Parc")
    second = make_application(call, "Association Les Clés")
    for n in range(25):
        make_application(call, f"Structure {n:02d}")
    client.force_login(coordinator)
    page = client.get(reverse("programme:applications", args=[call.pk]))
    text = page.content.decode()
    assert "27 candidatures" in text
    assert "Centre social du Parc" in text
    assert "Structure 24" not in text  # on page 2
    compare = client.get(
        reverse("programme:compare", args=[call.pk]),
        {"candidatures": [first.pk, second.pk]},
    ).content.decode()
    assert "Centre social du Parc" in compare and "Association Les Clés" in compare
    alone = client.get(
        reverse("programme:compare", args=[call.pk]), {"candidatures": [first.pk]}
    ).content.decode()
    assert "Cochez au moins deux candidatures" in alone


def test_milestones_are_due_from_the_start_date(coordinator, call, today):
    application = make_application(call)
    programme = services.application_select(
        by=coordinator, application=application, reason="Oui.", base_url="http://t/"
    )
    six_months = Milestone.objects.get(
        programme=programme, title="Bilan d'autonomie à 6 mois"
    )
    assert (six_months.due_date - today).days == 182
    assert six_months.owner == coordinator
