"""Reads about workshops, limited to the user's structures."""

import datetime

from django.contrib.auth import get_user_model
from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from people import roles
from people.models import Structure
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


def session_list_get(
    *,
    user,
    today: datetime.date,
    search: str = "",
    structure: Structure | None = None,
    order: tuple[str, ...] = ("date", "start_time", "pk"),
) -> dict:
    """Upcoming sessions in `order`, past ones in the reverse order (latest
    first by date), as querysets to page: two queries per page shown."""
    sessions = sessions_filter(
        sessions_for_user(user), search=search, structure=structure
    )
    backwards = tuple(f[1:] if f.startswith("-") else f"-{f}" for f in order)
    return {
        "upcoming": sessions.filter(date__gte=today).order_by(*order),
        "past": sessions.filter(date__lt=today).order_by(
            *(backwards if order[0] == "date" else order)
        ),
    }


def week_get(
    *, user, monday: datetime.date, search: str = "", structure=None
) -> QuerySet[WorkshopSession]:
    """The sessions of the seven days from monday, in date and time order."""
    sunday = monday + datetime.timedelta(days=6)
    return sessions_filter(
        sessions_for_user(user), search=search, structure=structure
    ).filter(date__range=(monday, sunday))


def week_days(monday: datetime.date, sessions) -> list[dict]:
    """The seven days from monday, each with its sessions among `sessions`
    (one page of week_get)."""
    days = [monday + datetime.timedelta(days=i) for i in range(7)]
    return [{"day": d, "sessions": [s for s in sessions if s.date == d]} for d in days]


def session_detail_get(*, user, session_id: int) -> WorkshopSession | None:
    """A session of the user's structures with its participants, or None."""
    return (
        sessions_for_user(user)
        .filter(pk=session_id)
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
