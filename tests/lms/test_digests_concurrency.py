"""Two digest runs at the same moment (a task retried while its first run
still goes, two clusters): each person gets the week's digest once (real
PostgreSQL: the unique constraint of people.MailingSent decides)."""

import datetime
import threading

import pytest
from django.core import mail
from django.db import connection, connections
from django.utils import timezone

from lms import digests
from people.models import MailingSent
from tests import builders
from workshops.models import WorkshopSession

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="concurrent inserts need PostgreSQL; SQLite serialises writes anyway",
)


@pytest.mark.django_db(transaction=True)
def test_four_runs_at_once_send_each_digest_once(corbeil):
    professionals = []
    for n in range(3):
        person = builders.professional(corbeil, username=f"pro{n}")
        person.email = f"pro{n}@corbeil.example"
        person.save(update_fields=["email"])
        professionals.append(person)
    WorkshopSession.objects.create(
        structure=corbeil,
        title="Sans compte rendu",
        date=timezone.localdate() - datetime.timedelta(days=2),
        start_time=datetime.time(10, 0),
        created_by=professionals[0],
    )
    barrier = threading.Barrier(4)
    sent = []

    def run():
        try:
            barrier.wait()
            sent.append(digests.professional_digests_send())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(sent) == 3
    assert sorted(m.to[0] for m in mail.outbox) == [
        "pro0@corbeil.example",
        "pro1@corbeil.example",
        "pro2@corbeil.example",
    ]
    assert MailingSent.objects.count() == 3
