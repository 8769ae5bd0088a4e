import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from workshops.models import Accompaniment, Attendance, Participation, WorkshopSession
from workshops.services import (
    accompaniment_create,
    attendance_set,
    session_create,
    session_enrol,
)


def test_a_professional_plans_a_session_and_leads_it(session, pro_corbeil):
    assert list(session.leaders.all()) == [pro_corbeil]
    assert session.created_by == pro_corbeil
    assert session.themes == ["prendre_en_main_du_materiel"]


def test_it_refuses_a_session_in_a_structure_the_professional_does_not_manage(
    pro_grigny, corbeil, next_week
):
    with pytest.raises(PermissionDenied):
        session_create(
            by=pro_grigny,
            structure=corbeil,
            title="Intrus",
            date=next_week,
            start_time=datetime.time(10, 0),
        )
    assert not WorkshopSession.objects.exists()


def test_it_refuses_an_unknown_theme(pro_corbeil, corbeil, next_week):
    with pytest.raises(ValidationError):
        session_create(
            by=pro_corbeil,
            structure=corbeil,
            title="Thème inconnu",
            date=next_week,
            start_time=datetime.time(10, 0),
            themes=["cuisine"],
        )
    assert not WorkshopSession.objects.exists()


def test_enrolment_is_idempotent(session, pro_corbeil, awa):
    first = session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    second = session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    assert first.pk == second.pk
    assert Participation.objects.count() == 1


def test_it_refuses_an_enrolment_beyond_capacity(
    session, pro_corbeil, awa, bintou, corbeil
):
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    session_enrol(by=pro_corbeil, session=session, beneficiary=bintou)
    from tests import builders

    third = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Chloé")[0]
    with pytest.raises(ValidationError, match="complet"):
        session_enrol(by=pro_corbeil, session=session, beneficiary=third)
    assert Participation.objects.count() == 2
    # Already enrolled people are still accepted again (idempotent) when full.
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)


def test_it_refuses_a_beneficiary_of_another_structure(session, pro_corbeil, gaston):
    with pytest.raises(ValidationError, match="structure"):
        session_enrol(by=pro_corbeil, session=session, beneficiary=gaston)
    assert not Participation.objects.exists()


def test_another_structures_professional_may_not_enrol(session, pro_grigny, awa):
    with pytest.raises(PermissionDenied):
        session_enrol(by=pro_grigny, session=session, beneficiary=awa)
    with pytest.raises(PermissionDenied):
        attendance_set(
            by=pro_grigny, session=session, beneficiary=awa, attendance="present"
        )
    assert not Participation.objects.exists()


def test_attendance_adds_a_person_who_came_without_enrolling(
    session, pro_corbeil, awa, bintou, corbeil
):
    from tests import builders

    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    session_enrol(by=pro_corbeil, session=session, beneficiary=bintou)
    walk_in = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Chloé")[0]
    attendance_set(
        by=pro_corbeil, session=session, beneficiary=walk_in, attendance="present"
    )
    attendance_set(
        by=pro_corbeil, session=session, beneficiary=awa, attendance="excuse"
    )
    marks = dict(
        Participation.objects.values_list("beneficiary__user__first_name", "attendance")
    )
    assert marks == {
        "Awa": Attendance.EXCUSED,
        "Bintou": Attendance.UNKNOWN,
        "Chloé": Attendance.PRESENT,
    }


def test_attendance_refuses_an_unknown_mark(session, pro_corbeil, awa):
    with pytest.raises(ValidationError):
        attendance_set(
            by=pro_corbeil, session=session, beneficiary=awa, attendance="peut-être"
        )
    assert not Participation.objects.exists()


def test_an_accompaniment_may_be_anonymous(pro_corbeil, corbeil):
    record = accompaniment_create(
        by=pro_corbeil,
        structure=corbeil,
        date=datetime.date(2026, 3, 2),
        autonomy="entierement_accompagne",
        themes=["aide_aux_demarches_administratives"],
        redirected=True,
        redirection_kind="aide_aux_demarches_administratives",
        redirection_detail="France Services",
    )
    assert record.beneficiary is None
    assert record.professional == pro_corbeil


def test_an_accompaniment_refuses_another_structures_person(
    pro_corbeil, pro_grigny, corbeil, gaston
):
    with pytest.raises(ValidationError):
        accompaniment_create(
            by=pro_corbeil,
            structure=corbeil,
            date=datetime.date(2026, 3, 2),
            autonomy="autonome",
            beneficiary=gaston,
        )
    with pytest.raises(PermissionDenied):
        accompaniment_create(
            by=pro_grigny,
            structure=corbeil,
            date=datetime.date(2026, 3, 2),
            autonomy="autonome",
        )
    assert not Accompaniment.objects.exists()
