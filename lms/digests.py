"""The weekly digests (issue 15): to each professional, their « À faire »
(the same selector as their home, dashboards.todo); to each coordinator, the
structures without activity and the overdue milestones.

Run every Monday morning by django-q2 (lms.tasks, schedules of people
migration 0011_weekly_digest_schedules). Each e-mail is claimed in
people.mailings before it leaves, once per kind, person and week: a re-run, or
two workers at once, send nothing twice. Nobody gets an e-mail with nothing in
it, nor after opting out (User.weekly_digest)."""

import datetime
import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from dashboards.selectors import ACTIVE_DAYS, Period, figures_get
from dashboards.todo import professional_todo_get
from people import roles
from people.mailings import mailing_claim, mailing_release, unsubscribe_token_make
from people.models import Structure
from programme.models import Milestone

logger = logging.getLogger(__name__)

PROFESSIONAL_DIGEST = "digest.professional.weekly"
COORDINATOR_DIGEST = "digest.coordinator.weekly"


def week_start(day: datetime.date) -> datetime.date:
    """The Monday of this day's week: the period a weekly e-mail is sent for."""
    return day - datetime.timedelta(days=day.weekday())


def _recipients(role: str) -> QuerySet:
    """Active people of this role with an address who did not opt out."""
    return (
        get_user_model()
        .objects.filter(is_active=True, weekly_digest=True, groups__name=role)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def _base_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _send_once(
    *,
    kind: str,
    user,
    period_start: datetime.date,
    template: str,
    context: dict,
    connection,
) -> int:
    """Claim, then send one plain-text + HTML e-mail; 1 if it left, 0 if it
    was already claimed or the mail server refused it (the claim is then
    released for the next run)."""
    if not mailing_claim(kind=kind, recipient=user, period_start=period_start):
        return 0
    context = context | {
        "recipient": user,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "base_url": _base_url(),
        "unsubscribe_url": _base_url()
        + reverse(
            "people:digest_unsubscribe",
            kwargs={"token": unsubscribe_token_make(user=user)},
        ),
        "account_url": _base_url() + reverse("people:my_account"),
    }
    subject = render_to_string(f"lms/email/{template}_subject.txt", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),  # a header holds one line
        body=render_to_string(f"lms/email/{template}_body.txt", context),
        to=[user.email],
        connection=connection,
        headers={"List-Unsubscribe": f"<{context['unsubscribe_url']}>"},
    )
    message.attach_alternative(
        render_to_string(f"lms/email/{template}_body.html", context), "text/html"
    )
    try:
        return message.send() or 0
    except OSError:  # smtplib.SMTPException is an OSError too
        logger.exception("Weekly digest %s to user %s not sent", kind, user.pk)
        mailing_release(kind=kind, recipient=user, period_start=period_start)
        return 0


def professional_digests_send(*, now: datetime.datetime | None = None) -> int:
    """E-mail each professional their to-dos for the week, once per week;
    returns the number of e-mails sent. Coordinators get theirs instead."""
    now = now or timezone.now()
    period_start = week_start(timezone.localdate(now))
    connection = get_connection()
    sent = 0
    people = _recipients(roles.PROFESSIONAL).exclude(groups__name=roles.COORDINATOR)
    with translation.override(settings.LANGUAGE_CODE):
        for user in people:
            todo = professional_todo_get(user=user, now=now)
            if not (todo.actions or todo.this_week.count):
                continue
            sent += _send_once(
                kind=PROFESSIONAL_DIGEST,
                user=user,
                period_start=period_start,
                template="professional_digest",
                context={
                    "todo": todo,
                    "home_url": _base_url() + reverse("dashboards:todo"),
                },
                connection=connection,
            )
    logger.info("Professional digests: %d e-mail(s) sent", sent)
    return sent


def structures_inactive_get(
    *, structures: Iterable[Structure], now: datetime.datetime
) -> list[Structure]:
    """The structures with nothing in the last ACTIVE_DAYS days (dashboards
    figures: no active beneficiary, no session, no accompaniment), by name."""
    today = timezone.localdate(now)
    period = Period(start=today - datetime.timedelta(days=ACTIVE_DAYS), end=today)
    figures = figures_get(structures=structures, period=period, now=now)
    return sorted(
        (f.structure for f in figures.values() if f.inactive),
        key=lambda structure: (structure.name, structure.pk),
    )


# An e-mail lists this many overdue milestones; the network page has them all.
OVERDUE_SHOWN = 20


def overdue_milestones_get(*, now: datetime.datetime) -> tuple[int, list[Milestone]]:
    """How many milestones are overdue in the network's programmes
    (Milestone.objects.overdue) and the OVERDUE_SHOWN oldest (2 queries)."""
    overdue = (
        Milestone.objects.overdue(timezone.localdate(now))
        .select_related("programme__structure")
        .order_by("due_date", "pk")
    )
    return overdue.count(), list(overdue[:OVERDUE_SHOWN])


def coordinator_digests_send(*, now: datetime.datetime | None = None) -> int:
    """E-mail each coordinator the overdue milestones and the structures
    without activity, once per week; nothing when there is nothing to say.
    Returns the number of e-mails sent."""
    now = now or timezone.now()
    period_start = week_start(timezone.localdate(now))
    people = list(_recipients(roles.COORDINATOR))
    if not people:
        return 0
    inactive = structures_inactive_get(
        structures=Structure.objects.active().order_by("pk"), now=now
    )
    overdue_count, overdue = overdue_milestones_get(now=now)
    if not (inactive or overdue_count):
        return 0
    context = {
        "inactive": inactive,
        "overdue": overdue,
        "overdue_count": overdue_count,
        "programmes_url": _base_url() + reverse("programme:network"),
        "active_days": ACTIVE_DAYS,
        "network_url": _base_url() + reverse("dashboards:network"),
    }
    connection = get_connection()
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        for user in people:
            sent += _send_once(
                kind=COORDINATOR_DIGEST,
                user=user,
                period_start=period_start,
                template="coordinator_digest",
                context=context,
                connection=connection,
            )
    logger.info("Coordinator digests: %d e-mail(s) sent", sent)
    return sent
