"""The figures of the structure and network dashboards, per structure.

Both dashboards (and the network export) call `figures_get`: every figure is
counted in SQL grouped by structure, so a page costs the same queries whatever
the number of structures, beneficiaries, sessions or completions. What counts as
a held session, an upcoming one or a marked attendance belongs to
`workshops.reports`; this module only groups those rules by structure and adds
the learners' figures (diagnostics, lessons, exercises, levels).
"""

import datetime
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery, Sum
from django.utils import timezone

from dashboards.models import StructureDayTally
from diagnostics.models import DiagnosticRun, LevelRecord
from lms.kept import kept_a_while
from lms.paging import rows_sorted
from people.models import BeneficiaryProfile, Structure
from people.selectors import structures_for_user
from skills.models import CompetenceArea, Level
from workshops.models import Accompaniment, WorkshopSession
from workshops.reports import sessions_held, sessions_upcoming

# A beneficiary is active, and a structure is not flagged, when something
# happened in this many days (up to today, whatever the period shown).
ACTIVE_DAYS = 30


@dataclass(frozen=True)
class Period:
    """Days from start to end, both included, in local time."""

    start: datetime.date
    end: datetime.date

    def bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        """The aware datetimes [start 00:00, the day after end 00:00)."""
        return day_start(self.start), day_start(self.end + datetime.timedelta(days=1))


def day_start(day: datetime.date) -> datetime.datetime:
    """Midnight of this day in the site's time zone (an index-friendly bound,
    unlike `__date` lookups, which convert every row)."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def stored_value(instance, field: str, update_fields=None):
    """What the database holds in `field` for a row about to be saved (a
    pre_save receiver's « before »): None for a new row, a raw load, or a save
    whose `update_fields` leave the field out (one query otherwise)."""
    if instance._state.adding:
        return None
    if update_fields is not None and not {field, f"{field}_id"} & set(update_fields):
        return None
    return (
        type(instance)
        .objects.filter(pk=instance.pk)
        .values_list(field, flat=True)
        .first()
    )


@dataclass
class AreaLevels:
    """Per competence area: how many people stood at each level at their first
    record and at their latest (by the end of the period), and who gained."""

    area: CompetenceArea
    first: list[int]  # one count per level, in the order of `levels`
    latest: list[int]
    people: int = 0
    gained: int = 0  # people whose latest level is above their first
    steps: int = 0  # levels gained, all together


@dataclass
class Figures:
    """One structure's figures over a period (or the total of several)."""

    structure: Structure | None
    beneficiaries_total: int = 0  # registered by the end of the period
    beneficiaries_new: int = 0  # registered during the period
    beneficiaries_active: int = 0  # did something in the last ACTIVE_DAYS days
    sessions_held: int = 0
    session_minutes: int = 0
    reports_missing: int = 0  # held sessions of the period without a report
    present: int = 0
    marked: int = 0
    sessions_upcoming: int = 0
    sessions_recent: int = 0  # held in the last ACTIVE_DAYS days
    accompaniments_recent: int = 0  # in the last ACTIVE_DAYS days
    diagnostics_done: int = 0
    lessons_completed: int = 0
    quizzes_passed: int = 0
    levels: list[AreaLevels] = field(default_factory=list)

    @property
    def pk(self) -> int | None:
        return self.structure.pk if self.structure else None

    @property
    def name(self) -> str:
        return self.structure.name if self.structure else ""

    @property
    def session_hours(self) -> Decimal:
        return (Decimal(self.session_minutes) / 60).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )

    @property
    def attendance_rate(self) -> int | None:
        """Present over marked, in percent (None when nobody was marked)."""
        return round(100 * self.present / self.marked) if self.marked else None

    @property
    def level_gains(self) -> int:
        return sum(area.gained for area in self.levels)

    @property
    def inactive(self) -> bool:
        """Nothing in the last ACTIVE_DAYS days: no beneficiary active, no
        session held, no accompaniment."""
        return not (
            self.beneficiaries_active
            or self.sessions_recent
            or self.accompaniments_recent
        )


# The figures that add up across structures (the rest is derived).
SUMMED = (
    "beneficiaries_total",
    "beneficiaries_new",
    "beneficiaries_active",
    "sessions_held",
    "session_minutes",
    "reports_missing",
    "present",
    "marked",
    "sessions_upcoming",
    "sessions_recent",
    "accompaniments_recent",
    "diagnostics_done",
    "lessons_completed",
    "quizzes_passed",
)


def _grouped(queryset: QuerySet, key: str, **counts) -> dict[int, dict]:
    """{structure pk: {name: value}} from one GROUP BY query."""
    return {
        row.pop(key): row for row in queryset.values(key).annotate(**counts).order_by()
    }


def _levels_grouped(ids: list[int] | None, before: datetime.datetime) -> list[dict]:
    """(structure, area, first level, latest level, people) rows: one row per
    learner and area is the learner's first record there, which carries the
    latest level before `before` (the index on learner, area and date serves
    both lookups)."""
    mine = LevelRecord.objects.filter(recorded_at__lt=before)
    same = {"learner_id": OuterRef("learner_id"), "area_id": OuterRef("area_id")}
    earlier = mine.filter(**same).filter(
        Q(recorded_at__lt=OuterRef("recorded_at"))
        | Q(recorded_at=OuterRef("recorded_at"), pk__lt=OuterRef("pk"))
    )
    latest = mine.filter(**same).order_by("-recorded_at", "-pk").values("level_id")
    return list(
        mine.filter(_in("learner__beneficiary_profile__structure_id", ids))
        .filter(~Exists(earlier))
        .annotate(latest_level=Subquery(latest[:1]))
        .values(
            "learner__beneficiary_profile__structure_id",
            "area_id",
            "level_id",
            "latest_level",
        )
        .annotate(people=Count("pk"))
        .order_by()
    )


def scale_get() -> tuple[list[Level], list[CompetenceArea]]:
    """The levels (lowest first) and competence areas (two queries)."""
    return list(Level.objects.order_by("rank")), list(
        CompetenceArea.objects.order_by("number")
    )


def _in(field: str, ids: list[int] | None) -> Q:
    """`field` among these structure pks; for every structure (None), only
    that it is set: no list of a whole network's pks in each query (on the
    beneficiaries' counts, checking 20,000 rows against 100 pks cost more
    than counting them)."""
    if ids is None:
        return Q(**{f"{field}__isnull": False})
    return Q(**{f"{field}__in": ids})


def figures_get(
    *,
    structures: Iterable[Structure],
    period: Period,
    now: datetime.datetime | None = None,
    scale: tuple[list[Level], list[CompetenceArea]] | None = None,
) -> dict[int, Figures]:
    """Each structure's figures over the period, by structure pk. Ten queries
    (eight with `scale` given), whatever the number of structures and rows.
    The caller limits `structures` to what the user may see; an unfiltered
    queryset (a coordinator's whole network) reads every structure's rows
    without naming them."""
    every = isinstance(structures, QuerySet) and not structures.query.has_filters()
    structures = list(structures)
    ids = None if every else [structure.pk for structure in structures]
    now = now or timezone.now()
    today = timezone.localdate(now)
    low, high = period.bounds()
    since = day_start(today - datetime.timedelta(days=ACTIVE_DAYS))
    levels, areas = scale or scale_get()

    profiles = BeneficiaryProfile.objects.filter(_in("structure_id", ids))
    # Counting structure_id (never null here), not pk: every column read is in
    # the index on (structure, last_active_at, created_at), so the rows
    # themselves are not.
    people = _grouped(
        profiles,
        "structure_id",
        beneficiaries_total=Count("structure_id", filter=Q(created_at__lt=high)),
        beneficiaries_new=Count(
            "structure_id", filter=Q(created_at__gte=low, created_at__lt=high)
        ),
        # dashboards.last_active keeps each profile's last activity.
        beneficiaries_active=Count("structure_id", filter=Q(last_active_at__gte=since)),
    )
    held = sessions_held(structures=ids, start=period.start, end=period.end, now=now)
    # Attendance: each held session's counts kept as marks are written
    # (dashboards.attendance), summed in the same scan of the sessions
    # instead of grouping every participation of the period.
    sessions = _grouped(
        held,
        "structure_id",
        sessions_held=Count("pk"),
        session_minutes=Sum("duration_minutes"),
        reports_missing=Count("pk", filter=Q(report__isnull=True)),
        present=Sum("attendance_tally__present"),
        marked=Sum("attendance_tally__marked"),
    )
    upcoming = _grouped(
        sessions_upcoming(structures=ids, now=now),
        "structure_id",
        sessions_upcoming=Count("pk"),
    )
    recent = _grouped(
        sessions_held(structures=ids, start=since.date(), end=today, now=now),
        "structure_id",
        sessions_recent=Count("pk"),
    )
    accompaniments = _grouped(
        Accompaniment.objects.filter(
            _in("structure_id", ids), date__range=(since.date(), today)
        ),
        "structure_id",
        accompaniments_recent=Count("pk"),
    )
    via_learner = "learner__beneficiary_profile__structure_id"
    diagnostics = _grouped(
        DiagnosticRun.objects.filter(
            _in(via_learner, ids),
            finished_at__gte=low,
            finished_at__lt=high,
        ),
        via_learner,
        diagnostics_done=Count("pk"),
    )
    # Lessons and passed exercises: the day counters kept as they happen
    # (dashboards.tallies), a few hundred rows instead of millions.
    learning = _grouped(
        StructureDayTally.objects.filter(
            _in("structure_id", ids), day__range=(period.start, period.end)
        ),
        "structure_id",
        lessons_completed=Sum("lessons_completed"),
        quizzes_passed=Sum("quizzes_passed"),
    )

    result: dict[int, Figures] = {}
    for structure in structures:
        figures = Figures(structure=structure)
        for source in (
            people,
            sessions,
            upcoming,
            recent,
            accompaniments,
            diagnostics,
            learning,
        ):
            for name, value in source.get(structure.pk, {}).items():
                setattr(figures, name, value or 0)
        figures.levels = _empty_levels(levels, areas)
        result[structure.pk] = figures

    rank = {level.pk: n for n, level in enumerate(levels)}
    for row in _levels_grouped(ids, high):
        figures = result.get(row["learner__beneficiary_profile__structure_id"])
        if figures is None:  # a structure made since `structures` was read
            continue
        area = next(a for a in figures.levels if a.area.pk == row["area_id"])
        first, latest = rank[row["level_id"]], rank[row["latest_level"]]
        area.first[first] += row["people"]
        area.latest[latest] += row["people"]
        area.people += row["people"]
        if latest > first:
            area.gained += row["people"]
            area.steps += (latest - first) * row["people"]
    return result


def network_figures_get(
    *,
    structures: QuerySet[Structure],
    period: Period,
    now: datetime.datetime,
    scale: tuple[list[Level], list[CompetenceArea]],
) -> tuple[dict[int, Figures], datetime.datetime]:
    """`figures_get` for the network dashboard, and when they were computed:
    kept a while (lms.kept.kept_a_while) for these structures, this period,
    this day and this scale, so that its sorts and pages (and every
    coordinator of the same network) share one computation. The structures
    are read each time (one query): a renamed one shows its new name, an
    added or removed one computes the figures again."""
    chosen = list(structures)  # kept by the queryset: figures_get reads it again
    levels, areas = scale
    # The pks sorted: the same structures whatever their order (a renamed one
    # moves in the list by name); the scale's in its order.
    signature = "{}|{}".format(
        ",".join(map(str, sorted(s.pk for s in chosen))),
        ",".join(str(each.pk) for each in (*levels, *areas)),
    )
    digest = hashlib.blake2b(signature.encode(), digest_size=16).hexdigest()

    def read():
        found = figures_get(structures=structures, period=period, now=now, scale=scale)
        return {pk: _figures_values(each) for pk, each in found.items()}

    values, computed_at = kept_a_while(
        f"dashboards.network.{timezone.localdate(now)}"
        f".{period.start}.{period.end}.{digest}",
        read=read,
        now=now,
    )
    return {s.pk: _figures_from(s, values[s.pk], areas) for s in chosen}, computed_at


def _figures_values(figures: Figures) -> tuple:
    """A structure's figures as plain values (what the cache keeps)."""
    return (
        tuple(getattr(figures, name) for name in SUMMED),
        tuple(
            (tuple(a.first), tuple(a.latest), a.people, a.gained, a.steps)
            for a in figures.levels
        ),
    )


def _figures_from(structure: Structure, values: tuple, areas) -> Figures:
    summed, levels = values
    figures = Figures(structure=structure, **dict(zip(SUMMED, summed, strict=True)))
    figures.levels = [
        AreaLevels(
            area=area,
            first=list(first),
            latest=list(latest),
            people=people,
            gained=gained,
            steps=steps,
        )
        for area, (first, latest, people, gained, steps) in zip(
            areas, levels, strict=True
        )
    ]
    return figures


def _empty_levels(levels: list[Level], areas: list[CompetenceArea]) -> list[AreaLevels]:
    return [
        AreaLevels(area=area, first=[0] * len(levels), latest=[0] * len(levels))
        for area in areas
    ]


def figures_total(
    figures: Iterable[Figures], scale: tuple[list[Level], list[CompetenceArea]]
) -> Figures:
    """The sum of several structures' figures (rates recomputed from the sums);
    no query."""
    levels, areas = scale
    total = Figures(structure=None, levels=_empty_levels(levels, areas))
    for each in figures:
        for name in SUMMED:
            setattr(total, name, getattr(total, name) + getattr(each, name))
        for mine, theirs in zip(total.levels, each.levels, strict=True):
            mine.first = [a + b for a, b in zip(mine.first, theirs.first, strict=True)]
            mine.latest = [
                a + b for a, b in zip(mine.latest, theirs.latest, strict=True)
            ]
            mine.people += theirs.people
            mine.gained += theirs.gained
            mine.steps += theirs.steps
    return total


def upcoming_sessions_get(
    *, structure: Structure, now: datetime.datetime | None = None, limit: int = 5
) -> list[WorkshopSession]:
    """The structure's next sessions, soonest first (one query)."""
    return list(
        sessions_upcoming(structures=[structure.pk], now=now).order_by(
            "date", "start_time", "pk"
        )[:limit]
    )


def network_structures(user, *, departement: str = "") -> QuerySet[Structure]:
    """The structures the user may see, in one département if given."""
    structures = structures_for_user(user)
    if departement:
        structures = structures.filter(departement=departement)
    return structures.order_by("name", "pk")


def departements_get(user) -> list[str]:
    """The départements of the user's structures, in order (one query)."""
    return sorted(set(structures_for_user(user).values_list("departement", flat=True)))


def figures_sorted(rows: Iterable[Figures], fields: tuple[str, ...]) -> list[Figures]:
    """The rows in the order of a whitelisted sort (`-` for descending; a
    missing rate sorts below every rate); no query."""
    return rows_sorted(rows, fields, missing=-1)
