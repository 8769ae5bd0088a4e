"""Per-address limits on failed guesses, kept in the database (FailureCounter).

Each account already locks after a few wrong PINs; these limits stop one
address from trying a common PIN against many codes, or from guessing a
workshop's join code. They used to live in the cache, whose database backend
re-set each key with the default timeout on `incr` (5 minutes instead of 15)
and counted parallel guesses only once: a locked row counts each of them.

The address is the direct peer's (REMOTE_ADDR), or, when that peer is one of
the TRUSTED_PROXIES, the right-most X-Forwarded-For address that is not a
trusted proxy: a client cannot choose its address by sending the header itself.
"""

import ipaddress
from datetime import timedelta
from functools import lru_cache

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from people.models.beneficiaries import MAX_PIN_ATTEMPTS
from people.models.throttle import FailureCounter

PIN = "pin"
JOIN_CODE = "join-code"
# Counted per workshop participant, not per address nor on the account: their
# first name is shown to the whole room, so nobody there can lock their account.
GUIDED_PIN = "guided-pin"
# Applications sent through the public call form (programme), per address:
# every sending counts, not only failures.
APPLICATION = "application"


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
    return f"{kind}-failures:{subject}"[:200]


def _window() -> timedelta:
    """Every counter's window: AXES_COOLOFF_TIME (15 minutes by default)."""
    return settings.AXES_COOLOFF_TIME


def _limit(kind: str) -> int:
    return {
        PIN: settings.PIN_FAILURES_PER_ADDRESS,
        JOIN_CODE: settings.JOIN_CODE_FAILURES_PER_ADDRESS,
        GUIDED_PIN: MAX_PIN_ATTEMPTS,
        APPLICATION: settings.APPLICATIONS_PER_ADDRESS,
    }[kind]


def failures_exceeded(request, kind: str, subject: str | None = None) -> bool:
    """Whether this address (or subject) has used up its guesses of this kind
    in the current window. Reads only: attempt_reserve is what guards."""
    since = timezone.now() - _window()
    return FailureCounter.objects.filter(
        key=_key(request, kind, subject),
        window_start__gt=since,
        count__gte=_limit(kind),
    ).exists()


@transaction.atomic
def attempt_reserve(request, kind: str, subject: str | None = None) -> bool:
    """Count one guess of this kind for this address (or subject) BEFORE it is
    checked; False, counting nothing, when the window's guesses are used up.

    The counter's row is locked (PostgreSQL) or the write lock is taken at the
    transaction's start (SQLite, IMMEDIATE), so parallel guesses are counted
    one after the other and no more than the limit are ever checked. The
    window starts at the first guess and lasts AXES_COOLOFF_TIME whatever
    happens inside it. A right guess gives its place back (attempt_release)."""
    now = timezone.now()
    since = now - _window()
    row, created = FailureCounter.objects.select_for_update().get_or_create(
        key=_key(request, kind, subject),
        defaults={"count": 1, "window_start": now},
    )
    if created:
        # Windows that ended are forgotten now and then: at each new counter.
        # Rows another guess holds are left for next time (no lock waits).
        stale = (
            FailureCounter.objects.filter(window_start__lte=since)
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)[:500]
        )
        FailureCounter.objects.filter(pk__in=list(stale)).delete()
        return True
    if row.window_start <= since:
        row.count, row.window_start = 1, now
    elif row.count >= _limit(kind):
        return False
    else:
        row.count += 1
    row.save(update_fields=["count", "window_start"])
    return True


def attempt_release(request, kind: str, subject: str | None = None) -> None:
    """Give back a guess reserved by attempt_reserve that turned out right (or
    was no guess at all): only failures use up the window."""
    since = timezone.now() - _window()
    FailureCounter.objects.filter(
        key=_key(request, kind, subject), window_start__gt=since, count__gt=0
    ).update(count=F("count") - 1)


def pin_attempt_reserve(request) -> bool:
    return attempt_reserve(request, PIN)


def pin_attempt_release(request) -> None:
    attempt_release(request, PIN)
