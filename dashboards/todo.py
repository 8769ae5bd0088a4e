"""What a professional has to do, over their structures: the one owner of the
« À faire » list, read by their home page (dashboards.views.todo) and by their
weekly digest (lms.digests).

Each list is counted in SQL and only its first rows are read, so the whole
to-do costs the same queries whatever the number of proposals, sessions or
beneficiaries. What counts as a held session belongs to `workshops.reports`,
what counts as inactive to `people.selectors`; this module only gathers them.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from diagnostics.models import LevelProposal, ProposalStatus
from people.selectors import (
    beneficiaries_inactive,
    beneficiaries_locked,
    structures_for_user,
)
from training.path import PathProgress, path_progress_get
from workshops.models import Attendance, Participation, WorkshopSession
from workshops.reports import sessions_held, sessions_upcoming

# Each list shows this many rows; « Voir tout » leads to the whole, paged.
TODO_SHOWN = 5


@dataclass
class TodoList:
    """One kind of to-do: how many there are, the first few, where to see all."""

    count: int
    items: list
    more_url: str

    @property
    def more(self) -> bool:
        return self.count > len(self.items)


@dataclass
class ProfessionalTodo:
    proposals: TodoList  # LevelProposal, learner and profile selected
    sessions_unreported: TodoList  # WorkshopSession, with `unmarked` and report
    locked: TodoList  # BeneficiaryProfile
    inactive: TodoList  # BeneficiaryProfile
    this_week: TodoList  # WorkshopSession, upcoming until Sunday
    has_structures: bool = True
    training: PathProgress | None = None  # the user's own P1–P4 progress

    @property
    def actions(self) -> int:
        """Things waiting for the professional (the week's sessions are only
        news, not a to-do)."""
        return (
            self.proposals.count
            + self.sessions_unreported.count
            + self.locked.count
            + self.inactive.count
        )


def _capped(queryset: QuerySet, more_url: str) -> TodoList:
    """Two queries: the count and the first TODO_SHOWN rows."""
    return TodoList(
        count=queryset.count(), items=list(queryset[:TODO_SHOWN]), more_url=more_url
    )


def pending_proposals_for(structure_ids) -> QuerySet[LevelProposal]:
    """Level proposals waiting for a decision, of these structures'
    beneficiaries, oldest first (no query by itself)."""
    return (
        LevelProposal.objects.filter(
            status=ProposalStatus.PENDING,
            learner__beneficiary_profile__structure_id__in=structure_ids,
            learner__beneficiary_profile__erased_at__isnull=True,
        )
        .select_related("learner__beneficiary_profile", "area", "level", "course")
        .order_by("created_at", "pk")
    )


def sessions_unreported_for(
    structure_ids, *, now: datetime.datetime
) -> QuerySet[WorkshopSession]:
    """Sessions of these structures that were held (started, not cancelled)
    and still lack their report or someone's attendance, latest first; each
    carries `unmarked` (no query by itself)."""
    unmarked = Participation.objects.filter(
        session=OuterRef("pk"), attendance=Attendance.UNKNOWN
    )
    return (
        sessions_held(
            structures=structure_ids,
            start=datetime.date(2000, 1, 1),
            end=timezone.localdate(now),
            now=now,
        )
        .annotate(unmarked=Exists(unmarked))
        .filter(Q(report__isnull=True) | Q(unmarked=True))
        .select_related("structure", "report")
        .order_by("-date", "-start_time", "-pk")
    )


def _week_param(day: datetime.date) -> str:
    year, week, _day = day.isocalendar()
    return f"{year}-W{week:02d}"


def professional_todo_get(
    *, user, now: datetime.datetime | None = None
) -> ProfessionalTodo:
    """What needs doing in the user's structures, and the user's own training
    progress: 18 queries whatever the number of proposals, sessions or
    beneficiaries (11, and 7 for the training path). Raises nothing; someone
    in no structure gets empty lists."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    ids = list(structures_for_user(user).values_list("pk", flat=True))
    people = reverse("people:beneficiary_list")
    sessions = reverse("workshops:session_list")
    sunday = today + datetime.timedelta(days=6 - today.weekday())
    inactive = (
        beneficiaries_inactive(today=today)
        .filter(structure_id__in=ids)
        .select_related("user", "structure")
        .order_by("user__first_name", "pk")
    )
    return ProfessionalTodo(
        has_structures=bool(ids),
        training=path_progress_get(users=[user]).get(user.pk),
        proposals=_capped(
            pending_proposals_for(ids), reverse("dashboards:todo_proposals")
        ),
        sessions_unreported=_capped(
            sessions_unreported_for(ids, now=now), reverse("dashboards:todo_sessions")
        ),
        locked=_capped(
            beneficiaries_locked()
            .filter(structure_id__in=ids)
            .select_related("user", "structure")
            .order_by("-locked_at", "pk"),
            people + "?" + urlencode({"etat": "bloques"}),
        ),
        inactive=_capped(inactive, people + "?" + urlencode({"etat": "inactifs"})),
        this_week=_capped(
            sessions_upcoming(structures=ids, now=now)
            .filter(date__lte=sunday)
            .select_related("structure")
            .order_by("date", "start_time", "pk"),
            sessions + "?" + urlencode({"semaine": _week_param(today)}),
        ),
    )
