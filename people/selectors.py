"""Reads about structures and beneficiaries, limited to what a user may see."""

import datetime
import functools
import zoneinfo

from django.db.models import (
    DateField,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Greatest, TruncDate, Upper
from django.utils import timezone

from lms.kept import kept_many
from people import roles
from people.activity import activity_sources, last_day_key
from people.models import AuditEvent, BeneficiaryProfile, Structure
from people.models.beneficiaries import LOGIN_CODE_LENGTH


def login_code_normalize(value: str) -> str:
    """The code as stored: upper case, without the spaces or dashes people type."""
    return "".join(ch for ch in (value or "").upper() if ch.isalnum())


def structures_for_user(user) -> QuerySet[Structure]:
    """The structures whose beneficiaries this user may manage (none for others)."""
    if roles.user_is_coordinator(user):
        return Structure.objects.all()
    if roles.user_has_role(user, roles.PROFESSIONAL):
        return Structure.objects.filter(memberships__user=user)
    return Structure.objects.none()


def in_structures_for_user(user, field: str = "structure") -> Q:
    """A filter keeping the rows whose `field` is one of structures_for_user:
    empty (every row) when that is every structure, so a coordinator's lists
    carry no subquery over all the structures (on a network it led PostgreSQL
    to nested loops: seconds for a search; issue 13)."""
    scope = structures_for_user(user)
    if not scope.query.has_filters():
        return Q()
    return Q(**{f"{field}__in": scope.values("pk")})


def beneficiaries_for_user(
    user, search: str = "", structure: Structure | None = None
) -> QuerySet[BeneficiaryProfile]:
    """The beneficiaries of the user's structures, optionally searched by first
    name or login code; a constant number of queries, whatever their number."""
    profiles = BeneficiaryProfile.objects.filter(in_structures_for_user(user))
    if structure is not None:
        profiles = profiles.filter(structure=structure)
    search = search.strip()
    if search:
        # `icontains` as PostgreSQL does it (UPPER on both sides), the
        # names' side stored (User.first_name_upper).
        condition = Q(user__first_name_upper__contains=Upper(Value(search)))
        code = login_code_normalize(search)
        if code and len(code) <= LOGIN_CODE_LENGTH:
            condition |= Q(login_code__startswith=code)
        profiles = profiles.filter(condition)
    return profiles.select_related("user", "structure").order_by(
        "user__first_name", "login_code"
    )


# What the list shows of a person (its status: people/includes/status.html;
# the columns of other apps read pk and user_id): building three whole model
# instances a row cost more than reading them (issue 13). Another field read
# on a listed profile costs a query per row (tests count the queries).
LISTED_FIELDS = (
    "user_id",
    "structure_id",
    "login_code",
    "locked_at",
    "erased_at",
    "retention_warned_at",
    "user__first_name",
    "user__is_active",
    "user__last_login",
    "structure__name",
)


def beneficiaries_in_order(*, pks: list[int]) -> list[BeneficiaryProfile]:
    """The profiles with these pks, with their user and structure, in the order
    of `pks` (1 query; none for no pk). A list's page is chosen over the ids
    alone (a narrow sort, cheap however deep the page), then read here whole."""
    if not pks:
        return []
    found = (
        BeneficiaryProfile.objects.select_related("user", "structure")
        .only(*LISTED_FIELDS)
        .in_bulk(pks)
    )
    return [found[pk] for pk in pks if pk in found]


def beneficiary_can_manage(*, user, profile: BeneficiaryProfile) -> bool:
    """Whether the user may manage this beneficiary (see structures_for_user)."""
    return structures_for_user(user).filter(pk=profile.structure_id).exists()


def beneficiary_is_locked(*, login_code: str) -> bool:
    """Whether the account behind this login code is locked after wrong PINs."""
    return BeneficiaryProfile.objects.filter(
        login_code=login_code_normalize(login_code), locked_at__isnull=False
    ).exists()


def learners_followed_by(user) -> QuerySet:
    """The beneficiaries (as users) whose results this user may follow and mark."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(
        beneficiary_profile__structure__in=structures_for_user(user).values("pk")
    )


def beneficiaries_inactive_since(
    cutoff: datetime.datetime | F,
) -> QuerySet[BeneficiaryProfile]:
    """The one definition of « inactive » (retention, people.retention): profiles
    not erased, created before `cutoff`, with no sign-in and no activity
    registered in people.activity on or after `cutoff`. `cutoff` may be an
    expression on the profile (F("retention_warned_at")). One query, whatever
    the number of people or sources."""
    constant = not isinstance(cutoff, F)
    bound = cutoff if constant else OuterRef(cutoff.name)
    inactive = BeneficiaryProfile.objects.filter(
        erased_at__isnull=True, created_at__lt=cutoff
    ).exclude(user__last_login__gte=cutoff)
    for source in activity_sources():
        since = bound
        if constant and source.is_day:
            since = timezone.localdate(cutoff)  # a day (a session's date)
        rows = source.model.objects.filter(
            **{
                source.user_path: OuterRef("user_id"),
                f"{source.date_field}__gte": since,
            }
        )
        inactive = inactive.exclude(Exists(rows))
    return inactive


# A beneficiary with nothing registered in this many days is « inactive » on
# the professional's home and in the beneficiaries list's filter.
INACTIVE_DAYS = 30


def inactive_cutoff(today: datetime.date) -> datetime.datetime:
    """Midnight, INACTIVE_DAYS days before `today`, in the site's time zone."""
    day = today - datetime.timedelta(days=INACTIVE_DAYS)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def beneficiaries_locked() -> QuerySet[BeneficiaryProfile]:
    """Active accounts locked after wrong PINs, not erased (no query by itself)."""
    return BeneficiaryProfile.objects.filter(
        locked_at__isnull=False, user__is_active=True, erased_at__isnull=True
    )


def beneficiaries_inactive(*, today: datetime.date) -> QuerySet[BeneficiaryProfile]:
    """Active accounts with nothing since INACTIVE_DAYS days before `today`
    (beneficiaries_inactive_since; no query by itself)."""
    return beneficiaries_inactive_since(inactive_cutoff(today)).filter(
        user__is_active=True
    )


# No activity: earlier than any day (GREATEST skips nothing on SQLite).
_NO_DAY = datetime.date(1, 1, 1)


@functools.cache
def _last_activity_query(sources: tuple, zone: str) -> QuerySet[BeneficiaryProfile]:
    """Every profile with its last day of activity as one column, the day
    taken in `zone` by the database: built once per set of sources (its
    construction cost more than its execution on a page of 50; issue 13)."""
    tzinfo = zoneinfo.ZoneInfo(zone)

    def day(expression, *, is_day: bool):
        if not is_day:
            expression = TruncDate(expression, tzinfo=tzinfo)
        return Coalesce(expression, Value(_NO_DAY), output_field=DateField())

    days = [day(F("user__last_login"), is_day=False)]
    for source in sources:
        latest = (
            source.model.objects.filter(
                **{
                    source.user_path: OuterRef("user_id"),
                    f"{source.date_field}__isnull": False,
                }
            )
            .order_by(f"-{source.date_field}")
            .values(source.date_field)[:1]
        )
        days.append(day(Subquery(latest), is_day=source.is_day))
    return BeneficiaryProfile.objects.annotate(
        last_day=Greatest(*days, output_field=DateField())
    ).values_list("pk", "last_day")


# Kept days: (what they were computed with, the day or None), by user.
LAST_DAY_TIMEOUT = 3600


def beneficiaries_last_activity_get(
    *, profiles: list[BeneficiaryProfile]
) -> dict[int, datetime.date]:
    """Each profile's last day of activity (a sign-in or any row registered in
    people.activity, the day in the site's time zone), by profile pk; profiles
    with none are left out. From the cache (one round trip, no query) for the
    people it holds (people.activity forgets a person's day whenever a row of
    theirs changes); for the others one query, whatever the number of sources
    or rows: the latest of each source and the day are the database's work,
    one value per person comes back."""
    if not profiles:
        return {}
    sources = tuple(activity_sources())
    zone = timezone.get_current_timezone_name()
    # A day kept before a source was added, or in another time zone, is read
    # again.
    signature = (zone, tuple((s.model._meta.label, s.date_field) for s in sources))
    return kept_many(
        {profile.pk: last_day_key(profile.user_id) for profile in profiles},
        mark=signature,
        read=lambda missing: {
            pk: day
            for pk, day in _last_activity_query(sources, zone).filter(pk__in=missing)
            if day is not None and day != _NO_DAY
        },
        timeout=LAST_DAY_TIMEOUT,
    )


def audit_events_for(
    user, *, action: str = "", since=None, until=None
) -> QuerySet[AuditEvent]:
    """The journal as this user may read it (coordinators: all of it; anyone
    else: nothing), newest first, optionally one action and a date range
    (dates inclusive, in the site's time zone). Two queries per page."""
    if not roles.user_is_coordinator(user):
        return AuditEvent.objects.none()
    events = AuditEvent.objects.select_related("structure")
    if action:
        events = events.filter(action=action)
    if since is not None:
        events = events.filter(created_at__date__gte=since)
    if until is not None:
        events = events.filter(created_at__date__lte=until)
    return events.order_by("-created_at", "-pk")
