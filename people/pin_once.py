"""A new PIN, kept in the session for the next page only (the card) to show once.

Any app that creates or resets a beneficiary's account (the people pages, a
walk-in at a workshop) keeps the PIN here; the card page takes it. If the next
page shown is another one, PinOnceMiddleware forgets the PIN there: it never
waits in a session row for a card page that may never be opened.
"""

import time

from django.http import HttpRequest

# The clear PIN waits here, for the next page only, after a creation or a reset.
PIN_SESSION_KEY = "people_pin_once"
# However the pages go, a kept PIN is forgotten after this long.
PIN_KEPT_SECONDS = 5 * 60

# The PINs of a CSV import, for its result page and its printable cards only
# (people.views.imports): forgotten as soon as another page is shown, and
# after this long whatever happens.
IMPORT_PINS_SESSION_KEY = "people_csv_import_result"
IMPORT_PINS_SECONDS = 15 * 60
IMPORT_PINS_PAGES = {"beneficiary_import_result", "beneficiary_import_cards"}


def pin_keep_once(request: HttpRequest, beneficiary_id: int, pin: str) -> None:
    """Keep a new PIN for the next page (the card) to show once."""
    request.session[PIN_SESSION_KEY] = {
        "beneficiary": beneficiary_id,
        "pin": pin,
        "kept_at": int(time.time()),
    }


def pin_pop(request: HttpRequest, beneficiary_id: int) -> str | None:
    """The PIN kept for this beneficiary, forgotten as it is read; else None."""
    kept = request.session.get(PIN_SESSION_KEY)
    if kept and kept.get("beneficiary") == beneficiary_id:
        del request.session[PIN_SESSION_KEY]
        return kept["pin"]
    return None


class PinOnceMiddleware:
    """Forgets a kept PIN once the page after it has been shown, or when old;
    and an import's PINs once a page other than its result or cards is shown."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        kept = session.get(PIN_SESSION_KEY) if session is not None else None
        if kept is not None and time.time() - kept.get("kept_at", 0) > PIN_KEPT_SECONDS:
            del session[PIN_SESSION_KEY]
            kept = None
        response = self.get_response(request)
        if (
            kept is not None
            and session.get(PIN_SESSION_KEY) == kept  # not kept anew here
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
        ):
            # A page was shown, and it was not the card: too late for the PIN.
            del session[PIN_SESSION_KEY]
        if (
            session is not None
            and IMPORT_PINS_SESSION_KEY in session
            and _shown_elsewhere(request, response)
        ):
            del session[IMPORT_PINS_SESSION_KEY]
        return response


def _shown_elsewhere(request, response) -> bool:
    """A page other than the import's result and cards was shown."""
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name in IMPORT_PINS_PAGES:
        return False
    return response.status_code == 200 and response.get("Content-Type", "").startswith(
        "text/html"
    )
