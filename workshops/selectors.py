"""Reads about workshops, limited to the user's structures."""

import datetime
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.db.models import (
    CharField,
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Coalesce, Concat
from django.urls import reverse

from lms.dates import DateLabels
from people import roles
from people.models import Structure
from people.models.beneficiaries import beneficiary_label
from people.selectors import (
    beneficiaries_for_user,
    in_structures_for_user,
    structures_for_user,
)
from workshops.models import Accompaniment, Participation, WorkshopSession


def sessions_for_user(user) -> QuerySet[WorkshopSession]:
    """Sessions of the user's structures, with their participant count, in
    date and time order. The count is a subquery, not a GROUP BY: a page of
    the list counts only its own rows' participants, and the list's total is a
    plain COUNT (lms/paging.py)."""
    participants = (
        Participation.objects.filter(session=OuterRef("pk"))
        .order_by()
        .values("session")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        WorkshopSession.objects.filter(in_structures_for_user(user))
        .select_related("structure")
        .annotate(participant_count=Coalesce(Subquery(participants), 0))
        .order_by("date", "start_time", "pk")
    )


def upcoming_sessions_for_learner(
    *, user, today: datetime.date, limit: int = 5
) -> list[WorkshopSession]:
    """The sessions a learner is enrolled in, from today on, soonest first;
    cancelled ones left out (1 query)."""
    return list(
        WorkshopSession.objects.filter(
            participations__beneficiary__user=user,
            cancelled_at__isnull=True,
            date__gte=today,
        )
        .select_related("structure")
        .order_by("date", "start_time", "pk")[:limit]
    )


def sessions_filter(
    sessions: QuerySet[WorkshopSession], *, search: str = "", structure=None
) -> QuerySet[WorkshopSession]:
    """Sessions whose title holds `search`, of `structure` if given."""
    if search:
        sessions = sessions.filter(title__icontains=search)
    if structure is not None:
        sessions = sessions.filter(structure=structure)
    return sessions


def _detail_url(session_id) -> Concat:
    """The session page's address as an SQL expression: reversed once with a
    placeholder id, not once a row."""
    placeholder = 987654321
    url = reverse("workshops:session_detail", kwargs={"session_id": placeholder})
    head, tail = url.split(str(placeholder))
    return Concat(
        Value(head),
        Cast(session_id, CharField()),
        Value(tail),
        output_field=CharField(),
    )


class SessionRow(NamedTuple):
    """What a list of sessions shows of one session."""

    pk: int
    title: str
    date: datetime.date
    start_time: datetime.time
    capacity: int
    cancelled_at: datetime.datetime | None
    structure_id: int
    structure_name: str
    url: str
    participant_count: int
    time_label: str  # « 14h00 »
    when_label: str  # « lundi 30 novembre 2026, 14h00 »


class SessionRows:
    """Sessions to page with lms.paging.page_get, as SessionRow: the count is a
    plain COUNT; a page reads its rows as values (no model instance a row),
    then the participants of its own sessions in one more query. A count
    subquery in the rows query ran for every row an OFFSET skips too (20 ms on
    the 20th page of a network's past sessions; issue 13)."""

    def __init__(self, sessions: QuerySet[WorkshopSession]):
        self.sessions = sessions

    def count(self) -> int:
        return self.sessions.count()

    def __getitem__(self, index: slice) -> list[SessionRow]:
        rows = list(
            self.sessions.annotate(
                structure_name=F("structure__name"), url=_detail_url("pk")
            ).values_list(*SessionRow._fields[:-3])[index]
        )
        if not rows:
            return []
        counts = dict(
            Participation.objects.filter(session__in=[row[0] for row in rows])
            .order_by()
            .values("session")
            .annotate(n=Count("pk"))
            .values_list("session", "n")
        )
        # A page's sessions share a few days and start times: each label is
        # formatted once a page, not once a row in the template.
        labels = DateLabels()
        dates = {row[2]: labels.weekday(row[2]) for row in rows}
        times = {row[3]: labels.time(row[3]) for row in rows}
        return [
            SessionRow(
                *row,
                counts.get(row[0], 0),
                times[row[3]],
                f"{dates[row[2]]}, {times[row[3]]}",
            )
            for row in rows
        ]


def session_list_get(
    *,
    user,
    today: datetime.date,
    search: str = "",
    structure: Structure | None = None,
    order: tuple[str, ...] = ("date", "start_time", "pk"),
) -> dict[str, SessionRows]:
    """Upcoming sessions in `order`, past ones in the reverse order (latest
    first by date), as SessionRows to page: three queries per page shown."""
    sessions = sessions_filter(
        sessions_for_user(user), search=search, structure=structure
    )
    backwards = tuple(f[1:] if f.startswith("-") else f"-{f}" for f in order)
    return {
        "upcoming": SessionRows(sessions.filter(date__gte=today).order_by(*order)),
        "past": SessionRows(
            sessions.filter(date__lt=today).order_by(
                *(backwards if order[0] == "date" else order)
            )
        ),
    }


def week_get(
    *, user, monday: datetime.date, search: str = "", structure=None
) -> SessionRows:
    """The sessions of the seven days from monday, in date and time order
    (SessionRows)."""
    sunday = monday + datetime.timedelta(days=6)
    return SessionRows(
        sessions_filter(
            sessions_for_user(user), search=search, structure=structure
        ).filter(date__range=(monday, sunday))
    )


def week_days(monday: datetime.date, sessions) -> list[dict]:
    """The seven days from monday, each with its sessions among `sessions`
    (one page of week_get)."""
    days = [monday + datetime.timedelta(days=i) for i in range(7)]
    return [{"day": d, "sessions": [s for s in sessions if s.date == d]} for d in days]


def session_detail_get(*, user, session_id: int) -> WorkshopSession | None:
    """A session of the user's structures with its level, leaders, courses
    and participants, or None."""
    return (
        sessions_for_user(user)
        .filter(pk=session_id)
        .select_related("level")
        .prefetch_related(
            "leaders",
            "courses",
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related(
                    "beneficiary__user"
                ).order_by("beneficiary__user__first_name"),
            ),
        )
        .first()
    )


def beneficiaries_not_enrolled(*, user, session: WorkshopSession) -> QuerySet:
    """The structure's beneficiaries not yet on the session's list."""
    return beneficiaries_for_user(user, structure=session.structure).exclude(
        Q(workshop_participations__session=session) | Q(user__is_active=False)
    )


def enrol_choices_get(*, user, session: WorkshopSession) -> list[tuple[int, str]]:
    """The people beneficiaries_not_enrolled lists, in its order, as (pk,
    label) pairs, labelled as BeneficiaryProfile shows itself
    (people.models.beneficiaries.beneficiary_label). Plain values, one query:
    a structure's hundreds of people built as profiles and users cost more
    than the rest of the page (issue 13)."""
    rows = beneficiaries_not_enrolled(user=user, session=session).values_list(
        "pk", "user__first_name", "login_code"
    )
    return [(pk, beneficiary_label(first_name, code)) for pk, first_name, code in rows]


def leaders_for_user(user, *, structure: Structure | None = None) -> QuerySet:
    """Who may lead a session: the professionals (and coordinators) who are
    members of the user's structures, or of `structure` if given, and the user."""
    structures = structures_for_user(user)
    if structure is not None:
        structures = structures.filter(pk=structure.pk)
    members = Q(
        memberships__structure__in=structures.values("pk"),
        groups__name__in=[roles.PROFESSIONAL, roles.COORDINATOR],
    )
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(members | Q(pk=user.pk))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def accompaniments_for_user(
    user, *, search: str = "", structure: Structure | None = None
) -> QuerySet[Accompaniment]:
    """Individual help recorded in the user's structures, of the person whose
    first name holds `search`, of `structure` if given (one query)."""
    records = Accompaniment.objects.filter(in_structures_for_user(user)).select_related(
        "structure", "professional", "beneficiary__user"
    )
    if search:
        records = records.filter(beneficiary__user__first_name__icontains=search)
    if structure is not None:
        records = records.filter(structure=structure)
    return records
