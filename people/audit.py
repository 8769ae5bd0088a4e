"""The journal of what professionals did to a person's account or data."""

from people.models import AuditEvent, BeneficiaryProfile

# The actor of what the platform does on its own (retention, people.retention).
SYSTEM_ACTOR_LABEL = "Relais numérique (tâche automatique)"


def person_label(user) -> str:
    """How a person is named in the journal: it outlives their account."""
    name = user.get_full_name()
    return f"{name} ({user.get_username()})" if name else user.get_username()


def audit_record(
    *,
    by,
    action: str,
    profile: BeneficiaryProfile,
    target_label: str | None = None,
    details: dict | None = None,
) -> AuditEvent:
    """Write one journal line: `by` (None: the platform itself) did `action` to
    `profile`'s account."""
    return AuditEvent.objects.create(
        actor=by,
        actor_label=person_label(by) if by is not None else SYSTEM_ACTOR_LABEL,
        action=action,
        target=profile.user,
        target_label=target_label or profile.login_code,
        structure=profile.structure,
        details=details or {},
    )
