"""Nobody outside the structure reaches its sessions or accompaniments, and
nothing changes when they try. Walks the whole `workshops` namespace."""

import datetime

import pytest
from django.urls import get_resolver, reverse

from tests import builders
from workshops.models import Accompaniment, Participation, WorkshopSession
from workshops.services import accompaniment_create, session_enrol

PERSONAL_URLS = {
    "session_detail": {"session_id"},
    "session_enrol": {"session_id"},
    "attendance_save": {"session_id"},
    "accompaniment_detail": {"accompaniment_id"},
}
# Lists and forms: limited to the user's structures, checked separately.
OTHER_URLS = {
    "session_list",
    "session_create",
    "accompaniment_list",
    "accompaniment_create",
}


def patterns():
    _prefix, resolver = get_resolver().namespace_dict["workshops"]
    return list(resolver.url_patterns)


def test_the_matrix_covers_every_url_of_the_namespace():
    assert {p.name for p in patterns()} == set(PERSONAL_URLS) | OTHER_URLS
    for pattern in patterns():
        if pattern.name in PERSONAL_URLS:
            assert set(pattern.pattern.converters) == PERSONAL_URLS[pattern.name]


@pytest.fixture
def situation(corbeil, pro_corbeil, session, awa, bintou):
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    record = accompaniment_create(
        by=pro_corbeil,
        structure=corbeil,
        beneficiary=awa,
        date=datetime.date(2026, 3, 2),
        autonomy="guidage",
        notes="Awa a créé son compte.",
    )
    return {
        "kwargs": {"session_id": session.pk, "accompaniment_id": record.pk},
        "bintou": bintou,
        "awa": awa,
    }


def _state():
    return (
        list(Participation.objects.values_list("pk", "beneficiary_id", "attendance")),
        WorkshopSession.objects.count(),
        Accompaniment.objects.count(),
    )


@pytest.mark.parametrize("actor", ["other_professional", "beneficiary", "anonymous"])
def test_no_one_else_reaches_a_structures_workshops(client, situation, actor):
    if actor == "other_professional":
        client.force_login(builders.professional(builders.structure()))
    elif actor == "beneficiary":
        client.force_login(situation["bintou"].user)
    before = _state()
    awa, bintou = situation["awa"], situation["bintou"]
    post_data = {
        "beneficiary": bintou.pk,
        "ajouter": bintou.pk,
        f"presence-{awa.pk}": "absent",
    }
    for name, params in PERSONAL_URLS.items():
        url = reverse(
            f"workshops:{name}",
            kwargs={k: situation["kwargs"][k] for k in params},
        )
        for method in ("get", "post"):
            response = getattr(client, method)(
                url, post_data if method == "post" else None
            )
            if response.status_code == 302:
                assert response["Location"].startswith(reverse("login")), name
            else:
                assert response.status_code in (403, 404, 405), (name, method)
            body = response.content.decode()
            assert "Awa" not in body and "Bintou" not in body, (name, method)
    for name in OTHER_URLS:
        response = client.get(reverse(f"workshops:{name}"))
        assert "Awa" not in response.content.decode(), name
        assert "Premiers pas" not in response.content.decode(), name
    assert _state() == before
