"""Per-address limits on failed guesses, kept in the shared cache.

Each account already locks after a few wrong PINs; these limits stop one
address from trying a common PIN against many codes, or from guessing a
workshop's join code. The cache must be shared by every app server (database
cache by default, Redis when scaling out).
"""

from django.conf import settings
from django.core.cache import cache

from people.models.beneficiaries import MAX_PIN_ATTEMPTS

PIN = "pin"
JOIN_CODE = "join-code"
# Counted per workshop participant, not per address nor on the account: their
# first name is shown to the whole room, so nobody there can lock their account.
GUIDED_PIN = "guided-pin"


def _key(request, kind: str, subject: str | None) -> str:
    subject = subject or request.META.get("REMOTE_ADDR", "unknown")
    return f"{kind}-failures:{subject}"


def _window() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds())


def _limit(kind: str) -> int:
    return {
        PIN: settings.PIN_FAILURES_PER_ADDRESS,
        JOIN_CODE: settings.JOIN_CODE_FAILURES_PER_ADDRESS,
        GUIDED_PIN: MAX_PIN_ATTEMPTS,
    }[kind]


def failures_exceeded(request, kind: str, subject: str | None = None) -> bool:
    """Whether this address (or subject) has failed too many guesses of this
    kind recently."""
    return cache.get(_key(request, kind, subject), 0) >= _limit(kind)


def failure_record(request, kind: str, subject: str | None = None) -> None:
    """Count one failed guess of this kind for this address (or subject)."""
    key = _key(request, kind, subject)
    cache.add(key, 0, timeout=_window())
    try:
        cache.incr(key)
    except ValueError:
        # Expired between add and incr: start a new window.
        cache.set(key, 1, timeout=_window())


def pin_failures_exceeded(request) -> bool:
    return failures_exceeded(request, PIN)


def pin_failure_record(request) -> None:
    failure_record(request, PIN)
