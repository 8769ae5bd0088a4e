"""dashboards.last_active keeps each beneficiary's last activity equal to the
latest of their rows (recounted here with plain Python), through every way a
row comes and goes, and the migration and the recount command fill it."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

from courses.models import LessonCompletion
from dashboards.last_active import last_active_recount
from diagnostics.models import DiagnosticRun
from people.models import BeneficiaryProfile
from quizzes.models import Attempt, Quiz
from tests.dashboards.conftest import DAYS, at, populate
from workshops.models import Attendance, Participation, WorkshopSession
from workshops.services import session_update

pytestmark = pytest.mark.django_db


def _truth(profile) -> datetime.datetime | None:
    """The latest of the person's rows, from plain loops over every row."""
    user = profile.user_id
    moments = [
        c.completed_at for c in LessonCompletion.objects.all() if c.user_id == user
    ]
    moments += [a.started_at for a in Attempt.objects.all() if a.user_id == user]
    moments += [
        r.started_at for r in DiagnosticRun.objects.all() if r.learner_id == user
    ]
    moments += [
        timezone.make_aware(
            datetime.datetime.combine(p.session.date, datetime.time.min)
        )
        for p in Participation.objects.select_related("session")
        if p.beneficiary_id == profile.pk and p.attendance == Attendance.PRESENT
    ]
    return max(moments, default=None)


def _kept() -> dict[int, datetime.datetime | None]:
    return dict(BeneficiaryProfile.objects.values_list("pk", "last_active_at"))


def _all_true():
    kept = _kept()
    assert kept == {p.pk: _truth(p) for p in BeneficiaryProfile.objects.all()}
    assert last_active_recount() == 0  # a rebuild finds nothing to correct
    return kept


def test_rows_added_and_removed_keep_the_last_activity_exact(
    corbeil, grigny, pro_corbeil, pro_grigny, material
):
    populate(corbeil, by=pro_corbeil, material=material)
    populate(grigny, by=pro_grigny, material=material)
    kept = _all_true()
    assert any(kept.values()) and len(set(kept.values())) > 2

    # A lesson finished later moves it forward; an older one does not move it.
    profile = BeneficiaryProfile.objects.filter(structure=corbeil).order_by("pk")[1]
    latest = at(datetime.date(2026, 5, 2))
    done = LessonCompletion.objects.create(
        user=profile.user, lesson=material["lessons"][2], completed_at=latest
    )
    profile.refresh_from_db()
    assert profile.last_active_at == latest
    LessonCompletion.objects.filter(user=profile.user).exclude(pk=done.pk).delete()
    _all_true()

    # Deleting the row that carried it takes the profile back to the one before.
    done.delete()
    profile.refresh_from_db()
    assert profile.last_active_at == _truth(profile) < latest
    _all_true()

    # Exercises and diagnostics started, then removed.
    attempt = Attempt.objects.create(
        user=profile.user,
        quiz=Quiz.objects.create(title="Autre exercice"),
        started_at=latest,
    )
    run = DiagnosticRun.objects.create(
        diagnostic=material["diagnostic"],
        learner=profile.user,
        mode="assisted",
        started_at=latest + datetime.timedelta(hours=1),
    )
    assert _all_true()[profile.pk] == run.started_at
    run.delete()
    assert _all_true()[profile.pk] == latest
    attempt.delete()
    _all_true()

    # A presence marked, taken back (absent), marked again, then removed.
    session = WorkshopSession.objects.create(
        structure=corbeil,
        title="Atelier de mai",
        date=datetime.date(2026, 5, 20),
        start_time=datetime.time(9, 0),
        duration_minutes=60,
        created_by=pro_corbeil,
    )
    seat = Participation.objects.create(session=session, beneficiary=profile)
    _all_true()  # enrolled, not yet marked: not an activity
    seat.attendance = Attendance.PRESENT
    seat.save(update_fields=["attendance"])
    may = _all_true()[profile.pk]
    assert may == at(session.date, 0)
    seat.attendance = Attendance.ABSENT
    seat.save()
    assert _all_true()[profile.pk] < may
    seat.attendance = Attendance.PRESENT
    seat.save()
    seat.delete()
    _all_true()

    # Whole sessions, profiles and accounts removed.
    WorkshopSession.objects.filter(date=DAYS[4]).delete()
    _all_true()
    BeneficiaryProfile.objects.filter(structure=grigny).first().user.delete()
    _all_true()


def test_the_guided_mode_heartbeat_does_not_move_it(corbeil, pro_corbeil, material):
    populate(corbeil, by=pro_corbeil, material=material)
    seat = Participation.objects.filter(attendance=Attendance.PRESENT).first()
    BeneficiaryProfile.objects.update(last_active_at=None)
    seat.last_seen_at = timezone.now()
    seat.save(update_fields=["last_seen_at"])
    assert set(_kept().values()) == {None}


def test_a_profile_given_to_someone_who_already_did_things_starts_from_their_rows(
    corbeil, pro_corbeil, material
):
    populate(corbeil, by=pro_corbeil, material=material)
    profile = BeneficiaryProfile.objects.filter(structure=corbeil).last()
    user, before = profile.user, profile.last_active_at
    assert before is not None
    BeneficiaryProfile.objects.filter(pk=profile.pk).delete()
    moved = BeneficiaryProfile.objects.create(
        user=user,
        structure=corbeil,
        consent_at=timezone.now(),
        consent_text="Accord",
        login_code="ZZ99ZZ",
        pin_hash="!",
    )
    moved.refresh_from_db()
    # Their completions, exercises and diagnostics stayed with the account
    # (presences went with the old profile).
    assert before > moved.last_active_at == _truth(moved) is not None


def test_the_migration_and_the_command_fill_it_from_existing_rows(
    corbeil, grigny, pro_corbeil, pro_grigny, material
):
    populate(corbeil, by=pro_corbeil, material=material)
    populate(grigny, by=pro_grigny, material=material, times=2)
    kept = _kept()
    assert any(kept.values())
    BeneficiaryProfile.objects.update(last_active_at=None)
    migration = importlib.import_module(
        "dashboards.migrations.0002_fill_last_active_at"
    )
    migration.fill_last_active(apps, None)
    assert _kept() == kept
    BeneficiaryProfile.objects.update(last_active_at=at(datetime.date(2020, 1, 1)))
    call_command("dashboard_tallies_recount", stdout=None)
    assert _kept() == kept


def test_a_session_re_dated_moves_its_present_people(corbeil, pro_corbeil, material):
    populate(corbeil, by=pro_corbeil, material=material)
    seat = Participation.objects.filter(attendance=Attendance.PRESENT).first()
    session, profile = seat.session, seat.beneficiary
    later = datetime.date(2026, 12, 24)  # after everything populate() dates
    session_update(
        by=pro_corbeil,
        session=session,
        title=session.title,
        date=later,
        start_time=session.start_time,
        duration_minutes=session.duration_minutes,
        place=session.place,
        level=session.level_id,
        capacity=session.capacity,
    )
    assert _all_true()[profile.pk] == at(later, 0)
    # Back before: the person's last activity goes back to their other rows.
    session.refresh_from_db()
    session.date = DAYS[0]
    session.save(update_fields=["date"])
    assert _all_true()[profile.pk] < at(later, 0)
