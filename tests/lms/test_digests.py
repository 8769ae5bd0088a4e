"""The weekly digests (lms.digests), run the way production runs them: the
schedules come from the real migration, django-q2's scheduler runs them, and
the test settings' sync mode executes the task in-process. E-mail lands in
Django's locmem outbox."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_q.models import Schedule, Task
from django_q.scheduler import scheduler

from lms import digests
from people.models import MailingSent
from programme.models import Milestone
from programme.services import programme_open
from tests import builders
from workshops.models import WorkshopSession

PROFESSIONALS = "lms.professional_digests_send"
COORDINATORS = "lms.coordinator_digests_send"


def run_schedule(name: str) -> Schedule:
    """Make the weekly schedule due, then run django-q2's scheduler once."""
    Schedule.objects.filter(name=name).update(
        next_run=timezone.now() - datetime.timedelta(minutes=1)
    )
    scheduler()
    return Schedule.objects.get(name=name)


def with_email(user, email: str):
    user.email = email
    user.save(update_fields=["email"])
    return user


@pytest.fixture
def nadia(pro_corbeil):
    return with_email(pro_corbeil, "nadia@corbeil.example")


@pytest.fixture
def unreported(nadia, corbeil):
    """A session held two days ago, without its report: a to-do."""
    return WorkshopSession.objects.create(
        structure=corbeil,
        title="Premiers pas sur la tablette",
        date=timezone.localdate() - datetime.timedelta(days=2),
        start_time=datetime.time(14, 0),
        created_by=nadia,
    )


@pytest.mark.parametrize("name", [PROFESSIONALS, COORDINATORS])
def test_the_migration_creates_weekly_schedules_starting_a_monday(db, name):
    schedule = Schedule.objects.get(name=name)
    assert schedule.func == "lms.tasks." + name.split(".", 1)[1]
    assert schedule.schedule_type == Schedule.WEEKLY
    assert schedule.repeats == -1
    assert schedule.cluster is None


def test_a_professional_gets_her_to_dos_once_a_week(unreported, nadia):
    schedule = run_schedule(PROFESSIONALS)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nadia@corbeil.example"]
    assert message.subject == "Cette semaine : 1 chose à faire"
    assert "Bonjour Nadia," in message.body
    assert "Ateliers à compléter (présences ou compte rendu) : 1" in message.body
    assert "- Premiers pas sur la tablette" in message.body
    assert "http://testserver" + reverse("dashboards:todo") in message.body
    assert "&#x27;" not in message.body and "&laquo;" not in message.body
    html, kind = message.alternatives[0]
    assert kind == "text/html"
    assert '<html lang="fr">' in html
    assert "Premiers pas sur la tablette" in html
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/")
    task = Task.objects.get(id=schedule.task)
    assert task.success is True and task.result == 1

    run_schedule(PROFESSIONALS)
    assert len(mail.outbox) == 1  # the same week: nothing again
    assert MailingSent.objects.filter(recipient=nadia).count() == 1


def test_next_week_she_gets_a_new_one(unreported, nadia):
    now = timezone.now()
    assert digests.professional_digests_send(now=now) == 1
    assert digests.professional_digests_send(now=now) == 0
    assert digests.professional_digests_send(now=now + datetime.timedelta(days=7)) == 1
    assert len(mail.outbox) == 2


def test_nothing_to_report_sends_nothing(nadia, corbeil):
    run_schedule(PROFESSIONALS)
    assert mail.outbox == []
    assert not MailingSent.objects.exists()


def test_someone_who_opted_out_gets_nothing(unreported, nadia):
    nadia.weekly_digest = False
    nadia.save(update_fields=["weekly_digest"])
    run_schedule(PROFESSIONALS)
    assert mail.outbox == []


def test_without_an_address_nothing_is_sent(unreported, nadia):
    with_email(nadia, "")
    run_schedule(PROFESSIONALS)
    assert mail.outbox == []


def test_each_professional_gets_only_her_structures_to_dos(
    unreported, nadia, grigny, pro_grigny
):
    with_email(pro_grigny, "pro@grigny.example")
    WorkshopSession.objects.create(
        structure=grigny,
        title="Atelier de Grigny",
        date=timezone.localdate() - datetime.timedelta(days=3),
        start_time=datetime.time(10, 0),
        created_by=pro_grigny,
    )
    run_schedule(PROFESSIONALS)
    by_address = {message.to[0]: message.body for message in mail.outbox}
    assert set(by_address) == {"nadia@corbeil.example", "pro@grigny.example"}
    assert "Atelier de Grigny" not in by_address["nadia@corbeil.example"]
    assert "Premiers pas" not in by_address["pro@grigny.example"]


def test_a_refused_email_is_sent_at_the_next_run(unreported, nadia, monkeypatch):
    def refuse(self, messages):
        raise OSError("mail server down")

    monkeypatch.setattr(
        "django.core.mail.backends.locmem.EmailBackend.send_messages", refuse
    )
    assert digests.professional_digests_send() == 0
    assert not MailingSent.objects.exists()
    monkeypatch.undo()
    assert digests.professional_digests_send() == 1
    assert len(mail.outbox) == 1


def test_the_unsubscribe_link_needs_no_sign_in(client, unreported, nadia):
    digests.professional_digests_send()
    url = mail.outbox[0].body.split("Ne plus le recevoir : http://testserver")[1]
    url = url.split()[0]

    page = client.get(url)  # a mail scanner opening it changes nothing
    assert page.status_code == 200
    assert "Ne plus recevoir ce résumé" in page.content.decode()
    nadia.refresh_from_db()
    assert nadia.weekly_digest is True

    done = client.post(url)
    assert "vous ne recevrez plus le résumé" in done.content.decode()
    nadia.refresh_from_db()
    assert nadia.weekly_digest is False
    mail.outbox.clear()
    assert (
        digests.professional_digests_send(
            now=timezone.now() + datetime.timedelta(days=7)
        )
        == 0
    )


@pytest.mark.parametrize("token", ["abc", "1", "MQ:1tXyz:forged"])
def test_a_forged_unsubscribe_link_changes_nothing(client, nadia, token):
    url = reverse("people:digest_unsubscribe", kwargs={"token": token})
    assert client.post(url).status_code == 404
    nadia.refresh_from_db()
    assert nadia.weekly_digest is True


# --- Coordinators ----------------------------------------------------------


@pytest.fixture
def claire(coordinator):
    coordinator.first_name = "Claire"
    coordinator.save(update_fields=["first_name"])
    return with_email(coordinator, "claire@reseau.example")


def test_a_coordinator_gets_the_structures_without_activity(
    claire, corbeil, grigny, pro_grigny
):
    # Grigny had a session last week: active. Corbeil: nothing for 30 days.
    WorkshopSession.objects.create(
        structure=grigny,
        title="Atelier",
        date=timezone.localdate() - datetime.timedelta(days=5),
        start_time=datetime.time(10, 0),
        created_by=pro_grigny,
    )
    run_schedule(COORDINATORS)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["claire@reseau.example"]
    assert "Bonjour Claire," in message.body
    assert "1 structure sans activité depuis 30 jours" in message.body
    assert "- Centre social de Corbeil" in message.body
    assert "Association de Grigny" not in message.body
    assert (
        "http://testserver" + reverse("dashboards:structure", args=[corbeil.pk])
        in message.body
    )
    run_schedule(COORDINATORS)
    assert len(mail.outbox) == 1


def test_a_coordinator_gets_the_overdue_milestones(claire, corbeil, pro_corbeil):
    # Corbeil is active (a beneficiary signed in today), so only milestones.
    profile, _pin = builders.beneficiary(corbeil, by=pro_corbeil)
    profile.user.last_login = timezone.now()
    profile.user.save(update_fields=["last_login"])
    WorkshopSession.objects.create(
        structure=corbeil,
        title="Atelier",
        date=timezone.localdate() - datetime.timedelta(days=5),
        start_time=datetime.time(10, 0),
        created_by=pro_corbeil,
    )
    programme_open(
        by=claire,
        structure=corbeil,
        start_date=timezone.localdate() - datetime.timedelta(days=120),
    )
    overdue = list(Milestone.objects.overdue())
    assert overdue

    digests.coordinator_digests_send()

    body = mail.outbox[0].body
    assert f"{len(overdue)} étape" in body
    assert f"- Centre social de Corbeil : {overdue[0].title}" in body
    assert reverse("programme:detail", args=[corbeil.pk]) in body
    assert "sans activité" not in body


def test_a_quiet_network_sends_the_coordinators_nothing(claire, corbeil, pro_corbeil):
    WorkshopSession.objects.create(
        structure=corbeil,
        title="Atelier",
        date=timezone.localdate() - datetime.timedelta(days=2),
        start_time=datetime.time(10, 0),
        created_by=pro_corbeil,
    )
    run_schedule(COORDINATORS)
    assert mail.outbox == []


def test_a_coordinator_does_not_get_the_professionals_digest(claire, corbeil):
    builders.beneficiary(corbeil, by=claire)
    claire.groups.add(*builders.professional(corbeil).groups.all())
    WorkshopSession.objects.create(
        structure=corbeil,
        title="Atelier",
        date=timezone.localdate() - datetime.timedelta(days=2),
        start_time=datetime.time(10, 0),
        created_by=claire,
    )
    assert digests.professional_digests_send() == 0


# --- The choice on the account page ----------------------------------------


def test_a_professional_turns_the_digest_off_and_on_from_her_account(client, nadia):
    client.force_login(nadia)
    page = client.get(reverse("people:my_account")).content.decode()
    assert "Recevoir le résumé de la semaine par e-mail" in page
    assert "checked" in page

    client.post(reverse("people:digest_preference"), {})
    nadia.refresh_from_db()
    assert nadia.weekly_digest is False

    client.post(reverse("people:digest_preference"), {"weekly_digest": "on"})
    nadia.refresh_from_db()
    assert nadia.weekly_digest is True


def test_a_beneficiary_has_no_digest_choice(client, corbeil, pro_corbeil):
    profile, _pin = builders.beneficiary(corbeil, by=pro_corbeil)
    client.force_login(profile.user)
    assert client.post(reverse("people:digest_preference"), {}).status_code == 403
    page = client.get(reverse("people:my_account")).content.decode()
    assert "résumé de la semaine" not in page
