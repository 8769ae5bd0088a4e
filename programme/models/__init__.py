"""The network's accompaniment programme: the call for applications, the
template of milestones coordinators edit, and each structure's programme with
its milestones and check-ins."""

from programme.models.calls import (
    Application,
    ApplicationReferent,
    ApplicationStatus,
    Call,
    Public,
)
from programme.models.programmes import (
    AutoRule,
    CheckIn,
    Milestone,
    MilestoneStatus,
    OwnerSide,
    Programme,
    ProgrammeTemplate,
    Stage,
    TemplateMilestone,
)

__all__ = [
    "Application",
    "ApplicationReferent",
    "ApplicationStatus",
    "AutoRule",
    "Call",
    "CheckIn",
    "Milestone",
    "MilestoneStatus",
    "OwnerSide",
    "Programme",
    "ProgrammeTemplate",
    "Public",
    "Stage",
    "TemplateMilestone",
]
