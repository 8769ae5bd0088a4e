"""Every dashboard figure recounted from the raw rows with plain Python loops:
nothing here calls the code under test or its SQL."""

import datetime

from django.utils import timezone

from courses.models import LessonCompletion
from diagnostics.models import DiagnosticRun, LevelRecord
from people.models import BeneficiaryProfile
from quizzes.models import Attempt
from workshops.models import (
    Accompaniment,
    ActivityReport,
    Attendance,
    Participation,
    WorkshopSession,
)


def _midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def recount(structure, *, start, end, now) -> dict:
    low, high = _midnight(start), _midnight(end + datetime.timedelta(days=1))
    local = timezone.localtime(now)
    today = local.date()
    since = _midnight(today - datetime.timedelta(days=30))
    profiles = [
        p for p in BeneficiaryProfile.objects.all() if p.structure_id == structure.pk
    ]
    users = {p.user_id for p in profiles}
    sessions = [
        s for s in WorkshopSession.objects.all() if s.structure_id == structure.pk
    ]
    reported = {r.session_id for r in ActivityReport.objects.all() if r.session_id}

    def started(s):
        return (s.date, s.start_time) <= (today, local.time())

    held = [
        s
        for s in sessions
        if s.cancelled_at is None and started(s) and start <= s.date <= end
    ]
    held_ids = {s.pk for s in held}
    marked = [
        p
        for p in Participation.objects.all()
        if p.session_id in held_ids
        and p.attendance in (Attendance.PRESENT, Attendance.ABSENT, Attendance.EXCUSED)
    ]
    completions = list(LessonCompletion.objects.all())
    attempts = list(Attempt.objects.all())
    runs = list(DiagnosticRun.objects.all())
    present_recently = {
        p.beneficiary_id
        for p in Participation.objects.select_related("session")
        if p.attendance == Attendance.PRESENT
        and since.date() <= p.session.date <= today
    }

    def active(profile):
        user = profile.user_id
        return (
            any(c.user_id == user and c.completed_at >= since for c in completions)
            or any(a.user_id == user and a.started_at >= since for a in attempts)
            or any(r.learner_id == user and r.started_at >= since for r in runs)
            or profile.pk in present_recently
        )

    def within(moment):
        return moment is not None and low <= moment < high

    levels = {}
    records = sorted(
        (r for r in LevelRecord.objects.all() if r.learner_id in users),
        key=lambda r: (r.recorded_at, r.pk),
    )
    for record in records:
        if record.recorded_at >= high:
            continue
        key = (record.learner_id, record.area_id)
        first, _latest = levels.get(key, (record.level.rank, None))
        levels[key] = (first, record.level.rank)
    gains = {}
    for (_learner, area), (first, latest) in levels.items():
        gains.setdefault(area, 0)
        gains[area] += latest > first

    return {
        "beneficiaries_total": sum(p.created_at < high for p in profiles),
        "beneficiaries_new": sum(within(p.created_at) for p in profiles),
        "beneficiaries_active": sum(active(p) for p in profiles),
        "sessions_held": len(held),
        "session_minutes": sum(s.duration_minutes for s in held),
        "reports_missing": sum(s.pk not in reported for s in held),
        "present": sum(p.attendance == Attendance.PRESENT for p in marked),
        "marked": len(marked),
        "sessions_upcoming": sum(
            s.cancelled_at is None and not started(s) for s in sessions
        ),
        "sessions_recent": sum(
            s.cancelled_at is None and started(s) and since.date() <= s.date <= today
            for s in sessions
        ),
        "accompaniments_recent": sum(
            a.structure_id == structure.pk and since.date() <= a.date <= today
            for a in Accompaniment.objects.all()
        ),
        "diagnostics_done": sum(
            r.learner_id in users and within(r.finished_at) for r in runs
        ),
        "lessons_completed": sum(
            c.user_id in users and within(c.completed_at) for c in completions
        ),
        "quizzes_passed": sum(
            a.user_id in users and a.passed is True and within(a.finished_at)
            for a in attempts
        ),
        "levels": levels,  # {(learner, area): (first rank, latest rank)}
        "gains": gains,  # {area: people who gained}
    }
