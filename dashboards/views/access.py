"""Who may open a dashboard (one convention: 404 for a structure outside the
user's structures, 403 for a role that may not see the network)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from people import roles
from people.models import Structure
from people.selectors import structures_for_user


def manager_required(request) -> None:
    """Raise Http404 unless the user follows beneficiaries."""
    if not request.user.manages_beneficiaries:
        raise Http404


def structure_or_404(request, structure_id: int) -> Structure:
    """One of the user's structures; else Http404."""
    manager_required(request)
    structure = structures_for_user(request.user).filter(pk=structure_id).first()
    if structure is None:
        raise Http404
    return structure


def coordinator_required(request) -> None:
    """Raise PermissionDenied unless the user coordinates the network."""
    if not roles.user_is_coordinator(request.user):
        raise PermissionDenied
