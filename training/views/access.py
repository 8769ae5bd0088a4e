"""Who may open a training page. One convention: 404 for what lies outside the
user's structures (or is not theirs), 403 for a role that may not act."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from people import roles
from people.selectors import structures_for_user
from training import selectors


def staff_required(request) -> None:
    """Professionals, coordinators and superusers; 404 for anyone else (a
    beneficiary has no training page)."""
    if not request.user.manages_beneficiaries:
        raise Http404


def coordinator_required(request) -> None:
    """403 for a signed-in person who is not a coordinator."""
    if not roles.user_is_coordinator(request.user):
        raise PermissionDenied


def attestation_or_404(request, attestation_id: int):
    """The attestation, if the user is its holder, a colleague of the same
    structure or a coordinator; else Http404."""
    attestation = selectors.attestation_visible_to(
        user=request.user, attestation_id=attestation_id
    )
    if attestation is None:
        raise Http404
    return attestation


def structure_or_404(request, structure_id: int):
    """One of the user's structures; else Http404."""
    staff_required(request)
    structure = structures_for_user(request.user).filter(pk=structure_id).first()
    if structure is None:
        raise Http404
    return structure
