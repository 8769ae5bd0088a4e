"""A new PIN, kept in the session for the next page only (the card) to show once.

Any app that creates or resets a beneficiary's account (the people pages, a
walk-in at a workshop) keeps the PIN here; the card page takes it.
"""

from django.http import HttpRequest

# The clear PIN waits here, for the next page only, after a creation or a reset.
PIN_SESSION_KEY = "people_pin_once"


def pin_keep_once(request: HttpRequest, beneficiary_id: int, pin: str) -> None:
    """Keep a new PIN for the next page (the card) to show once."""
    request.session[PIN_SESSION_KEY] = {"beneficiary": beneficiary_id, "pin": pin}


def pin_pop(request: HttpRequest, beneficiary_id: int) -> str | None:
    """The PIN kept for this beneficiary, forgotten as it is read; else None."""
    kept = request.session.get(PIN_SESSION_KEY)
    if kept and kept.get("beneficiary") == beneficiary_id:
        del request.session[PIN_SESSION_KEY]
        return kept["pin"]
    return None
