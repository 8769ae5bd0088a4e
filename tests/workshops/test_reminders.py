"""The day-before e-mail to leaders, sent by the schedule that migration 0003 made.

The schedule row comes from the real migration; django_q's own scheduler runs it,
and the test settings' sync mode executes the task in-process. E-mail lands in
Django's locmem outbox."""

import datetime
import socket

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_q.models import Schedule, Task
from django_q.scheduler import scheduler

from tests import builders
from workshops.models import WorkshopSession
from workshops.services import session_create, session_enrol
from workshops.tasks import session_reminders_send

SCHEDULE_NAME = "workshops.session_reminders_send"


def run_schedule() -> Schedule:
    """Make the hourly schedule due, then run django-q2's scheduler once."""
    Schedule.objects.filter(name=SCHEDULE_NAME).update(
        next_run=timezone.now() - datetime.timedelta(minutes=1)
    )
    scheduler()
    return Schedule.objects.get(name=SCHEDULE_NAME)


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def plan(by, structure, *, days: int = 1, title: str = "Envoyer un e-mail", **extra):
    return session_create(
        by=by,
        structure=structure,
        title=title,
        date=in_days(days),
        start_time=datetime.time(14, 0),
        **extra,
    )


def with_email(user, email: str):
    user.email = email
    user.save(update_fields=["email"])
    return user


@pytest.fixture
def leader(pro_corbeil):
    return with_email(pro_corbeil, "nadia@corbeil.example")


@pytest.fixture
def tomorrow_session(leader, corbeil, awa, bintou):
    session = plan(
        leader,
        corbeil,
        title="Premiers pas sur la tablette",
        place="Salle informatique, 1er étage",
        duration_minutes=90,
        capacity=6,
    )
    session_enrol(by=leader, session=session, beneficiary=awa)
    session_enrol(by=leader, session=session, beneficiary=bintou)
    return session


def test_the_migration_creates_one_hourly_schedule_of_the_task(db):
    schedule = Schedule.objects.get(name=SCHEDULE_NAME)

    assert schedule.func == "workshops.tasks.session_reminders_send"
    assert schedule.schedule_type == Schedule.HOURLY
    assert schedule.repeats == -1
    assert schedule.cluster is None


def test_the_leader_gets_one_email_the_day_before(tomorrow_session):
    schedule = run_schedule()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nadia@corbeil.example"]
    assert message.subject == (
        "Rappel : atelier « Premiers pas sur la tablette » demain à 14h00"
    )
    assert "Bonjour Nadia," in message.body
    assert "de 14h00 à 15h30" in message.body
    assert "90 min" in message.body
    assert "Salle informatique, 1er étage" in message.body
    assert "Places prises : 2 sur 6" in message.body
    assert "Participants inscrits : Awa, Bintou" in message.body
    assert f"http://testserver/ateliers-animes/{tomorrow_session.pk}/" in message.body
    assert "&#x27;" not in message.body  # plain text, not HTML-escaped
    tomorrow_session.refresh_from_db()
    assert tomorrow_session.reminder_sent_at is not None
    # The scheduler moved on by an hour and recorded a successful task.
    assert schedule.next_run > timezone.now()
    task = Task.objects.get(id=schedule.task)
    assert task.success is True
    assert task.result == 1


def test_the_link_is_the_session_page(tomorrow_session, client, leader):
    run_schedule()
    url = mail.outbox[0].body.split("http://testserver", 1)[1].split()[0]

    client.force_login(leader)
    response = client.get(url)

    assert response.status_code == 200
    assert "Premiers pas sur la tablette" in response.content.decode()


def test_a_second_run_sends_nothing_more(tomorrow_session):
    run_schedule()
    run_schedule()

    assert len(mail.outbox) == 1
    assert session_reminders_send() == 0
    assert len(mail.outbox) == 1


def test_only_sessions_of_tomorrow_that_still_take_place_are_reminded(leader, corbeil):
    plan(leader, corbeil, days=0, title="Aujourd'hui")
    plan(leader, corbeil, days=2, title="Après-demain")
    plan(leader, corbeil, days=-1, title="Hier")
    cancelled = plan(leader, corbeil, title="Annulé")
    WorkshopSession.objects.filter(pk=cancelled.pk).update(
        cancelled_at=timezone.now(), cancel_reason="Salle indisponible"
    )
    kept = plan(leader, corbeil, title="Demain")

    run_schedule()

    assert [m.subject for m in mail.outbox] == [
        "Rappel : atelier « Demain » demain à 14h00"
    ]
    assert list(WorkshopSession.objects.filter(reminder_sent_at__isnull=False)) == [
        kept
    ]


def test_a_leader_without_an_email_gets_nothing(pro_corbeil, corbeil, awa):
    session = plan(pro_corbeil, corbeil)
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)

    run_schedule()

    assert mail.outbox == []
    # Nothing to send is done too: the next runs do not look at it again.
    session.refresh_from_db()
    assert session.reminder_sent_at is not None


def test_an_inactive_leader_gets_nothing(leader, corbeil):
    plan(leader, corbeil)
    leader.is_active = False
    leader.save(update_fields=["is_active"])

    run_schedule()

    assert mail.outbox == []


def test_each_of_two_leaders_gets_the_email(leader, corbeil):
    second = with_email(
        builders.professional(corbeil, username="pro.corbeil.2"),
        "second@corbeil.example",
    )
    plan(leader, corbeil, leaders=[leader, second])

    run_schedule()

    assert sorted(m.to[0] for m in mail.outbox) == [
        "nadia@corbeil.example",
        "second@corbeil.example",
    ]
    assert all(len(m.to) == 1 for m in mail.outbox)


def test_a_session_without_participants_says_so(leader, corbeil):
    plan(leader, corbeil)

    run_schedule()

    assert "Personne n'est encore inscrit." in mail.outbox[0].body
    assert "Places prises : 0 sur 8" in mail.outbox[0].body


def test_a_session_moved_to_tomorrow_after_its_reminder_is_reminded_again(
    tomorrow_session,
):
    # Reminded two days ago for its former date, then moved to tomorrow.
    WorkshopSession.objects.filter(pk=tomorrow_session.pk).update(
        reminder_sent_at=timezone.now() - datetime.timedelta(days=2)
    )

    run_schedule()
    run_schedule()

    assert len(mail.outbox) == 1


def test_the_sessions_of_other_structures_go_to_their_own_leaders(
    tomorrow_session, pro_grigny, grigny, gaston
):
    with_email(pro_grigny, "pro@grigny.example")
    other = plan(pro_grigny, grigny, title="Grigny")
    session_enrol(by=pro_grigny, session=other, beneficiary=gaston)

    run_schedule()

    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert set(by_recipient) == {"nadia@corbeil.example", "pro@grigny.example"}
    assert "Gaston" in by_recipient["pro@grigny.example"].body
    assert "Gaston" not in by_recipient["nadia@corbeil.example"].body
    assert "Awa" not in by_recipient["pro@grigny.example"].body


def test_the_number_of_queries_does_not_grow_with_the_sessions(
    leader, corbeil, awa, bintou
):
    def sessions(count: int) -> None:
        for n in range(count):
            session = plan(leader, corbeil, title=f"Atelier {n}")
            session_enrol(by=leader, session=session, beneficiary=awa)
            session_enrol(by=leader, session=session, beneficiary=bintou)

    sessions(1)
    with CaptureQueriesContext(connection) as one:
        assert session_reminders_send() == 1
    sessions(5)
    with CaptureQueriesContext(connection) as five:
        assert session_reminders_send() == 5

    assert len(five.captured_queries) == len(one.captured_queries)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_reminder_the_mail_server_refused_is_sent_at_the_next_run(
    tomorrow_session, settings
):
    # A real SMTP backend pointed at a port where nothing listens.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = _closed_port()
    settings.EMAIL_TIMEOUT = 5

    assert session_reminders_send() == 0
    tomorrow_session.refresh_from_db()
    assert tomorrow_session.reminder_sent_at is None

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_schedule()

    assert len(mail.outbox) == 1
