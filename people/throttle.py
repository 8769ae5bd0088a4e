"""A per-address limit on failed PIN sign-ins, kept in the shared cache.

Each account already locks after a few wrong PINs; this limit stops one
address from trying a common PIN against many codes. The cache must be shared
by every app server (database cache by default, Redis when scaling out).
"""

from django.conf import settings
from django.core.cache import cache


def _key(request) -> str:
    return f"pin-failures:{request.META.get('REMOTE_ADDR', 'unknown')}"


def _window() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds())


def pin_failures_exceeded(request) -> bool:
    """Whether this address has failed too many PIN sign-ins recently."""
    return cache.get(_key(request), 0) >= settings.PIN_FAILURES_PER_ADDRESS


def pin_failure_record(request) -> None:
    """Count one failed PIN sign-in for this address."""
    key = _key(request)
    cache.add(key, 0, timeout=_window())
    try:
        cache.incr(key)
    except ValueError:
        # Expired between add and incr: start a new window.
        cache.set(key, 1, timeout=_window())
