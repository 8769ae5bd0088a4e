"""Marks written at the same moment on one session (real PostgreSQL): the
session's counts wait for each other and end equal to a recount of the rows,
with no deadlock between the attendance sheet and the guided mode."""

import datetime

import pytest
from django.db import connection

from dashboards.attendance import attendance_tallies_recount
from dashboards.models import SessionAttendanceTally
from tests import builders
from tests.threads import at_once
from workshops.guided.services import guided_join
from workshops.models import Attendance, WorkshopSession
from workshops.services import (
    attendance_set,
    session_attendance_save,
    session_create,
    session_enrol,
)

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks need PostgreSQL; SQLite serialises writes anyway",
)


def _counts(session):
    return tuple(
        SessionAttendanceTally.objects.filter(session=session).values_list(
            "present", "marked"
        )
    )


@pytest.mark.django_db(transaction=True)
def test_marks_written_at_once_end_counted_exactly(corbeil, pro_corbeil):
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Pointage simultané",
        date=datetime.date(2026, 3, 10),
        start_time=datetime.time(14, 0),
        capacity=10,
    )
    people = [builders.beneficiary(corbeil, by=pro_corbeil)[0] for _n in range(5)]
    for person in people:
        session_enrol(by=pro_corbeil, session=session, beneficiary=person)

    # Five people marked at once (first use of the counter row), then the
    # same person marked present and absent at once.
    outcomes = at_once(
        [
            lambda person=person: attendance_set(
                by=pro_corbeil,
                session=session,
                beneficiary=person,
                attendance=Attendance.PRESENT,
            )
            for person in people
        ]
    )
    assert outcomes == ["saved"] * 5
    assert _counts(session) == ((5, 5),)
    outcomes = at_once(
        [
            lambda mark=mark: attendance_set(
                by=pro_corbeil, session=session, beneficiary=people[0], attendance=mark
            )
            for mark in (Attendance.ABSENT, Attendance.EXCUSED, Attendance.ABSENT)
        ]
    )
    assert outcomes == ["saved"] * 3
    counted = _counts(session)
    attendance_tallies_recount()
    assert counted == _counts(session) == ((4, 5),)


@pytest.mark.django_db(transaction=True)
def test_the_sheet_and_a_guided_join_at_once_do_not_deadlock(
    corbeil, pro_corbeil, monkeypatch
):
    now = datetime.datetime.now(datetime.UTC)
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Mode guidé",
        date=now.astimezone().date(),
        start_time=datetime.time(0, 0),
        capacity=20,
    )
    people = [builders.beneficiary(corbeil, by=pro_corbeil)[0] for _n in range(6)]
    for person in people:
        session_enrol(by=pro_corbeil, session=session, beneficiary=person)
    # Two more walk into the room without being on the list.
    people += [builders.beneficiary(corbeil, by=pro_corbeil)[0] for _n in range(2)]
    monkeypatch.setattr("workshops.guided.services.is_live", lambda *a, **k: True)
    monkeypatch.setattr("workshops.guided.services.check_follows", lambda *a: None)

    for _round in range(3):
        outcomes = at_once(
            [
                lambda: session_attendance_save(
                    by=pro_corbeil,
                    session=WorkshopSession.objects.get(pk=session.pk),
                    marks=dict.fromkeys(people[:6], Attendance.ABSENT),
                ),
                *(
                    lambda person=person: guided_join(
                        session=WorkshopSession.objects.get(pk=session.pk),
                        user=person.user,
                    )
                    for person in people[3:]
                ),
            ]
        )
        assert outcomes == ["saved"] * 6, outcomes
        counted = _counts(session)
        attendance_tallies_recount()
        assert counted == _counts(session)
        assert counted[0][1] == 8
