"""Reads about structures and beneficiaries, limited to what a user may see."""

from django.db.models import Q, QuerySet

from people import roles
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


def beneficiaries_for_user(
    user, search: str = "", structure: Structure | None = None
) -> QuerySet[BeneficiaryProfile]:
    """The beneficiaries of the user's structures, optionally searched by first
    name or login code; a constant number of queries, whatever their number."""
    profiles = BeneficiaryProfile.objects.filter(
        structure__in=structures_for_user(user).values("pk")
    )
    if structure is not None:
        profiles = profiles.filter(structure=structure)
    search = search.strip()
    if search:
        condition = Q(user__first_name__icontains=search)
        code = login_code_normalize(search)
        if code and len(code) <= LOGIN_CODE_LENGTH:
            condition |= Q(login_code__startswith=code)
        profiles = profiles.filter(condition)
    return profiles.select_related("user", "structure").order_by(
        "user__first_name", "login_code"
    )


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
