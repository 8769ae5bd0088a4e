"""Ending a person's sessions, and short sessions on shared devices.

Sessions end through the session hash (people.models.User.session_epoch):
Django compares it on every request, including with a session read from the
cache (cached_db), so no session row needs to be found or deleted.
"""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.db.models import F

from people.models import User

# The session key holding the last time (epoch seconds) a shared-device
# session was used; only beneficiaries' sessions carry it.
IDLE_SESSION_KEY = "people_last_seen"
# Write the time back at most this often: one session write per minute, not
# per request.
_TOUCH_EVERY_SECONDS = 60


def user_sessions_end(*, user: User) -> None:
    """Sign this person out everywhere: every session opened before now is
    refused at its next request. The caller keeps its own session with
    django.contrib.auth.update_session_auth_hash if it is this person's."""
    User.objects.filter(pk=user.pk).update(session_epoch=F("session_epoch") + 1)
    user.refresh_from_db(fields=["session_epoch"])


def _idle_limit_seconds() -> int:
    return settings.BENEFICIARY_SESSION_IDLE_MINUTES * 60


def shared_device_session_start(request, user) -> None:
    """A beneficiary's session ends when the browser closes and after
    BENEFICIARY_SESSION_IDLE_MINUTES without a page; others keep the normal
    age. Called when anyone signs in."""
    if not hasattr(user, "beneficiary_profile"):
        return
    request.session.set_expiry(0)
    request.session[IDLE_SESSION_KEY] = int(time.time())


class IdleSessionMiddleware:
    """Signs a beneficiary out after BENEFICIARY_SESSION_IDLE_MINUTES idle."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        last_seen = session.get(IDLE_SESSION_KEY) if session is not None else None
        if last_seen is not None:
            now = int(time.time())
            if now - last_seen > _idle_limit_seconds():
                logout(request)
            elif now - last_seen >= _TOUCH_EVERY_SECONDS:
                session[IDLE_SESSION_KEY] = now
        return self.get_response(request)
