"""Per-address limits on failed guesses, kept in the shared cache.

Each account already locks after a few wrong PINs; these limits stop one
address from trying a common PIN against many codes, or from guessing a
workshop's join code. The cache must be shared by every app server (database
cache by default, Redis when scaling out).

The address is the direct peer's (REMOTE_ADDR), or, when that peer is one of
the TRUSTED_PROXIES, the right-most X-Forwarded-For address that is not a
trusted proxy: a client cannot choose its address by sending the header itself.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache

from people.models.beneficiaries import MAX_PIN_ATTEMPTS

PIN = "pin"
JOIN_CODE = "join-code"
# Counted per workshop participant, not per address nor on the account: their
# first name is shown to the whole room, so nobody there can lock their account.
GUIDED_PIN = "guided-pin"


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(each, strict=False) for each in proxies)


def _parse(address: str):
    try:
        return ipaddress.ip_address(address.strip())
    except ValueError:
        return None


def _trusted(address, networks) -> bool:
    return address is not None and any(address in net for net in networks)


def client_address(request) -> str | None:
    """The client's address for the sign-in limits (also django-axes'); None
    when the request has none (a test client's forced sign-in): axes then
    stores no address, which PostgreSQL's inet column requires."""
    peer = request.META.get("REMOTE_ADDR", "") or None
    if peer is None:
        return None
    networks = _networks(tuple(settings.TRUSTED_PROXIES))
    if not _trusted(_parse(peer), networks):
        return peer
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    client = peer
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            # Not an address: what is left of it cannot be trusted; the last
            # trusted proxy stands for the client (no made-up keys).
            break
        client = str(address)
        if not _trusted(address, networks):
            break
    return client


def _key(request, kind: str, subject: str | None) -> str:
    subject = subject or client_address(request) or "unknown"
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
