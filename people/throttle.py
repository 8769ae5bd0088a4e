"""Per-address limits on failed guesses, kept in the shared cache.

Each account already locks after a few wrong PINs; these limits stop one
address from trying a common PIN against many codes, or from guessing a
workshop's join code. The cache must be shared by every app server (database
cache by default, Redis when scaling out).
"""

from django.conf import settings
from django.core.cache import cache

PIN = "pin"
JOIN_CODE = "join-code"


def _key(request, kind: str) -> str:
    return f"{kind}-failures:{request.META.get('REMOTE_ADDR', 'unknown')}"


def _window() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds())


def _limit(kind: str) -> int:
    return {
        PIN: settings.PIN_FAILURES_PER_ADDRESS,
        JOIN_CODE: settings.JOIN_CODE_FAILURES_PER_ADDRESS,
    }[kind]


def failures_exceeded(request, kind: str) -> bool:
    """Whether this address has failed too many guesses of this kind recently."""
    return cache.get(_key(request, kind), 0) >= _limit(kind)


def failure_record(request, kind: str) -> None:
    """Count one failed guess of this kind for this address."""
    key = _key(request, kind)
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
