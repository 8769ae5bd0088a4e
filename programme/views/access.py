"""Who may open the programme's pages (one convention: 404 for a structure
outside the user's structures, 403 for a role that may not act)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from people import roles
from people.models import Structure
from people.selectors import structures_for_user
from programme.models import Application, Milestone


def coordinator_required(request) -> None:
    """Raise PermissionDenied unless the user coordinates the network."""
    if not roles.user_is_coordinator(request.user):
        raise PermissionDenied


def structure_or_404(request, structure_id: int) -> Structure:
    """One of the user's structures (every one for a coordinator); else Http404."""
    if not request.user.manages_beneficiaries:
        raise Http404
    return get_object_or_404(structures_for_user(request.user), pk=structure_id)


def milestone_or_404(request, milestone_id: int) -> Milestone:
    """A milestone of one of the user's structures' programmes; else Http404."""
    if not request.user.manages_beneficiaries:
        raise Http404
    return get_object_or_404(
        Milestone.objects.select_related("programme__structure").filter(
            programme__structure__in=structures_for_user(request.user).values("pk")
        ),
        pk=milestone_id,
    )


def application_or_404(request, application_id: int) -> Application:
    """An application (coordinators only: 403 for anyone else)."""
    coordinator_required(request)
    return get_object_or_404(
        Application.objects.select_related("call", "decided_by", "structure"),
        pk=application_id,
    )
