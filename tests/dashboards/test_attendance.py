"""Each session's attendance counts (dashboards.attendance) move with every way
a participation comes, changes and goes, and always equal both a rebuild from
the rows and the independent recount of tests/dashboards/recount.py."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dashboards.attendance import (
    COUNTED,
    attendance_tallies_recount,
    held_attendance_summed,
)
from dashboards.models import SessionAttendanceTally
from dashboards.selectors import figures_get
from tests import builders
from tests.dashboards.conftest import NOW, PERIOD, populate
from tests.dashboards.recount import recount
from workshops.models import Attendance, Participation, WorkshopSession
from workshops.reports import indicators_get, sessions_held
from workshops.reports.selectors import _participations_summed
from workshops.services import (
    attendance_set,
    session_attendance_save,
    session_cancel,
    session_create,
    session_enrol,
    session_unenrol,
    session_update,
    session_walk_in_create,
)

pytestmark = pytest.mark.django_db


def _snapshot(fields=COUNTED):
    return sorted(
        SessionAttendanceTally.objects.exclude(**dict.fromkeys(fields, 0))
        .values_list("session_id", *fields)
        .order_by()
    )


def _matches_the_rows(structures):
    """Incremental counts == a rebuild == the independent recount; the
    indicators' sums of the kept counts == the participations grouped."""
    counted = _snapshot()
    attendance_tallies_recount()
    assert counted == _snapshot()
    for ids in [[s.pk for s in structures], *([s.pk] for s in structures)]:
        held = sessions_held(
            structures=ids, start=PERIOD.start, end=PERIOD.end, now=NOW
        )
        assert held_attendance_summed(held) == _participations_summed(held)
    found = figures_get(structures=structures, period=PERIOD, now=NOW)
    for structure in structures:
        expected = recount(structure, start=PERIOD.start, end=PERIOD.end, now=NOW)
        for name in ("present", "marked"):
            assert getattr(found[structure.pk], name) == expected[name], name
    return counted


def _session(structure, by, day=datetime.date(2026, 3, 10)):
    return session_create(
        by=by,
        structure=structure,
        title="Atelier compté",
        date=day,
        start_time=datetime.time(14, 0),
        capacity=10,
    )


def _moved(session, by, **changes):
    fields = {
        "title": session.title,
        "date": session.date,
        "start_time": session.start_time,
        "duration_minutes": session.duration_minutes,
        "place": session.place,
        "level": session.level_id or "",
        "capacity": session.capacity,
    }
    return session_update(by=by, session=session, **(fields | changes))


def _tally(session):
    found = SessionAttendanceTally.objects.filter(session=session).first()
    return (found.present, found.marked) if found else (0, 0)


def test_every_kind_of_write_keeps_the_counts_true(
    corbeil, grigny, pro_corbeil, pro_grigny, material
):
    populate(corbeil, by=pro_corbeil, material=material)
    populate(grigny, by=pro_grigny, material=material)
    structures = [corbeil, grigny]
    assert _matches_the_rows(structures)  # the raw rows counted too

    session = _session(corbeil, pro_corbeil)
    people = [builders.beneficiary(corbeil, by=pro_corbeil)[0] for _n in range(4)]
    for person in people:
        session_enrol(by=pro_corbeil, session=session, beneficiary=person)
    assert _tally(session) == (0, 0)  # enrolled, nobody marked yet
    _matches_the_rows(structures)

    # Marked present, then absent, through the sheet and one by one.
    session_attendance_save(
        by=pro_corbeil,
        session=session,
        marks={
            people[0]: Attendance.PRESENT,
            people[1]: Attendance.PRESENT,
            people[2]: Attendance.EXCUSED,
        },
    )
    assert _tally(session) == (2, 3)
    attendance_set(
        by=pro_corbeil,
        session=session,
        beneficiary=people[1],
        attendance=Attendance.ABSENT,
    )
    assert _tally(session) == (1, 3)
    _matches_the_rows(structures)

    # Someone who came without an account, marked present on the spot.
    session_walk_in_create(
        by=pro_corbeil,
        session=session,
        first_name="Sans compte",
        consent_text="La personne accepte (texte de test).",
    )
    assert _tally(session) == (2, 4)
    _matches_the_rows(structures)

    # A person taken off the list: their mark goes with them.
    session_unenrol(
        by=pro_corbeil,
        participation=Participation.objects.get(session=session, beneficiary=people[0]),
    )
    assert _tally(session) == (1, 3)
    _matches_the_rows(structures)

    # The session re-dated out of the period, back, then cancelled: its counts
    # stay; whether it is held is decided when reading.
    session = _moved(session, pro_corbeil, date=datetime.date(2026, 4, 2))
    assert _tally(session) == (1, 3)
    _matches_the_rows(structures)
    session = _moved(session, pro_corbeil, date=datetime.date(2026, 3, 12))
    _matches_the_rows(structures)
    session_cancel(by=pro_corbeil, session=session, reason="Salle fermée")
    _matches_the_rows(structures)

    # A participant's profile erased, then a whole session deleted.
    people[2].delete()
    assert _tally(session) == (1, 2)
    _matches_the_rows(structures)
    other = WorkshopSession.objects.filter(structure=grigny).first()
    assert _tally(other) != (0, 0)
    other.delete()
    assert not SessionAttendanceTally.objects.filter(session_id=other.pk).exists()
    assert _matches_the_rows(structures)


def test_a_mark_saved_outside_a_transaction_is_counted(corbeil, pro_corbeil):
    session = _session(corbeil, pro_corbeil)
    person = builders.beneficiary(corbeil, by=pro_corbeil)[0]
    participation = Participation.objects.create(session=session, beneficiary=person)
    participation.attendance = Attendance.PRESENT
    participation.save()
    assert _tally(session) == (1, 1)
    # A heartbeat of the guided mode does not touch the counts.
    participation.current_step = 2
    participation.save(update_fields=["current_step"])
    assert _tally(session) == (1, 1)


def test_the_migration_fills_the_counts_from_existing_rows(
    corbeil, grigny, pro_corbeil, pro_grigny, material
):
    populate(corbeil, by=pro_corbeil, material=material)
    populate(grigny, by=pro_grigny, material=material, times=2)
    counted = _snapshot(("present", "marked"))
    assert counted
    SessionAttendanceTally.objects.all().delete()
    migration = importlib.import_module(
        "dashboards.migrations.0003_session_attendance_tally"
    )
    migration.count_existing(apps, None)
    assert _snapshot(("present", "marked")) == counted
    # The counts added later (enrolled, absent, excused) are filled by 0004.
    attendance_tallies_recount()
    full = _snapshot()
    assert any(row[1] > row[-1] for row in full)  # someone enrolled, unmarked
    SessionAttendanceTally.objects.update(enrolled=0, absent=0, excused=0)
    migration = importlib.import_module(
        "dashboards.migrations.0004_attendance_tally_every_mark"
    )
    migration.count_existing(apps, None)
    assert _snapshot() == full


def test_the_indicators_sum_the_kept_counts_not_the_participations(
    corbeil, grigny, pro_corbeil, pro_grigny, coordinator, material
):
    populate(corbeil, by=pro_corbeil, material=material)
    populate(grigny, by=pro_grigny, material=material, times=2)
    held = sessions_held(structures=None, start=PERIOD.start, end=PERIOD.end, now=NOW)
    expected = _participations_summed(held)
    assert expected["enrolled"] and expected["marked"]

    with CaptureQueriesContext(connection) as queries:
        figures = indicators_get(
            user=coordinator, start=PERIOD.start, end=PERIOD.end, now=NOW
        )

    assert {k: figures["attendance"][k] for k in expected} == expected
    assert not [q for q in queries if "workshops_participation" in q["sql"]]
