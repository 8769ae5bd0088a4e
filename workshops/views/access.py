"""Who may open a workshop page, and the lookups every view module shares.

Someone who does not manage beneficiaries, or a session or accompaniment
outside the user's structures, gets a 404: for them the page does not exist.
"""

from django.http import Http404

from workshops import selectors


def manager_required(request) -> None:
    """Raise Http404 unless the user manages beneficiaries."""
    if not request.user.manages_beneficiaries:
        raise Http404


def session_or_404(request, session_id: int):
    """The session, from one of the user's structures; else Http404."""
    manager_required(request)
    session = selectors.session_detail_get(user=request.user, session_id=session_id)
    if session is None:
        raise Http404
    return session


def accompaniment_or_404(request, accompaniment_id: int):
    """The accompaniment, from one of the user's structures; else Http404."""
    manager_required(request)
    record = (
        selectors.accompaniments_for_user(request.user)
        .filter(pk=accompaniment_id)
        .first()
    )
    if record is None:
        raise Http404
    return record
