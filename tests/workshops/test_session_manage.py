"""Editing, cancelling and trimming a session's list, choosing who leads it,
and creating the account of a person who came without one (services)."""

import datetime

import pytest
from django.contrib.auth.hashers import check_password
from django.core.exceptions import PermissionDenied, ValidationError

from people.models import BeneficiaryProfile, User
from tests import builders
from workshops import services
from workshops.models import Attendance, Participation, WorkshopSession
from workshops.services import (
    attendance_set,
    session_cancel,
    session_create,
    session_enrol,
    session_unenrol,
    session_update,
    session_walk_in_create,
)


def _changes(**fields) -> dict:
    return {
        "title": "Premiers pas sur la tablette",
        "date": datetime.date(2026, 9, 14),
        "start_time": datetime.time(9, 30),
        "duration_minutes": 90,
        "place": "Salle 2",
        "level": "N2",
        "capacity": 4,
        "themes": ["email"],
        "courses": [],
        "leaders": [],
    } | fields


def _snapshot(session: WorkshopSession) -> tuple:
    session = WorkshopSession.objects.get(pk=session.pk)
    return (
        session.title,
        session.date,
        session.capacity,
        session.themes,
        session.cancelled_at,
        sorted(session.leaders.values_list("pk", flat=True)),
        sorted(session.participations.values_list("beneficiary_id", "attendance")),
    )


# Choosing who leads


def test_a_session_may_be_led_by_a_colleague_of_the_structure(
    corbeil, pro_corbeil, next_week
):
    colleague = builders.professional(corbeil, username="collegue")
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="À deux voix",
        date=next_week,
        start_time=datetime.time(10, 0),
        leaders=[pro_corbeil, colleague],
    )
    assert set(session.leaders.all()) == {pro_corbeil, colleague}


def test_a_leader_outside_the_structure_leaves_no_session_behind(
    corbeil, pro_corbeil, pro_grigny, next_week
):
    with pytest.raises(ValidationError) as caught:
        session_create(
            by=pro_corbeil,
            structure=corbeil,
            title="Intrus aux commandes",
            date=next_week,
            start_time=datetime.time(10, 0),
            leaders=[pro_grigny],
        )
    assert (
        "ne fait pas partie de la structure" in caught.value.message_dict["leaders"][0]
    )
    assert not WorkshopSession.objects.exists()
    assert not WorkshopSession.leaders.through.objects.exists()


def test_a_beneficiary_cannot_lead_a_session(corbeil, pro_corbeil, awa, next_week):
    with pytest.raises(ValidationError):
        session_create(
            by=pro_corbeil,
            structure=corbeil,
            title="Animé par une bénéficiaire",
            date=next_week,
            start_time=datetime.time(10, 0),
            leaders=[awa.user],
        )
    assert not WorkshopSession.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_refused_creation_commits_nothing(corbeil, pro_corbeil, pro_grigny):
    # Outside the test's own transaction: the service's atomic block is the
    # outermost one, so this checks a real rollback, not a savepoint's.
    with pytest.raises(ValidationError):
        session_create(
            by=pro_corbeil,
            structure=corbeil,
            title="Intrus aux commandes",
            date=datetime.date(2026, 9, 14),
            start_time=datetime.time(10, 0),
            leaders=[pro_corbeil, pro_grigny],
        )
    assert not WorkshopSession.objects.exists()
    assert not WorkshopSession.leaders.through.objects.exists()


# Editing


def test_a_professional_changes_a_session(session, pro_corbeil, corbeil):
    colleague = builders.professional(corbeil, username="collegue")
    updated = session_update(
        by=pro_corbeil, session=session, **_changes(leaders=[colleague])
    )
    session.refresh_from_db()
    assert (session.date, session.start_time, session.capacity) == (
        datetime.date(2026, 9, 14),
        datetime.time(9, 30),
        4,
    )
    assert (session.level_id, session.themes, session.place) == (
        "N2",
        ["email"],
        "Salle 2",
    )
    assert list(session.leaders.all()) == [colleague]
    assert updated.pk == session.pk
    assert session.structure == corbeil


def test_without_leaders_the_editor_leads(session, pro_corbeil, corbeil):
    colleague = builders.professional(corbeil, username="collegue")
    session_update(by=colleague, session=session, **_changes())
    assert list(session.leaders.all()) == [colleague]


def test_the_capacity_cannot_go_below_the_people_on_the_list(
    session, pro_corbeil, awa, bintou
):
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    session_enrol(by=pro_corbeil, session=session, beneficiary=bintou)
    before = _snapshot(session)
    with pytest.raises(ValidationError) as caught:
        session_update(
            by=pro_corbeil, session=session, **_changes(title="Réduit", capacity=1)
        )
    assert (
        "2 personnes sont déjà sur la liste"
        in (caught.value.message_dict["capacity"][0])
    )
    assert _snapshot(session) == before
    # As many seats as people is fine.
    session_update(by=pro_corbeil, session=session, **_changes(capacity=2))
    assert WorkshopSession.objects.get(pk=session.pk).capacity == 2


def test_an_edit_refuses_a_leader_outside_the_structure(
    session, pro_corbeil, pro_grigny
):
    before = _snapshot(session)
    with pytest.raises(ValidationError, match="ne fait pas partie"):
        session_update(
            by=pro_corbeil,
            session=session,
            **_changes(title="Autre titre", leaders=[pro_grigny]),
        )
    assert _snapshot(session) == before


def test_an_edit_refuses_an_invalid_field(session, pro_corbeil):
    before = _snapshot(session)
    with pytest.raises(ValidationError):
        session_update(by=pro_corbeil, session=session, **_changes(themes=["cuisine"]))
    assert _snapshot(session) == before


def test_another_structures_professional_may_not_edit_or_cancel(session, pro_grigny):
    before = _snapshot(session)
    with pytest.raises(PermissionDenied):
        session_update(by=pro_grigny, session=session, **_changes())
    with pytest.raises(PermissionDenied):
        session_cancel(by=pro_grigny, session=session, reason="Je passe par là.")
    assert _snapshot(session) == before


def test_a_coordinator_may_edit_any_structures_session(session, coordinator):
    session_update(by=coordinator, session=session, **_changes(title="Revu"))
    assert WorkshopSession.objects.get(pk=session.pk).title == "Revu"


# Cancelling


def test_a_cancelled_session_keeps_its_reason_and_its_list(session, pro_corbeil, awa):
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    session_cancel(by=pro_corbeil, session=session, reason="  Salle inondée.  ")
    session.refresh_from_db()
    assert session.cancelled_at is not None
    assert session.cancel_reason == "Salle inondée."
    assert list(session.participations.values_list("beneficiary", flat=True)) == [
        awa.pk
    ]


def test_a_cancellation_needs_a_reason(session, pro_corbeil):
    with pytest.raises(ValidationError) as caught:
        session_cancel(by=pro_corbeil, session=session, reason="   ")
    assert "motif" in caught.value.message_dict["reason"][0]
    session.refresh_from_db()
    assert session.cancelled_at is None


def test_a_session_is_cancelled_once(session, pro_corbeil):
    session_cancel(by=pro_corbeil, session=session, reason="Salle inondée.")
    first = WorkshopSession.objects.get(pk=session.pk).cancelled_at
    with pytest.raises(ValidationError, match="déjà annulé"):
        session_cancel(by=pro_corbeil, session=session, reason="Encore.")
    session.refresh_from_db()
    assert (session.cancelled_at, session.cancel_reason) == (first, "Salle inondée.")


def test_a_cancelled_session_refuses_every_change(session, pro_corbeil, awa, bintou):
    participation = session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    session_cancel(by=pro_corbeil, session=session, reason="Salle inondée.")
    before = _snapshot(session)
    people_before = BeneficiaryProfile.objects.count()
    attempts = [
        lambda: session_update(by=pro_corbeil, session=session, **_changes()),
        lambda: session_enrol(by=pro_corbeil, session=session, beneficiary=bintou),
        lambda: attendance_set(
            by=pro_corbeil, session=session, beneficiary=awa, attendance="present"
        ),
        lambda: attendance_set(
            by=pro_corbeil, session=session, beneficiary=bintou, attendance="present"
        ),
        lambda: session_unenrol(by=pro_corbeil, participation=participation),
        lambda: session_walk_in_create(
            by=pro_corbeil,
            session=session,
            first_name="Chloé",
            consent_text="Accord donné.",
        ),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError, match="annulé"):
            attempt()
    assert _snapshot(session) == before
    assert BeneficiaryProfile.objects.count() == people_before


# Taking someone off the list


def test_taking_someone_off_the_list_frees_their_seat(
    session, pro_corbeil, awa, bintou, corbeil
):
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    leaving = session_enrol(by=pro_corbeil, session=session, beneficiary=bintou)
    chloe = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Chloé")[0]
    session_unenrol(by=pro_corbeil, participation=leaving)
    session_enrol(by=pro_corbeil, session=session, beneficiary=chloe)
    assert set(session.participations.values_list("beneficiary", flat=True)) == {
        awa.pk,
        chloe.pk,
    }


def test_another_structures_professional_may_not_take_someone_off(
    session, pro_corbeil, pro_grigny, awa
):
    participation = session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    with pytest.raises(PermissionDenied):
        session_unenrol(by=pro_grigny, participation=participation)
    assert Participation.objects.filter(pk=participation.pk).exists()


# A person who came without an account


def test_a_walk_in_gets_an_account_and_is_marked_present(
    session, pro_corbeil, awa, bintou
):
    # The session is full: someone already in the room still counts.
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    session_enrol(by=pro_corbeil, session=session, beneficiary=bintou)
    participation, pin = session_walk_in_create(
        by=pro_corbeil,
        session=session,
        first_name=" Chloé ",
        consent_text="La personne accepte.",
    )
    profile = participation.beneficiary
    assert (profile.user.first_name, profile.structure) == ("Chloé", session.structure)
    assert profile.consent_text == "La personne accepte."
    assert profile.created_by == pro_corbeil
    assert participation.session == session
    assert participation.attendance == Attendance.PRESENT
    assert check_password(pin, profile.pin_hash)
    assert session.participations.count() == 3


def test_a_walk_in_without_consent_creates_nothing(session, pro_corbeil):
    users_before = User.objects.count()
    with pytest.raises(ValidationError) as caught:
        session_walk_in_create(
            by=pro_corbeil, session=session, first_name="Chloé", consent_text=" "
        )
    assert "consent" in caught.value.message_dict
    assert User.objects.count() == users_before
    assert not BeneficiaryProfile.objects.filter(user__first_name="Chloé").exists()
    assert not Participation.objects.exists()


def test_another_structures_professional_may_not_add_a_walk_in(session, pro_grigny):
    users_before = User.objects.count()
    with pytest.raises(PermissionDenied):
        session_walk_in_create(
            by=pro_grigny,
            session=session,
            first_name="Intrus",
            consent_text="Accord donné.",
        )
    assert User.objects.count() == users_before
    assert not Participation.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_walk_in_is_one_step_if_marking_them_present_fails_no_account_stays(
    monkeypatch, session, pro_corbeil
):
    # Outside the test's transaction, so the rollback is the service's own.
    def refuse(**kwargs):
        raise ValidationError("La présence n'a pas pu être notée.")

    monkeypatch.setattr(services, "attendance_set", refuse)
    users_before = User.objects.count()
    with pytest.raises(ValidationError):
        session_walk_in_create(
            by=pro_corbeil, session=session, first_name="Chloé", consent_text="Oui."
        )
    assert User.objects.count() == users_before
    assert not BeneficiaryProfile.objects.exists()
    assert not Participation.objects.exists()
