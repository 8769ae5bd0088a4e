"""Reads of the programme: the network's list, one programme, the applications
of a call, and the snapshot of figures a check-in keeps. Each states its
query count; none depends on the number of rows."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from courses.models import LessonCompletion
from dashboards.columns import COLUMNS
from dashboards.selectors import Period, figures_get, network_structures
from diagnostics.models import DiagnosticRun
from lms.paging import Sort, rows_sorted
from lms.validators import DATE_MIN
from people import roles
from people.models import Membership, Structure
from programme.models import (
    Application,
    Call,
    Milestone,
    Programme,
    Stage,
)
from programme.rules import trained_counts
from workshops.models import Accompaniment
from workshops.reports import sessions_held

# The stage filter's value for structures that have no programme yet.
NO_PROGRAMME = "aucun"


# --- The call for applications ------------------------------------------------


def call_open_get(today: datetime.date | None = None) -> Call | None:
    """The call open today (the latest opened if several), else None (one query)."""
    return Call.objects.open_on(today).order_by("-opens_on", "-pk").first()


def call_next_get(today: datetime.date | None = None) -> Call | None:
    """The next call to open after today, else None (one query)."""
    today = today or timezone.localdate()
    return Call.objects.filter(opens_on__gt=today).order_by("opens_on", "pk").first()


def calls_get() -> QuerySet[Call]:
    """Every call, the latest first, with its application counts (one query)."""
    return Call.objects.annotate(
        applications_total=Count("applications"),
        applications_waiting=Count(
            "applications", filter=Q(applications__status="submitted")
        ),
    ).order_by("-opens_on", "-pk")


def applications_of(call: Call) -> QuerySet[Application]:
    """A call's applications in the order received, referents prefetched (two
    queries per page)."""
    return (
        call.applications.select_related("decided_by", "structure")
        .prefetch_related("referents")
        .order_by("submitted_at", "pk")
    )


# --- A programme --------------------------------------------------------------


@dataclass
class ProgrammeView:
    """What the programme page shows."""

    programme: Programme
    milestones: list[Milestone]
    check_ins: list
    referents: list
    trained: int
    professionals: int
    overdue: int


def programme_for_structure(structure: Structure) -> Programme | None:
    """The structure's programme with its referent, else None (one query)."""
    return (
        Programme.objects.select_related("structure", "network_referent", "template")
        .filter(structure=structure)
        .first()
    )


def programme_view_get(
    *, programme: Programme, today: datetime.date | None = None
) -> ProgrammeView:
    """The milestones (owners), check-ins, referents and trained counts of a
    programme; a constant number of queries (at most eleven: three here, the
    rest training.path's) whatever their number."""
    today = today or timezone.localdate()
    milestones = list(
        programme.milestones.select_related("owner").order_by(
            "due_date", "position", "pk"
        )
    )
    trained, total = trained_counts([programme.structure_id]).get(
        programme.structure_id, (0, 0)
    )
    return ProgrammeView(
        programme=programme,
        milestones=milestones,
        check_ins=list(
            programme.check_ins.select_related("created_by").order_by("-date", "-pk")
        ),
        referents=list(programme.structure_referents.order_by("first_name", "pk")),
        trained=trained,
        professionals=total,
        overdue=sum(1 for m in milestones if m.is_overdue(today)),
    )


def structure_professionals(structure: Structure) -> QuerySet:
    """The structure's members (its professionals), by name (no query by itself)."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(
            pk__in=Membership.objects.filter(structure=structure).values("user_id"),
            is_active=True,
        )
        .order_by("first_name", "last_name", "pk")
    )


def coordinators_get() -> QuerySet:
    """The people who may be a programme's network referent, by name (no query
    by itself)."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=roles.COORDINATOR)
        .order_by("first_name", "last_name", "pk")
    )


def indicators_snapshot_get(
    *, structure: Structure, start: datetime.date, end: datetime.date
) -> dict:
    """The structure's figures from start to end, as a check-in keeps them:
    {"period": {"start", "end"}, "figures": [{"key", "label", "value"}]} with
    the labels and values as the dashboards show them (dashboards.selectors;
    twelve queries)."""
    start = min(start, end)
    figures = figures_get(structures=[structure], period=Period(start, end))[
        structure.pk
    ]
    return {
        "period": {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "label": _("du %(start)s au %(end)s")
            % {
                "start": date_format(start, "j F Y"),
                "end": date_format(end, "j F Y"),
            },
        },
        "figures": [
            {"key": c.key, "label": str(c.label), "value": c.display(figures)}
            for c in COLUMNS
        ],
    }


# --- The network's view -------------------------------------------------------


@dataclass
class NetworkRow:
    """One structure in the network's view."""

    structure: Structure
    programme: Programme | None
    overdue: int = 0
    trained: int = 0
    professionals: int = 0
    last_activity: datetime.date | None = None

    @property
    def name(self) -> str:
        return self.structure.name

    @property
    def pk(self) -> int:
        return self.structure.pk

    @property
    def stage(self) -> str:
        return self.programme.stage if self.programme else ""

    @property
    def stage_rank(self) -> int:
        order = [NO_PROGRAMME, *Stage.values]
        return order.index(self.stage or NO_PROGRAMME)

    @property
    def to_train(self) -> int:
        return self.professionals - self.trained


NETWORK_SORTS = {
    "nom": Sort(_("Nom de la structure"), ("name", "pk")),
    "retards": Sort(_("Jalons en retard d'abord"), ("-overdue", "name", "pk")),
    "etape": Sort(_("Étape"), ("stage_rank", "name", "pk")),
    "a_former": Sort(_("Professionnels à former d'abord"), ("-to_train", "name", "pk")),
    "activite": Sort(
        _("Sans activité depuis longtemps d'abord"), ("last_activity", "name", "pk")
    ),
}


def _sorted(rows: list[NetworkRow], fields: tuple[str, ...]) -> list[NetworkRow]:
    """Rows in a whitelisted order; a missing last activity comes first."""
    return rows_sorted(rows, fields, missing=DATE_MIN)


def last_activity_get(structure_ids) -> dict[int, datetime.date]:
    """The last day something happened in each structure: a workshop held, a
    one-to-one help, a lesson finished or a diagnostic by one of its
    beneficiaries (four queries)."""
    ids = list(structure_ids)
    today = timezone.localdate()
    found: dict[int, datetime.date] = {}

    def keep(pk, day):
        if day is None:
            return
        if isinstance(day, datetime.datetime):
            day = timezone.localdate(day)
        if pk not in found or day > found[pk]:
            found[pk] = day

    for key, queryset, field in (
        (
            "structure_id",
            sessions_held(structures=ids, start=DATE_MIN, end=today),
            "date",
        ),
        (
            "structure_id",
            Accompaniment.objects.filter(structure_id__in=ids, date__lte=today),
            "date",
        ),
        (
            "user__beneficiary_profile__structure_id",
            LessonCompletion.objects.filter(
                user__beneficiary_profile__structure_id__in=ids
            ),
            "completed_at",
        ),
        (
            "learner__beneficiary_profile__structure_id",
            DiagnosticRun.objects.filter(
                learner__beneficiary_profile__structure_id__in=ids,
                finished_at__isnull=False,
            ),
            "finished_at",
        ),
    ):
        for row in queryset.values(key).annotate(last=Max(field)).order_by():
            keep(row[key], row["last"])
    return found


def network_rows_get(
    *,
    user,
    departement: str = "",
    stage: str = "",
    sort: str = "nom",
    today: datetime.date | None = None,
) -> list[NetworkRow]:
    """Every structure the user may see, with its programme's stage, overdue
    milestones, professionals trained / in all and last activity, filtered and
    sorted; a constant number of queries whatever the number of structures
    (at most fourteen: 2 + training.path's 8 + last_activity_get's 4, minus
    what is skipped when nobody is trained; tests/programme/test_network.py)."""
    today = today or timezone.localdate()
    structures = network_structures(user, departement=departement).select_related(
        "programme"
    )
    if stage == NO_PROGRAMME:
        structures = structures.filter(programme__isnull=True)
    elif stage in Stage.values:
        structures = structures.filter(programme__stage=stage)
    structures = list(structures)
    ids = [s.pk for s in structures]
    overdue = dict(
        Milestone.objects.overdue(today)
        .filter(programme__structure_id__in=ids)
        .values("programme__structure_id")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("programme__structure_id", "n")
    )
    trained = trained_counts(ids)
    activity = last_activity_get(ids)
    rows = []
    for structure in structures:
        done, total = trained.get(structure.pk, (0, 0))
        rows.append(
            NetworkRow(
                structure=structure,
                programme=getattr(structure, "programme", None),
                overdue=overdue.get(structure.pk, 0),
                trained=done,
                professionals=total,
                last_activity=activity.get(structure.pk),
            )
        )
    return _sorted(rows, NETWORK_SORTS.get(sort, NETWORK_SORTS["nom"]).fields)
