"""Reminders of tomorrow's sessions, e-mailed to their leaders.

`session_reminders_send` runs every hour (workshops.tasks, from the schedule
that migration 0003_reminder_schedule creates); each run is idempotent, so
running it often only makes it robust to a cluster that was stopped a while.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Prefetch, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from workshops.models import Participation, WorkshopSession

logger = logging.getLogger(__name__)


def _reminder_messages(
    session: WorkshopSession, *, base_url: str, connection
) -> list[EmailMessage]:
    participations = session.participations.all()
    context = {
        "session": session,
        "ends_at": (
            datetime.datetime.combine(session.date, session.start_time)
            + datetime.timedelta(minutes=session.duration_minutes)
        ).time(),
        "taken": len(participations),
        "first_names": [p.beneficiary.user.first_name for p in participations],
        "site_name": settings.WAGTAIL_SITE_NAME,
        "url": base_url
        + reverse("workshops:session_detail", kwargs={"session_id": session.pk}),
    }
    messages = []
    for leader in session.reminder_recipients:
        context["leader"] = leader
        subject = render_to_string(
            "workshops/email/session_reminder_subject.txt", context
        )
        messages.append(
            EmailMessage(
                # A header holds one line.
                subject=" ".join(subject.split()),
                body=render_to_string(
                    "workshops/email/session_reminder_body.txt", context
                ),
                to=[leader.email],
                connection=connection,
            )
        )
    return messages


def session_reminders_send() -> int:
    """E-mail each leader of tomorrow's sessions a reminder, once per session.

    Returns the number of e-mails sent. Sessions are claimed (reminder_sent_at set)
    before sending, so a second run, even a concurrent one, sends nothing again; a
    session whose e-mails the mail server refused is released for the next run.
    A crash between the claim and the sending loses those reminders (at most
    once, by choice: never the same e-mail twice). Raises nothing on a mail
    failure: it is logged."""
    now = timezone.now()
    today = timezone.localdate(now)
    tomorrow = today + datetime.timedelta(days=1)
    start_of_today = timezone.make_aware(
        datetime.datetime.combine(today, datetime.time.min)
    )
    due = WorkshopSession.objects.filter(
        date=tomorrow, cancelled_at__isnull=True
    ).filter(
        # A reminder sent before today was for an earlier date: the session moved.
        Q(reminder_sent_at__isnull=True) | Q(reminder_sent_at__lt=start_of_today)
    )
    with transaction.atomic():
        # Claim the sessions: on PostgreSQL a concurrent run skips the rows this
        # one locks; everywhere, the UPDATE re-checks the condition and the read
        # below keeps only the rows stamped with this run's `now`.
        ids = list(due.select_for_update(skip_locked=True).values_list("pk", flat=True))
        due.filter(pk__in=ids).update(reminder_sent_at=now)

    User = get_user_model()
    sessions = list(
        WorkshopSession.objects.filter(pk__in=ids, reminder_sent_at=now)
        .select_related("structure")
        .prefetch_related(
            Prefetch(
                "leaders",
                queryset=User.objects.filter(is_active=True)
                .exclude(email="")
                .order_by("pk"),
                to_attr="reminder_recipients",
            ),
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related(
                    "beneficiary__user"
                ).order_by("beneficiary__user__first_name", "pk"),
            ),
        )
    )
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    connection = get_connection()
    sent = 0
    failed = []
    with translation.override(settings.LANGUAGE_CODE):
        for session in sessions:
            messages = _reminder_messages(
                session, base_url=base_url, connection=connection
            )
            if not messages:
                continue
            try:
                sent += connection.send_messages(messages) or 0
            except OSError:  # smtplib.SMTPException is an OSError too
                logger.exception(
                    "Reminder for workshop session %s not sent", session.pk
                )
                failed.append(session.pk)
    if failed:
        WorkshopSession.objects.filter(pk__in=failed, reminder_sent_at=now).update(
            reminder_sent_at=None
        )
    logger.info(
        "Workshop reminders: %d e-mail(s) sent for %d session(s) on %s, %d failed",
        sent,
        len(sessions) - len(failed),
        tomorrow.isoformat(),
        len(failed),
    )
    return sent
