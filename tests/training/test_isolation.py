"""Nobody outside the holder's structure (or the network's coordination)
reaches a person's training or attestation, and nothing changes when they try.
Walks the whole `training` namespace."""

import datetime

import pytest
from django.urls import get_resolver, reverse
from django.utils import timezone

from tests import builders
from tests.isolation import page_text
from tests.training import helpers
from training.models import Attestation, StructureContact
from workshops.services import session_create

PERSONAL_URLS = {
    "download": {"attestation_id"},
    "revoke": {"attestation_id"},
    "pdf_retry": {"attestation_id"},
    "kit": {"session_id", "kind"},
    "structure_contact_edit": {"structure_id"},
}
# The user's own page and lists limited to their structures (checked below),
# and the public pages (they show only what they are meant to).
OTHER_URLS = {"mine", "team", "verify_form", "verify", "structure_contact"}


def patterns():
    _prefix, resolver = get_resolver().namespace_dict["training"]
    return list(resolver.url_patterns)


def test_the_matrix_covers_every_url_of_the_namespace():
    assert {p.name for p in patterns()} == set(PERSONAL_URLS) | OTHER_URLS
    for pattern in patterns():
        if pattern.name in PERSONAL_URLS:
            assert set(pattern.pattern.converters) == PERSONAL_URLS[pattern.name]


@pytest.fixture
def corbeil_things(path, corbeil, pro_corbeil, django_capture_on_commit_callbacks):
    pro_corbeil.last_name = "Belkacem"
    pro_corbeil.save()
    with django_capture_on_commit_callbacks(execute=True):
        helpers.finish_path(pro_corbeil, path)
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Atelier de Corbeil",
        date=timezone.localdate() + datetime.timedelta(days=3),
        start_time=datetime.time(10, 0),
    )
    StructureContact.objects.create(structure=corbeil, phone="01 60 00 00 00")
    return {
        "attestation": Attestation.objects.get(holder=pro_corbeil),
        "session": session,
        "structure": corbeil,
    }


def _kwargs(name, things):
    return {
        "download": {"attestation_id": things["attestation"].pk},
        "revoke": {"attestation_id": things["attestation"].pk},
        "pdf_retry": {"attestation_id": things["attestation"].pk},
        "kit": {"session_id": things["session"].pk, "kind": "affiche"},
        "structure_contact_edit": {"structure_id": things["structure"].pk},
    }[name]


def _state():
    return (
        list(
            Attestation.objects.order_by("pk").values_list(
                "pk", "status", "pdf_status", "revoked_reason"
            )
        ),
        list(StructureContact.objects.values_list("pk", "phone", "email")),
    )


@pytest.mark.parametrize("actor", ["other_professional", "beneficiary", "anonymous"])
def test_no_one_outside_reaches_a_structures_training(
    client, corbeil_things, actor, grigny, pro_grigny, corbeil, pro_corbeil
):
    if actor == "other_professional":
        client.force_login(pro_grigny)
    elif actor == "beneficiary":
        person = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")[0]
        client.force_login(person.user)
    before = _state()
    for name in PERSONAL_URLS:
        url = reverse(f"training:{name}", kwargs=_kwargs(name, corbeil_things))
        for method in ("get", "post"):
            response = getattr(client, method)(url, {"reason": "x", "phone": "1"})
            if response.status_code == 302:
                assert response["Location"].startswith(reverse("login")), name
            else:
                assert response.status_code in (404, 405), (name, method)
    assert _state() == before


def test_lists_show_only_the_users_structures(
    client, corbeil_things, pro_grigny, grigny
):
    client.force_login(pro_grigny)
    for name in ("mine", "team"):
        text = page_text(client.get(reverse(f"training:{name}")))
        assert "Belkacem" not in text
        assert corbeil_things["attestation"].code_display not in text


def test_a_colleague_may_not_revoke_or_retry(client, corbeil_things, corbeil):
    client.force_login(builders.professional(corbeil, username="collegue"))
    before = _state()
    for name in ("revoke", "pdf_retry"):
        url = reverse(f"training:{name}", kwargs=_kwargs(name, corbeil_things))
        assert client.post(url, {"reason": "x"}).status_code == 403
    assert _state() == before


def test_the_public_pages_show_nothing_private(client, corbeil_things, pro_corbeil):
    pro_corbeil.email = "nadia@example.org"
    pro_corbeil.save()
    attestation = corbeil_things["attestation"]
    pages = [
        reverse("training:verify", kwargs={"code": attestation.code}),
        reverse(
            "training:structure_contact",
            kwargs={"structure_id": corbeil_things["structure"].pk},
        ),
    ]
    for url in pages:
        text = page_text(client.get(url))
        assert "nadia@example.org" not in text
        assert "pro.corbeil" not in text
        assert "Atelier de Corbeil" not in text
