"""Who may open the people pages, and the lookups every view module shares.

A role that may not manage beneficiaries gets a 403; a beneficiary outside the
user's structures gets a 404: for them that person does not exist.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme

from people import roles
from people.selectors import beneficiaries_for_user


def require_manager(request) -> None:
    """Raise PermissionDenied unless the user manages beneficiaries."""
    if not request.user.manages_beneficiaries:
        raise PermissionDenied


def require_coordinator(request) -> None:
    """Raise PermissionDenied unless the user is a coordinator (or superuser)."""
    if not roles.user_is_coordinator(request.user):
        raise PermissionDenied


def beneficiary_or_404(request, beneficiary_id: int):
    """The beneficiary, from one of the user's structures; else Http404."""
    # Another structure's beneficiary does not exist, as far as this user knows.
    return get_object_or_404(beneficiaries_for_user(request.user), pk=beneficiary_id)


def local_url(request, target: str | None) -> str | None:
    """`target` if it is an address of this site, else None."""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None
