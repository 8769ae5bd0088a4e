"""Activity reports and indicators, reads: what pre-fills a report, whether a
session may be reported yet, and the structures' figures over a period
(`indicators_get`, `session_records_get`)."""

import datetime
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    OuterRef,
    Q,
    QuerySet,
    Sum,
)
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.kept import kept_a_while
from people.models import Structure
from people.selectors import in_structures_for_user, structures_for_user
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


def _attendance_summed(by_mark) -> dict[str, int]:
    """The counts of _attendance_counts (and `enrolled`), summed from
    (attendance, count) pairs: one grouped query has a row per mark, cheaper
    to build and to run than five filtered counts (issue 13)."""
    by_mark = dict(by_mark)
    return {
        "enrolled": sum(by_mark.values()),
        "present": by_mark.get(Attendance.PRESENT, 0),
        "absent": by_mark.get(Attendance.ABSENT, 0),
        "excused": by_mark.get(Attendance.EXCUSED, 0),
        "marked": sum(by_mark.get(mark, 0) for mark in ATTENDANCE_MARKS),
    }


def _participations_summed(held: QuerySet[WorkshopSession]) -> dict[str, int]:
    """The counts of _attendance_summed over every participation of `held`
    (one grouped query)."""
    return _attendance_summed(
        Participation.objects.filter(session__in=held)
        .order_by()
        .values_list("attendance")
        .annotate(n=Count("pk"))
    )


# Who sums the attendance of held sessions for the indicators: an upper app
# that keeps per-session counts (dashboards.attendance) registers a reader of
# them; without one, the participations are grouped (issue 13: 25,000 of them
# for a network's year, the largest query of the coordinator's indicators).
_attendance_totals = _participations_summed


def register_attendance_totals(reader) -> None:
    """Make `reader(held sessions) -> {enrolled, present, absent, excused,
    marked}` the indicators' source of attendance; it must give what
    _participations_summed gives."""
    global _attendance_totals
    _attendance_totals = reader


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


def _scope(user, structure: Structure | None, structures=None) -> Q:
    """A filter on `structure` keeping `structures` when given (the caller
    checked the access), else the user's, or the one `structure` among them.
    Empty for a coordinator's whole network (in_structures_for_user's rule):
    no subquery over every structure in each of the indicators' queries."""
    if structures is None and structure is None:
        return in_structures_for_user(user)
    if structures is None:
        structures = structures_for_user(user)
    if structure is not None:
        structures = structures.filter(pk=structure.pk)
    return Q(structure__in=structures.values("pk"))


def _held_sessions(scope: Q, start, end, now) -> QuerySet[WorkshopSession]:
    return WorkshopSession.objects.filter(
        scope, date__range=(start, end), cancelled_at__isnull=True
    ).filter(_started(now))


def _report_of_row(activity: str) -> QuerySet[ActivityReport]:
    """The report of the outer session or accompaniment row (`activity`)."""
    return ActivityReport.objects.filter(**{activity: OuterRef("pk")})


def _report_totals(reports, *, levels, autonomies) -> dict[str, int]:
    """Counts and sums of the reports, for sessions (`level_<n>`: by the n-th
    of `levels`) and accompaniments (`autonomy_<n>`: by the n-th autonomy).
    One grouped query (kind x level x autonomy: a few rows) rather than sixteen
    filtered aggregates, whose building cost ten times the query (issue 13).
    A report is of exactly one activity (workshops_report_of_one_activity)."""
    totals = dict.fromkeys(
        (
            "sessions",
            "participants",
            "session_minutes",
            "accompaniments",
            "accompanied",
            "accompaniment_minutes",
        ),
        0,
    )
    by_level, by_autonomy = Counter(), Counter()
    of_session = ExpressionWrapper(
        Q(session__isnull=False), output_field=BooleanField()
    )
    groups = (
        reports.order_by()
        .annotate(of_session=of_session)
        .values_list("of_session", "level_id", "accompaniment__autonomy")
        .annotate(
            n=Count("pk"),
            people=Sum("participant_count", default=0),
            minutes=Sum("duration_minutes", default=0),
        )
    )
    for of_session, level, autonomy, n, people, minutes in groups:
        if of_session:
            totals["sessions"] += n
            totals["participants"] += people
            totals["session_minutes"] += minutes
            by_level[level or ""] += n
        else:
            totals["accompaniments"] += n
            totals["accompanied"] += people
            totals["accompaniment_minutes"] += minutes
            by_autonomy[autonomy] += n
    for n, (value, _label) in enumerate(levels):
        totals[f"level_{n}"] = by_level[value]
    for n, value in enumerate(autonomies):
        totals[f"autonomy_{n}"] = by_autonomy[value]
    return totals


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
    reports = ActivityReport.objects.filter(scope, date__range=(start, end)).filter(
        Q(session__isnull=True) | Q(session__cancelled_at__isnull=True)
    )
    levels = [
        ("", _("Non précisé")),
        *((level.code, str(level)) for level in Level.objects.all()),
    ]
    autonomies = list(Autonomy.choices)
    autonomy_values = [value for value, _label in autonomies]
    totals = _report_totals(reports, levels=levels, autonomies=autonomy_values)

    # Themes are a JSON list, which SQLite cannot count by value: one query.
    in_sessions, in_accompaniments = Counter(), Counter()
    for session_id, themes in reports.values_list("session_id", "themes"):
        (in_sessions if session_id else in_accompaniments).update(set(themes or []))

    held = _held_sessions(scope, start, end, now)
    attendance = _attendance_totals(held)
    attendance["rate"] = (
        round(100 * attendance["present"] / attendance["marked"])
        if attendance["marked"]
        else None
    )
    # NOT EXISTS rather than LEFT JOIN … IS NULL: PostgreSQL estimated the
    # join at one row and looped over the structures per session (issue 13).
    missing = {
        "sessions": held.filter(~Exists(_report_of_row("session"))).count(),
        "accompaniments": Accompaniment.objects.filter(scope, date__range=(start, end))
        .filter(~Exists(_report_of_row("accompaniment")))
        .count(),
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


def network_indicators_get(
    *, user, start: datetime.date, end: datetime.date
) -> tuple[dict, datetime.datetime] | None:
    """indicators_get over the whole network and when it was computed, kept
    a while (lms.kept.kept_a_while) for every coordinator: searching, sorting
    and paging the records below it read it once. None for a user who does
    not see every structure (a professional's figures are counted each
    time)."""
    if in_structures_for_user(user):  # not every structure
        return None
    now = timezone.now()
    return kept_a_while(
        f"workshops.indicators.network.{timezone.localdate(now)}.{start}.{end}",
        read=lambda: indicators_get(user=user, start=start, end=end, now=now),
        now=now,
    )


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
    in `order`), with only what the register shows (title, date, structure
    name, report's participant count). One query per page; their attendance
    counts come with `session_records_reports`."""
    sessions = WorkshopSession.objects.filter(
        _scope(user, structure), date__range=(start, end)
    ).filter(_started(now))
    if search:
        sessions = sessions.filter(title__icontains=search)
    # No count in the rows' query (issue 13): PostgreSQL evaluated a per-row
    # subquery for every row skipped by OFFSET too, and full instances of the
    # session, structure and report cost more than the page shows.
    return (
        sessions.select_related("structure", "report")
        .only(*RECORD_FIELDS)
        .order_by(*order)
    )


# What a record shows: session_records reads these columns only.
RECORD_FIELDS = (
    "title",
    "date",
    "start_time",
    "cancelled_at",
    "structure__name",
    "report__participant_count",
)


def session_records_reports(rows) -> list[WorkshopSession]:
    """The rows (of session_records) as a list, each with its report as
    `activity_report` (None if missing) and its attendance counts (`enrolled`,
    `present`, `absent`, `excused`, `marked`): one query beyond the rows',
    over these rows' participations only (none for no rows)."""
    rows = list(rows)
    counts = {}
    if rows:
        counts = {
            row["session"]: row
            for row in Participation.objects.filter(
                session__in=[session.pk for session in rows]
            )
            .order_by()
            .values("session")
            .annotate(enrolled=Count("pk"), **_attendance_counts())
        }
    for session in rows:
        # A missing reverse one-to-one raises an AttributeError subclass.
        session.activity_report = getattr(session, "report", None)
        found = counts.get(session.pk, {})
        for name in ("enrolled", "present", "absent", "excused", "marked"):
            setattr(session, name, found.get(name, 0))
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
    and the attendance counts (see session_records_reports). Two queries."""
    return session_records_reports(
        session_records(user=user, start=start, end=end, structure=structure, now=now)
    )


# --- Public rules for the dashboards app (issue 14) -----------------------
# The dashboards group these figures by structure; the rules of what counts
# stay here, with the indicators that already use them.


def _of_structures(structures) -> Q:
    return Q() if structures is None else Q(structure__in=structures)


def sessions_held(
    *, structures, start: datetime.date, end: datetime.date, now=None
) -> QuerySet[WorkshopSession]:
    """Sessions of these structures (pks; None for every structure) from start
    to end inclusive that have started and were not cancelled (no query by
    itself)."""
    return _held_sessions(_of_structures(structures), start, end, now)


def sessions_upcoming(*, structures, now=None) -> QuerySet[WorkshopSession]:
    """Sessions of these structures (pks; None for every structure) not
    cancelled whose start has not come yet (no query by itself)."""
    return WorkshopSession.objects.filter(
        _of_structures(structures), cancelled_at__isnull=True
    ).exclude(_started(now))


def attendance_counts(prefix: str = "") -> dict[str, Count]:
    """Present, absent, excused and marked counts of participations, to
    aggregate or annotate (`prefix` leads to a participation)."""
    return _attendance_counts(prefix=prefix)
