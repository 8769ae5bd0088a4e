"""Raw rows for the dashboards' figures: made directly (not through services),
at known moments inside, before and after the period, so that each test can
recount every figure itself from the rows."""

import datetime
import itertools

import pytest
from django.utils import timezone

from courses.models import LessonCompletion
from dashboards.selectors import Period
from diagnostics.models import Diagnostic, DiagnosticRun, LevelRecord, LevelSource
from quizzes.models import Attempt, AttemptState, Quiz
from skills.models import CompetenceArea, Level
from tests import builders
from workshops.models import (
    Accompaniment,
    ActivityReport,
    Attendance,
    Participation,
    WorkshopSession,
)

# The figures are asked for March 2026, on 15 April 2026 at noon.
PERIOD = Period(datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))


def at(day: datetime.date, hour: int = 12, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(hour, minute))
    )


NOW = at(datetime.date(2026, 4, 15))
TODAY = NOW.date()

# Moments around the period's edges: the first minute, the last minute, the
# minute before, the minute after, and plainly inside, before and after.
MOMENTS = [
    at(datetime.date(2026, 3, 1), 0, 0),
    at(datetime.date(2026, 3, 31), 23, 59),
    at(datetime.date(2026, 2, 28), 23, 59),
    at(datetime.date(2026, 4, 1), 0, 0),
    at(datetime.date(2026, 3, 15)),
    at(datetime.date(2026, 1, 10)),
    at(datetime.date(2026, 4, 10)),  # also within the last 30 days
]
DAYS = [
    datetime.date(2026, 3, 1),
    datetime.date(2026, 3, 31),
    datetime.date(2026, 2, 28),
    datetime.date(2026, 4, 1),
    datetime.date(2026, 4, 12),  # in the last 30 days
    datetime.date(2026, 4, 20),  # upcoming
]


@pytest.fixture
def material(workshops, groups):
    """What the rows point at: lessons, a quiz, a diagnostic, the scale."""
    course = builders.course(workshops, modules=1, lessons_per_module=3)
    return {
        "lessons": builders.lessons_of(course),
        "quiz": Quiz.objects.create(title="Exercice de test"),
        "diagnostic": Diagnostic.objects.create(
            title="Diagnostic", audience="beneficiary"
        ),
        "levels": list(Level.objects.order_by("rank")),
        "areas": list(CompetenceArea.objects.order_by("number")[:2]),
    }


def populate(structure, *, by, material, times: int = 1) -> None:
    """`times` rounds of every kind of row for this structure's people."""
    lessons, levels, areas = material["lessons"], material["levels"], material["areas"]
    moments = itertools.cycle(MOMENTS)
    for _round in range(times):
        people = []
        for n, moment in enumerate(MOMENTS[:5]):
            profile, _pin = builders.beneficiary(structure, by=by)
            type(profile).objects.filter(pk=profile.pk).update(created_at=moment)
            people.append(profile)
            user = profile.user
            for lesson in lessons[: n % 3 + 1]:
                LessonCompletion.objects.create(
                    user=user, lesson=lesson, completed_at=next(moments)
                )
            for passed in (True, False, None):
                Attempt.objects.create(
                    user=user,
                    quiz=material["quiz"],
                    started_at=next(moments),
                    finished_at=None
                    if passed is None
                    else (MOMENTS[n] if passed else next(moments)),
                    passed=passed,
                    state=AttemptState.FINISHED
                    if passed is not None
                    else AttemptState.IN_PROGRESS,
                )
            DiagnosticRun.objects.create(
                diagnostic=material["diagnostic"],
                learner=user,
                mode="assisted",
                started_at=MOMENTS[5],
                finished_at=MOMENTS[n] if n != 4 else None,
            )
            # Levels: a first record, then one or two changes, one after the
            # period's end (it must not count as the latest by then).
            for area in areas:
                first = levels[n % 3]
                LevelRecord.objects.create(
                    learner=user,
                    area=area,
                    level=first,
                    source=LevelSource.DIAGNOSTIC,
                    recorded_at=MOMENTS[5],
                )
                LevelRecord.objects.create(
                    learner=user,
                    area=area,
                    level=levels[min(n % 3 + n % 2, 4)],
                    source=LevelSource.PROFESSIONAL,
                    recorded_at=MOMENTS[4],
                )
                LevelRecord.objects.create(
                    learner=user,
                    area=area,
                    level=levels[4],
                    source=LevelSource.COURSE,
                    recorded_at=MOMENTS[6],
                )
        for n, day in enumerate(DAYS):
            session = WorkshopSession.objects.create(
                structure=structure,
                title=f"Atelier {n}",
                date=day,
                start_time=datetime.time(9 + n, 0),
                duration_minutes=30 * (n + 1),
                created_by=by,
                cancelled_at=NOW if n == 2 else None,
            )
            marks = [
                Attendance.PRESENT,
                Attendance.ABSENT,
                Attendance.EXCUSED,
                Attendance.UNKNOWN,
                Attendance.PRESENT,
            ]
            for profile, mark in zip(people, marks[n % 2 :], strict=False):
                Participation.objects.create(
                    session=session, beneficiary=profile, attendance=mark
                )
            if n in (0, 3):
                ActivityReport.objects.create(
                    structure=structure,
                    session=session,
                    author=by,
                    date=day,
                    participant_count=2,
                    duration_minutes=60,
                )
        for day in (datetime.date(2026, 3, 3), datetime.date(2026, 4, 14)):
            Accompaniment.objects.create(
                structure=structure,
                professional=by,
                beneficiary=people[0],
                date=day,
                duration_minutes=30,
                autonomy="guidage",
            )
