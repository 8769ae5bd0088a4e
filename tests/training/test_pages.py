"""« Ma formation », the team's progress, the verification page, revocation
and downloads, as people use them."""

import re

import pytest
from django.urls import reverse

from people.models import AuditAction, AuditEvent
from tests import builders
from tests.training import helpers
from training.models import Attestation, AttestationStatus


@pytest.fixture
def attested(path, pro_corbeil, django_capture_on_commit_callbacks):
    pro_corbeil.email = "nadia@example.org"
    pro_corbeil.last_name = "Belkacem"
    pro_corbeil.save()
    with django_capture_on_commit_callbacks(execute=True):
        helpers.finish_path(pro_corbeil, path)
    return Attestation.objects.get(holder=pro_corbeil)


def test_my_training_lists_what_remains(client, path, pro_corbeil):
    helpers.complete_lessons(pro_corbeil, path["lessons"][:1])
    client.force_login(pro_corbeil)
    page = client.get(reverse("training:mine")).content.decode()
    assert "0 modules terminés sur 2" in page
    assert "Leçon 1.2" in page  # the lesson left in module 1
    assert "Réussir l'évaluation" in page and "Évaluation P1" in page
    assert "À commencer" in page  # module 2


def test_my_training_says_when_an_answer_waits_for_marking(client, path, pro_corbeil):
    helpers.complete_lessons(pro_corbeil, path["lessons"])
    helpers.answer_quiz(pro_corbeil, path)
    client.force_login(pro_corbeil)
    page = client.get(reverse("training:mine")).content.decode()
    assert "En attente de correction" in page
    assert "attend la correction d'un formateur" in page


def test_the_holder_downloads_the_attestation_from_my_training(
    client, attested, pro_corbeil
):
    client.force_login(pro_corbeil)
    page = client.get(reverse("training:mine")).content.decode()
    url = reverse("training:download", kwargs={"attestation_id": attested.pk})
    assert url in page
    assert attested.code_display in page
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_a_beneficiary_has_no_training_page(client, corbeil, pro_corbeil):
    profile, _pin = builders.beneficiary(corbeil, by=pro_corbeil)
    client.force_login(profile.user)
    assert client.get(reverse("training:mine")).status_code == 404


def test_colleagues_see_the_structures_progress_only(
    client, attested, corbeil, pro_corbeil, pro_grigny
):
    colleague = builders.professional(corbeil, username="collegue")
    colleague.first_name = "Karim"
    colleague.save()
    client.force_login(colleague)
    page = client.get(reverse("training:team")).content.decode()
    assert "Nadia Belkacem" in page
    assert "Karim" in page
    assert "pro.grigny" not in page  # another structure's professional
    assert "Révoquer" not in page  # only coordinators revoke
    assert reverse("training:download", kwargs={"attestation_id": attested.pk}) in page


def test_coordinators_see_every_structure_and_filter(
    client, attested, coordinator, corbeil, grigny, pro_grigny
):
    client.force_login(coordinator)
    page = client.get(reverse("training:team")).content.decode()
    assert "Nadia Belkacem" in page
    assert "Association de Grigny" in page and "Centre social de Corbeil" in page
    assert "Révoquer" in page
    page = client.get(reverse("training:team"), {"structure": grigny.pk})
    assert "Nadia Belkacem" not in page.content.decode()


def test_the_team_list_runs_constant_queries(client, path, corbeil, coordinator):
    def count(n):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("training:team")).status_code == 200
        return len(queries)

    client.force_login(coordinator)
    builders.professional(corbeil)
    count(1)  # the header's links and the session come from the cache after
    few = count(1)
    for _ in range(10):
        builders.professional(corbeil)
    assert count(11) == few


# The public verification page


def _verify(client, code):
    return client.get(reverse("training:verify", kwargs={"code": code}))


def test_a_valid_code_shows_only_what_is_needed(client, attested):
    page = _verify(client, attested.code).content.decode()
    assert "Attestation valide" in page
    assert "Nadia Belkacem" in page
    assert "Module 1" in page and "Module 2" in page
    assert attested.network_name in page
    assert "nadia@example.org" not in page
    assert "pro.corbeil" not in page  # no username
    assert "Centre social de Corbeil" not in page  # no structure


def test_a_code_typed_loosely_is_understood(client, attested):
    loose = f"{attested.code[:5].lower()} {attested.code[5:]}"
    response = _verify(client, loose)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "training:verify", kwargs={"code": attested.code}
    )
    form = client.get(reverse("training:verify_form"), {"code": loose})
    assert form["Location"] == response["Location"]


def test_an_unknown_code_says_so_in_french(client, db):
    for code in ("ABCDE23456", "pas-un-code", "0000000000"):
        response = _verify(client, code)
        assert response.status_code == 200
        assert "Aucune attestation ne porte ce code" in response.content.decode()


def test_an_unknown_code_costs_the_same_queries_as_a_known_one(client, attested):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    _verify(client, "ABCDE23456")  # the site's routes, cached after the first
    for code in (attested.code, "ABCDE23456", "nimportequoi"):
        with CaptureQueriesContext(connection) as queries:
            _verify(client, code)
        counts.append(len(queries))
    assert len(set(counts)) == 1


def test_revocation_needs_a_coordinator_and_a_reason(
    client, attested, coordinator, corbeil, pro_corbeil
):
    url = reverse("training:revoke", kwargs={"attestation_id": attested.pk})
    colleague = builders.professional(corbeil, username="collegue")
    client.force_login(colleague)
    assert client.post(url, {"reason": "Non"}).status_code == 403
    client.force_login(pro_corbeil)  # not even the holder
    assert client.post(url, {"reason": "Non"}).status_code == 403
    client.force_login(coordinator)
    assert "Révoquer l'attestation" in client.get(url).content.decode()
    response = client.post(url, {"reason": "  "})
    assert response.status_code == 200
    attested.refresh_from_db()
    assert attested.status == AttestationStatus.VALID
    response = client.post(url, {"reason": "Formation suivie par une autre personne."})
    assert response.status_code == 302
    attested.refresh_from_db()
    assert attested.status == AttestationStatus.REVOKED
    assert attested.revoked_by == coordinator
    event = AuditEvent.objects.get(action=AuditAction.ATTESTATION_REVOKE)
    assert event.details["code"] == attested.code
    assert event.target == pro_corbeil


def test_a_revoked_attestation_says_so_without_the_reason(
    client, attested, coordinator
):
    from training.services import attestation_revoke

    attestation_revoke(
        by=coordinator, attestation_id=attested.pk, reason="Motif privé et détaillé"
    )
    page = _verify(client, attested.code).content.decode()
    assert "Attestation révoquée" in page
    assert "Attestation valide" not in page
    assert re.search(r"révoquée le \d+ \w+ \d{4}", page)
    assert "Motif privé" not in page


@pytest.mark.parametrize("actor", ["holder", "colleague", "coordinator"])
def test_those_who_may_download_the_pdf(
    client, attested, actor, corbeil, pro_corbeil, coordinator
):
    person = {
        "holder": pro_corbeil,
        "colleague": builders.professional(corbeil, username="collegue"),
        "coordinator": coordinator,
    }[actor]
    client.force_login(person)
    url = reverse("training:download", kwargs={"attestation_id": attested.pk})
    assert client.get(url).status_code == 200


def test_a_structure_publishes_only_what_it_chose(client, corbeil, pro_corbeil):
    url = reverse("training:structure_contact", kwargs={"structure_id": corbeil.pk})
    page = client.get(url).content.decode()
    assert "Centre social de Corbeil" in page and "Corbeil-Essonnes" in page
    assert "Téléphone" not in page
    client.force_login(pro_corbeil)
    edit = reverse(
        "training:structure_contact_edit", kwargs={"structure_id": corbeil.pk}
    )
    response = client.post(edit, {"phone": "01 23 45 67 89", "email": "pas-un-email"})
    assert response.status_code == 200  # the bad e-mail is refused
    assert "écrivez-la comme nom@exemple.fr" in response.content.decode()
    client.post(edit, {"phone": "01 23 45 67 89", "who_to_ask": "Demandez Nadia"})
    client.logout()
    page = client.get(url).content.decode()
    assert "01 23 45 67 89" in page and "Demandez Nadia" in page
    assert "pro.corbeil" not in page
