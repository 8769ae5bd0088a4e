"""The beneficiary page's « Niveaux » section: levels and the assisted diagnostic."""

from courses.models import Audience
from diagnostics.selectors import (
    diagnostics_for,
    learner_standing_get,
    pending_proposals_get,
)
from people.sections import Section, register_beneficiary_section
from skills.models import Level


@register_beneficiary_section
def levels_section(*, request, profile) -> Section:
    return Section(
        template="diagnostics/includes/beneficiary_levels_section.html",
        context={
            "profile": profile,
            "standing": learner_standing_get(user=profile.user),
            "levels": list(Level.objects.all()),
            "diagnostics": list(diagnostics_for(audience=Audience.BENEFICIARY)),
            "proposals": pending_proposals_get(learner=profile.user),
        },
    )
