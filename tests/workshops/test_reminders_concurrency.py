"""Reminder runs at the same moment (a task retried while its first run still
goes, two clusters): each leader gets each reminder once (real PostgreSQL)."""

import datetime
import threading

import pytest
from django.core import mail
from django.db import connection, connections
from django.utils import timezone

from tests import builders
from workshops.models import WorkshopSession
from workshops.services import session_create
from workshops.tasks import session_reminders_send

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks need PostgreSQL; SQLite serialises writes anyway",
)


@pytest.mark.django_db(transaction=True)
def test_four_runs_at_once_send_each_reminder_once(corbeil, pro_corbeil):
    pro_corbeil.email = "nadia@corbeil.example"
    pro_corbeil.save(update_fields=["email"])
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    sessions = [
        session_create(
            by=pro_corbeil,
            structure=corbeil,
            title=f"Atelier {n}",
            date=tomorrow,
            start_time=datetime.time(9 + n, 0),
        )
        for n in range(5)
    ]
    builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")
    barrier = threading.Barrier(4)
    sent = []

    def run():
        try:
            barrier.wait()
            sent.append(session_reminders_send())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(sent) == 5
    subjects = sorted(message.subject for message in mail.outbox)
    assert len(subjects) == 5 and len(set(subjects)) == 5
    assert (
        WorkshopSession.objects.filter(
            pk__in=[s.pk for s in sessions], reminder_sent_at__isnull=False
        ).count()
        == 5
    )
