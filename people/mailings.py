"""Periodic e-mails: sent once per period (MailingSent), and the recipient's
choice to receive them (User.weekly_digest), which a signed link in the
e-mail can turn off without signing in."""

import datetime

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import IntegrityError, transaction

from people.models import MailingSent

_SALT = "people.mailings.unsubscribe"


def mailing_claim(*, kind: str, recipient, period_start: datetime.date) -> bool:
    """Record that this e-mail goes to `recipient` for the period; False if it
    already went (or another worker claimed it at the same moment). Raises
    nothing."""
    try:
        with transaction.atomic():
            MailingSent.objects.create(
                kind=kind, recipient=recipient, period_start=period_start
            )
    except IntegrityError:
        return False
    return True


def mailing_release(*, kind: str, recipient, period_start: datetime.date) -> None:
    """Forget a claim whose e-mail the mail server refused: the next run sends
    it. Raises nothing."""
    MailingSent.objects.filter(
        kind=kind, recipient=recipient, period_start=period_start
    ).delete()


def unsubscribe_token_make(*, user) -> str:
    """The signed token of the unsubscribe link: the user's pk, nothing else
    to read in it; no expiry (an old e-mail's link still works)."""
    return signing.dumps(user.pk, salt=_SALT)


def unsubscribe_user_get(*, token: str):
    """The active user a token names, or None for a forged, altered or stale
    one (one query at most)."""
    try:
        pk = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return get_user_model().objects.filter(pk=pk, is_active=True).first()


def user_weekly_digest_set(*, user, receive: bool):
    """Turn the weekly digest on or off for this user; returns the user."""
    user.weekly_digest = receive
    user.save(update_fields=["weekly_digest"])
    return user
