"""People and structures: bottom layer, imports no other project app."""

from people.models.audit import AuditAction, AuditEvent
from people.models.beneficiaries import BeneficiaryProfile
from people.models.mailings import MailingSent
from people.models.structures import Membership, Structure, StructureKind
from people.models.throttle import FailureCounter
from people.models.users import User

__all__ = [
    "AuditAction",
    "AuditEvent",
    "BeneficiaryProfile",
    "FailureCounter",
    "MailingSent",
    "Membership",
    "Structure",
    "StructureKind",
    "User",
]
