"""The beneficiary page's « Niveaux » section: levels and the assisted diagnostic."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.models import Audience
from diagnostics.models import LevelProposal, ProposalStatus
from diagnostics.selectors import (
    diagnostics_for,
    learner_standing_get,
    pending_proposals_get,
)
from people.sections import (
    Cell,
    Column,
    Section,
    register_beneficiary_column,
    register_beneficiary_section,
)
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


def pending_proposal_cells(*, profiles) -> dict[int, Cell]:
    """A marker on each profile with level proposals waiting (1 query)."""
    by_user = dict(
        LevelProposal.objects.filter(
            learner_id__in=[p.user_id for p in profiles],
            status=ProposalStatus.PENDING,
        )
        .values("learner_id")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("learner_id", "n")
    )
    return {
        profile.pk: Cell(
            ngettext("%d niveau à valider", "%d niveaux à valider", count) % count,
            strong=True,
        )
        for profile in profiles
        if (count := by_user.get(profile.user_id))
    }


register_beneficiary_column(Column(header=_("Niveaux"), maker=pending_proposal_cells))
