"""The journal of sign-ins, role changes and what professionals did to a
person's account or data. Append-only (people.models.audit.AuditEvent)."""

from contextvars import ContextVar

from django.utils.translation import gettext as _

from people.models import AuditAction, AuditEvent, BeneficiaryProfile, Membership

# Who is acting in this request, for events raised by signals that do not say
# (a role group changed in the admin). Set by AuditActorMiddleware.
_current_actor: ContextVar = ContextVar("people_audit_actor", default=None)


def person_label(user) -> str:
    """How a person is named in the journal: it outlives their account."""
    name = user.get_full_name()
    return f"{name} ({user.get_username()})" if name else user.get_username()


def _nobody_label(action: str) -> str:
    # A refused sign-in comes from someone not signed in; anything else
    # without a signed-in user comes from a command or a task.
    if action == AuditAction.LOGIN_FAILED:
        return _("anonyme (non connecté)")
    return _("le système (commande ou tâche)")


def _structure_of(user):
    profile = getattr(user, "beneficiary_profile", None)
    if profile is not None:
        return profile.structure
    membership = (
        Membership.objects.filter(user=user).select_related("structure").first()
    )
    return membership.structure if membership else None


def audit_record(
    *,
    by,
    action: str,
    profile: BeneficiaryProfile | None = None,
    target=None,
    target_label: str | None = None,
    structure=None,
    details: dict | None = None,
) -> AuditEvent:
    """Write one journal line: `by` (a user, or None when nobody is signed in)
    did `action` to `profile`'s account, or to `target` (a user). Never pass
    a tried password or PIN in `details`."""
    if profile is not None:
        target = profile.user
        structure = structure or profile.structure
        target_label = target_label or profile.login_code
    elif target is not None:
        structure = structure or _structure_of(target)
        target_label = target_label or person_label(target)
    actor = by if by is not None and by.is_authenticated else None
    return AuditEvent.objects.create(
        actor=actor,
        actor_label=person_label(actor) if actor else _nobody_label(action),
        action=action,
        target=target,
        target_label=(target_label or "")[:150],
        structure=structure,
        details=details or {},
    )


def login_failure_audit(request, *, username: str, method: str) -> AuditEvent:
    """Journal a refused sign-in: the name or code typed and the address,
    never the password or PIN tried."""
    from people.throttle import client_address

    return audit_record(
        by=None,
        action=AuditAction.LOGIN_FAILED,
        target_label=username,
        details={"method": method, "address": client_address(request)},
    )


def audit_actor():
    """The user acting in the current request, or None."""
    return _current_actor.get()


class AuditActorMiddleware:
    """Remembers the signed-in user for the journal's signal receivers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_actor.set(getattr(request, "user", None))
        try:
            return self.get_response(request)
        finally:
            _current_actor.reset(token)
