"""Nobody outside the structure reaches its sessions or accompaniments, and
nothing changes when they try. Walks the whole `workshops` namespace."""

import datetime

import pytest
from django.urls import get_resolver, reverse
from django.utils import timezone

from people.models import BeneficiaryProfile
from tests import builders
from tests.isolation import page_text
from workshops.models import (
    Accompaniment,
    ActivityReport,
    Participation,
    WorkshopSession,
)
from workshops.reports import report_save
from workshops.services import (
    accompaniment_create,
    attendance_set,
    session_create,
    session_enrol,
)

PERSONAL_URLS = {
    "session_detail": {"session_id"},
    "session_enrol": {"session_id"},
    "attendance_save": {"session_id"},
    "session_update": {"session_id"},
    "session_cancel": {"session_id"},
    "session_unenrol": {"session_id", "participation_id"},
    "session_walk_in": {"session_id"},
    "accompaniment_detail": {"accompaniment_id"},
    "guided_board": {"session_id"},
    "guided_board_state": {"session_id"},
    "guided_start": {"session_id"},
    "guided_stop": {"session_id"},
    "guided_step_done": {"session_id", "participation_id"},
    "guided_lesson_done": {"session_id", "participation_id"},
    "guided_help_given": {"session_id", "participation_id"},
    "session_report": {"session_id"},
    "accompaniment_report": {"accompaniment_id"},
}
# Lists and forms: limited to the user's structures, checked separately.
OTHER_URLS = {
    "session_list",
    "session_create",
    "accompaniment_list",
    "accompaniment_create",
    "indicators",
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
    participation = session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    record = accompaniment_create(
        by=pro_corbeil,
        structure=corbeil,
        beneficiary=awa,
        date=datetime.date(2026, 3, 2),
        autonomy="entierement_accompagne",
        notes="Awa a créé son compte.",
    )
    # A session held today at midnight, with attendance and reports: what the
    # report pages and the indicators of the structure would show.
    held = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Premiers pas au clavier",
        date=timezone.localdate(),
        start_time=datetime.time(0, 0),
    )
    attendance_set(by=pro_corbeil, session=held, beneficiary=awa, attendance="present")
    for activity in ({"session": held}, {"accompaniment": record}):
        report_save(
            by=pro_corbeil,
            **activity,
            date=timezone.localdate() if "session" in activity else record.date,
            participant_count=1,
            duration_minutes=60,
            themes=["prendre_en_main_du_materiel"],
        )
    return {
        "kwargs": {
            "session_id": session.pk,
            "accompaniment_id": record.pk,
            "participation_id": participation.pk,
        },
        # Only a session that has started has a report form.
        "overrides": {"session_report": {"session_id": held.pk}},
        "bintou": bintou,
        "awa": awa,
        "pro": pro_corbeil,
    }


def _state():
    return (
        list(
            Participation.objects.values_list(
                "pk",
                "beneficiary_id",
                "attendance",
                "current_step",
                "help_requested_at",
            )
        ),
        WorkshopSession.objects.count(),
        list(
            WorkshopSession.objects.order_by("pk").values_list(
                "title",
                "capacity",
                "cancelled_at",
                "cancel_reason",
                "join_code",
                "guided_ends_at",
            )
        ),
        BeneficiaryProfile.objects.count(),
        Accompaniment.objects.count(),
        list(
            ActivityReport.objects.order_by("pk").values_list(
                "pk",
                "session_id",
                "accompaniment_id",
                "participant_count",
                "duration_minutes",
                "themes",
                "level",
                "date",
            )
        ),
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
        "title": "Pris par un autre",
        "start_time": "09:00",
        "capacity": 50,
        "reason": "Annulé par un autre.",
        "first_name": "Intrus",
        "consent": "on",
        "date": timezone.localdate().isoformat(),
        "participant_count": 9,
        "duration_minutes": 90,
        "themes": "email",
        "level": "N3",
        "lesson": 1,
    }
    for name, params in PERSONAL_URLS.items():
        url = reverse(
            f"workshops:{name}",
            kwargs=situation["overrides"].get(name)
            or {k: situation["kwargs"][k] for k in params},
        )
        for method in ("get", "post"):
            response = getattr(client, method)(
                url, post_data if method == "post" else None
            )
            if response.status_code == 302:
                assert response["Location"].startswith(reverse("login")), name
            else:
                assert response.status_code in (403, 404, 405), (name, method)
            body = page_text(response)
            assert "Awa" not in body and "Bintou" not in body, (name, method)
    for name in OTHER_URLS:
        response = client.get(reverse(f"workshops:{name}"))
        assert "Awa" not in page_text(response), name
        assert "Premiers pas sur la tablette" not in page_text(response), name
    assert _state() == before


def test_the_structures_own_professional_does_reach_them(client, situation):
    """The control that keeps the test above meaningful."""
    client.force_login(situation["pro"])
    held = situation["overrides"]["session_report"]
    report = client.get(reverse("workshops:session_report", kwargs=held))
    assert "Premiers pas au clavier" in report.content.decode()
    indicators = client.get(reverse("workshops:indicators")).content.decode()
    assert "Premiers pas au clavier" in indicators
    kwargs = {"accompaniment_id": situation["kwargs"]["accompaniment_id"]}
    page = client.get(reverse("workshops:accompaniment_report", kwargs=kwargs))
    assert page.status_code == 200 and "Awa" in page.content.decode()
