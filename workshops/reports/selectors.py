"""Activity reports and indicators, reads: what pre-fills a report, whether a
session may be reported yet, and the structures' figures over a period
(`indicators_get`, `session_records_get`)."""

import datetime
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from people.models import Structure
from people.selectors import structures_for_user
from skills.models import Level
from workshops.cra import Autonomy, PlaceType, Thematique
from workshops.models import (
    ATTENDANCE_MARKS,
    Accompaniment,
    ActivityReport,
    Attendance,
    Participation,
    WorkshopSession,
)


def _attendance_counts(counted: str = "pk", prefix: str = "") -> dict[str, Count]:
    """Present, absent, excused and marked counts, to aggregate or annotate;
    `prefix` leads from the counted model to a participation."""

    def among(*marks) -> Q:
        return Q(**{f"{prefix}attendance__in": marks})

    return {
        "present": Count(counted, filter=among(Attendance.PRESENT)),
        "absent": Count(counted, filter=among(Attendance.ABSENT)),
        "excused": Count(counted, filter=among(Attendance.EXCUSED)),
        "marked": Count(counted, filter=among(*ATTENDANCE_MARKS)),
    }


def _local_now(now: datetime.datetime | None) -> datetime.datetime:
    return timezone.localtime(now or timezone.now())


def _started(now: datetime.datetime | None) -> Q:
    """Sessions whose start (local date and time) has come."""
    local = _local_now(now)
    return Q(date__lt=local.date()) | Q(date=local.date(), start_time__lte=local.time())


def session_has_started(
    session: WorkshopSession, *, now: datetime.datetime | None = None
) -> bool:
    """Whether the session's start (local date and time) has come."""
    local = _local_now(now)
    return (session.date, session.start_time) <= (local.date(), local.time())


def session_report_refusal(
    session: WorkshopSession, *, now: datetime.datetime | None = None
) -> str | None:
    """Why this session cannot have a report (cancelled, not started), or None."""
    if session.cancelled_at is not None:
        return _("Cet atelier a été annulé : il n'a pas de compte rendu.")
    if not session_has_started(session, now=now):
        return _(
            "Cet atelier n'a pas encore commencé : le compte rendu se rédige "
            "une fois la séance tenue."
        )
    return None


def session_attendance_get(*, session: WorkshopSession) -> dict[str, int]:
    """Enrolled, present, absent, excused and marked counts of a session (one
    query)."""
    return Participation.objects.filter(session=session).aggregate(
        enrolled=Count("pk"), **_attendance_counts()
    )


def report_get(
    *,
    session: WorkshopSession | None = None,
    accompaniment: Accompaniment | None = None,
) -> ActivityReport | None:
    """The report of this session or accompaniment, if written."""
    if session is not None:
        return ActivityReport.objects.filter(session=session).first()
    return ActivityReport.objects.filter(accompaniment=accompaniment).first()


def _report_values(report: ActivityReport) -> dict:
    values = {
        "date": report.date,
        "participant_count": report.participant_count,
        "duration_minutes": report.duration_minutes,
        "themes": list(report.themes),
        "level": report.level_id or "",
        "comment": report.comment,
    }
    if report.session_id is not None:
        values |= {
            "place_type": report.place_type,
            "place_detail": report.place_detail,
            "place_town": report.place_town,
            "place_postcode": report.place_postcode,
            "procedure_detail": report.procedure_detail,
            "materials": list(report.materials),
            "anon_total": report.anon_total,
            **report.anonymous_counts(),
        }
    return values


def report_initial_get(
    *,
    session: WorkshopSession | None = None,
    accompaniment: Accompaniment | None = None,
    attendance: dict[str, int] | None = None,
) -> dict:
    """The values that pre-fill a report: the saved report if there is one,
    else what the session (people marked present, or enrolled if attendance
    was not taken) or the accompaniment (one person) already says.

    Raises ValueError unless exactly one of session and accompaniment is given."""
    if (session is None) == (accompaniment is None):
        raise ValueError("Give a session or an accompaniment.")
    report = report_get(session=session, accompaniment=accompaniment)
    if report is not None:
        return _report_values(report)
    if accompaniment is not None:
        return {
            "date": accompaniment.date,
            "participant_count": 1,
            "duration_minutes": accompaniment.duration_minutes,
            "themes": list(accompaniment.themes),
            "level": "",
            "comment": "",
        }
    counts = attendance or session_attendance_get(session=session)
    return {
        "date": session.date,
        "participant_count": (
            counts["present"] if counts["marked"] else counts["enrolled"]
        ),
        "duration_minutes": session.duration_minutes,
        "themes": list(session.themes),
        "level": session.level_id,
        "comment": "",
        # Most sessions take place at the structure: its planned place (a
        # room, most often) is the précision; the professional corrects it.
        "place_type": PlaceType.STRUCTURE,
        "place_detail": session.place,
    }


def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _scope(user, structure: Structure | None, structures=None) -> QuerySet:
    """The structures' ids: `structures` when given (the caller checked the
    access), else the user's."""
    if structures is None:
        structures = structures_for_user(user)
    if structure is not None:
        structures = structures.filter(pk=structure.pk)
    return structures.values("pk")


def _held_sessions(scope, start, end, now) -> QuerySet[WorkshopSession]:
    return WorkshopSession.objects.filter(
        structure__in=scope, date__range=(start, end), cancelled_at__isnull=True
    ).filter(_started(now))


def indicators_get(
    *,
    user=None,
    start: datetime.date,
    end: datetime.date,
    structure: Structure | None = None,
    structures: QuerySet[Structure] | None = None,
    now: datetime.datetime | None = None,
) -> dict:
    """The figures of the user's structures (or one of them; or of
    `structures`, for a caller that already checked the access) from start to
    end inclusive: reports of sessions and accompaniments, attendance, missing
    reports. Five queries, whatever the data size."""
    scope = _scope(user, structure, structures)
    reports = ActivityReport.objects.filter(
        structure__in=scope, date__range=(start, end)
    ).filter(Q(session__isnull=True) | Q(session__cancelled_at__isnull=True))
    of_session = Q(session__isnull=False)
    of_accompaniment = Q(accompaniment__isnull=False)
    levels = [
        ("", _("Non précisé")),
        *((level.code, str(level)) for level in Level.objects.all()),
    ]
    autonomies = list(Autonomy.choices)
    autonomy_values = [value for value, _label in autonomies]
    sums = {
        "sessions": Count("pk", filter=of_session),
        "participants": Sum("participant_count", filter=of_session, default=0),
        "session_minutes": Sum("duration_minutes", filter=of_session, default=0),
        "accompaniments": Count("pk", filter=of_accompaniment),
        "accompanied": Sum("participant_count", filter=of_accompaniment, default=0),
        "accompaniment_minutes": Sum(
            "duration_minutes", filter=of_accompaniment, default=0
        ),
    }
    for n, (value, _label) in enumerate(levels):
        sums[f"level_{n}"] = Count("pk", filter=of_session & Q(level_id=value or None))
    for n, (value, _label) in enumerate(autonomies):
        sums[f"autonomy_{n}"] = Count(
            "pk", filter=of_accompaniment & Q(accompaniment__autonomy=value)
        )
    totals = reports.aggregate(**sums)

    # Themes are a JSON list, which SQLite cannot count by value: one query.
    in_sessions, in_accompaniments = Counter(), Counter()
    for session_id, themes in reports.values_list("session_id", "themes"):
        (in_sessions if session_id else in_accompaniments).update(set(themes or []))

    held = _held_sessions(scope, start, end, now)
    attendance = Participation.objects.filter(session__in=held).aggregate(
        enrolled=Count("pk"), **_attendance_counts()
    )
    attendance["rate"] = (
        round(100 * attendance["present"] / attendance["marked"])
        if attendance["marked"]
        else None
    )
    missing = {
        "sessions": held.filter(report__isnull=True).count(),
        "accompaniments": Accompaniment.objects.filter(
            structure__in=scope, date__range=(start, end), report__isnull=True
        ).count(),
    }
    return {
        "start": start,
        "end": end,
        "sessions_held": totals["sessions"],
        "participants": totals["participants"],
        "session_minutes": totals["session_minutes"],
        "session_hours": _hours(totals["session_minutes"]),
        "accompaniments": totals["accompaniments"],
        "accompanied": totals["accompanied"],
        "accompaniment_minutes": totals["accompaniment_minutes"],
        "accompaniment_hours": _hours(totals["accompaniment_minutes"]),
        "autonomous": totals[f"autonomy_{autonomy_values.index(Autonomy.AUTONOMOUS)}"],
        "autonomy": [
            {"value": value, "label": label, "count": totals[f"autonomy_{n}"]}
            for n, (value, label) in enumerate(autonomies)
        ],
        "levels": [
            {"value": value, "label": label, "count": totals[f"level_{n}"]}
            for n, (value, label) in enumerate(levels)
        ],
        "themes": [
            {
                "value": value,
                "label": label,
                "sessions": in_sessions[value],
                "accompaniments": in_accompaniments[value],
                "total": in_sessions[value] + in_accompaniments[value],
            }
            for value, label in Thematique.choices
        ],
        "attendance": attendance,
        "missing_reports": missing,
    }


def session_records(
    *,
    user,
    start: datetime.date,
    end: datetime.date,
    structure: Structure | None = None,
    now: datetime.datetime | None = None,
    search: str = "",
    order: tuple[str, ...] = ("-date", "-start_time", "-pk"),
) -> QuerySet[WorkshopSession]:
    """The structure's records, to page: sessions of the period that have
    started (cancelled ones too), whose title holds `search`, newest first (or
    in `order`), with attendance counts. One query per page."""
    sessions = WorkshopSession.objects.filter(
        structure__in=_scope(user, structure), date__range=(start, end)
    ).filter(_started(now))
    if search:
        sessions = sessions.filter(title__icontains=search)
    # Counts as correlated subqueries, not a GROUP BY over the participations:
    # PostgreSQL then counts only the rows of the page (after ORDER BY … LIMIT)
    # and the paginator's count reads the sessions alone (issue 13).
    return (
        sessions.select_related("structure", "report")
        .annotate(
            enrolled=_participations_of_row(),
            present=_participations_of_row(Attendance.PRESENT),
            absent=_participations_of_row(Attendance.ABSENT),
            excused=_participations_of_row(Attendance.EXCUSED),
            marked=_participations_of_row(*ATTENDANCE_MARKS),
        )
        .order_by(*order)
    )


def _participations_of_row(*marks: str) -> Coalesce:
    """How many participations the outer session row has (with one of `marks`
    when given): a subquery evaluated row by row."""
    rows = Participation.objects.filter(session=OuterRef("pk"))
    if marks:
        rows = rows.filter(attendance__in=marks)
    counted = rows.order_by().values("session").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def session_records_reports(rows) -> list[WorkshopSession]:
    """The rows (of session_records) as a list, each with its report as
    `activity_report` (None if missing); no query beyond the rows'."""
    rows = list(rows)
    for session in rows:
        # A missing reverse one-to-one raises an AttributeError subclass.
        session.activity_report = getattr(session, "report", None)
    return rows


def session_records_get(
    *,
    user,
    start: datetime.date,
    end: datetime.date,
    structure: Structure | None = None,
    now: datetime.datetime | None = None,
) -> list[WorkshopSession]:
    """All the records of the period, newest first, with `activity_report`
    (see session_records). One query."""
    return session_records_reports(
        session_records(user=user, start=start, end=end, structure=structure, now=now)
    )


# --- Public rules for the dashboards app (issue 14) -----------------------
# The dashboards group these figures by structure; the rules of what counts
# stay here, with the indicators that already use them.


def sessions_held(
    *, structures, start: datetime.date, end: datetime.date, now=None
) -> QuerySet[WorkshopSession]:
    """Sessions of these structures (a queryset of pks) from start to end
    inclusive that have started and were not cancelled (no query by itself)."""
    return _held_sessions(structures, start, end, now)


def sessions_upcoming(*, structures, now=None) -> QuerySet[WorkshopSession]:
    """Sessions of these structures not cancelled whose start has not come yet
    (no query by itself)."""
    return WorkshopSession.objects.filter(
        structure__in=structures, cancelled_at__isnull=True
    ).exclude(_started(now))


def attendance_counts(prefix: str = "") -> dict[str, Count]:
    """Present, absent, excused and marked counts of participations, to
    aggregate or annotate (`prefix` leads to a participation)."""
    return _attendance_counts(prefix=prefix)
