"""Retention: inactive beneficiaries are anonymised after their professionals
were warned. Time moves by passing `now` to the services: rows made today look
old to a `now` months ahead."""

import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django_q.models import Schedule

from people.gdpr import ERASED_NAME
from people.models import AuditAction, AuditEvent, BeneficiaryProfile
from people.retention import (
    beneficiaries_retention_anonymise,
    beneficiaries_retention_warn,
    months_before,
)
from people.selectors import beneficiaries_inactive_since
from people.tasks import beneficiaries_retention_apply
from tests import builders
from workshops.models import Participation
from workshops.services import session_create, session_enrol

MONTHS = settings.BENEFICIARY_RETENTION_MONTHS
DAY = datetime.timedelta(days=1)


def later(months: int = 0, days: int = 0) -> datetime.datetime:
    """A moment `months` (and `days`) from now."""
    return months_before(timezone.now(), -months) + datetime.timedelta(days=days)


@pytest.fixture
def leader(pro_corbeil):
    pro_corbeil.email = "nadia@corbeil.example"
    pro_corbeil.save(update_fields=["email"])
    return pro_corbeil


@pytest.fixture
def awa(corbeil, leader):
    profile = builders.beneficiary(
        corbeil, by=leader, first_name="Awa", phone="0612345678"
    )[0]
    profile.user.last_name = "Diallo"
    profile.user.email = "awa@example.org"
    profile.user.save(update_fields=["last_name", "email"])
    return profile


def test_the_period_is_24_months_by_default():
    assert MONTHS == 24


def test_months_before_keeps_the_day_or_takes_the_months_last():
    march_31 = datetime.datetime(2026, 3, 31, 10, tzinfo=datetime.UTC)

    assert months_before(march_31, 1) == datetime.datetime(
        2026, 2, 28, 10, tzinfo=datetime.UTC
    )
    assert months_before(march_31, 24).date() == datetime.date(2024, 3, 31)
    assert months_before(march_31, -11).date() == datetime.date(2027, 2, 28)


# --- « Inactive »: the selector ---------------------------------------------------


def test_inactivity_starts_at_the_last_sign_in(awa):
    signed_in = timezone.now()
    awa.user.last_login = signed_in
    awa.user.save(update_fields=["last_login"])

    assert awa in beneficiaries_inactive_since(signed_in + DAY)
    assert awa not in beneficiaries_inactive_since(signed_in)  # boundary: on it


def test_a_person_created_after_the_cutoff_is_not_inactive(awa):
    assert awa not in beneficiaries_inactive_since(awa.created_at)
    assert awa in beneficiaries_inactive_since(awa.created_at + DAY)


def test_a_workshop_session_on_or_after_the_cutoff_is_activity(awa, leader, corbeil):
    session = session_create(
        by=leader,
        structure=corbeil,
        title="Envoyer une photo",
        date=timezone.localdate() + 10 * DAY,
        start_time=datetime.time(14, 0),
    )
    session_enrol(by=leader, session=session, beneficiary=awa)

    assert awa not in beneficiaries_inactive_since(timezone.now() + 5 * DAY)
    assert awa in beneficiaries_inactive_since(timezone.now() + 11 * DAY)


def test_an_erased_person_is_never_inactive(awa):
    BeneficiaryProfile.objects.filter(pk=awa.pk).update(erased_at=timezone.now())

    assert not beneficiaries_inactive_since(later(months=MONTHS + 1)).exists()


def test_the_selector_is_one_query_whatever_the_number(corbeil, leader):
    for n in range(10):
        builders.beneficiary(corbeil, by=leader, first_name=f"Personne{n}")

    with CaptureQueriesContext(connection) as queries:
        found = list(beneficiaries_inactive_since(later(months=MONTHS)))

    assert len(found) == 10
    assert len(queries) == 1


# --- The warning ------------------------------------------------------------------


def test_professionals_are_warned_30_days_before_once_per_person(
    awa, leader, corbeil, pro_grigny
):
    warned = beneficiaries_retention_warn(now=later(months=MONTHS, days=-29))

    assert warned == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nadia@corbeil.example"]
    assert "1 personne sera anonymisée dans 30 jours" in message.subject
    assert "Awa Diallo" in message.body and awa.login_code in message.body
    assert "http://testserver/structures/beneficiaires/" in message.body
    awa.refresh_from_db()
    assert awa.retention_warned_at is not None

    assert beneficiaries_retention_warn(now=later(months=MONTHS, days=-28)) == 0
    assert len(mail.outbox) == 1


def test_nobody_is_warned_earlier_than_30_days_before(awa):
    assert beneficiaries_retention_warn(now=later(months=MONTHS, days=-32)) == 0
    assert mail.outbox == []


# --- The anonymisation ------------------------------------------------------------


def _warn_then_anonymise(*, months: int, days: int) -> int:
    beneficiaries_retention_warn(now=later(months=MONTHS, days=-29))
    return beneficiaries_retention_anonymise(now=later(months=months, days=days))


def test_an_inactive_person_is_anonymised_and_their_counts_stay(awa, leader, corbeil):
    session = session_create(
        by=leader,
        structure=corbeil,
        title="Envoyer une photo",
        date=timezone.localdate(),
        start_time=datetime.time(23, 0),
    )
    session_enrol(by=leader, session=session, beneficiary=awa)

    assert _warn_then_anonymise(months=MONTHS, days=3) == 1

    awa.refresh_from_db()
    user = awa.user
    assert awa.is_erased and not user.is_active
    assert (user.first_name, user.last_name, user.email) == (ERASED_NAME, "", "")
    assert awa.phone == "" and awa.consent_text == ""
    assert Participation.objects.filter(beneficiary=awa).count() == 1
    event = AuditEvent.objects.get(action=AuditAction.ERASE)
    assert event.actor is None and event.details["reason"] == "retention"


def test_nobody_is_anonymised_before_the_warning_is_30_days_old(awa):
    # Inactive long past the period, but warned only now: 30 more days.
    now = later(months=MONTHS + 6)
    beneficiaries_retention_warn(now=now)

    assert beneficiaries_retention_anonymise(now=now + 29 * DAY) == 0
    assert beneficiaries_retention_anonymise(now=now + 30 * DAY) == 1


def test_nobody_is_anonymised_without_a_warning(awa):
    assert beneficiaries_retention_anonymise(now=later(months=MONTHS + 6)) == 0
    awa.refresh_from_db()
    assert not awa.is_erased


def test_a_person_active_after_the_warning_is_kept_and_warned_anew_later(awa):
    warned_at = later(months=MONTHS, days=-29)
    beneficiaries_retention_warn(now=warned_at)
    awa.user.last_login = warned_at + DAY  # came back
    awa.user.save(update_fields=["last_login"])

    assert beneficiaries_retention_anonymise(now=warned_at + 40 * DAY) == 0
    awa.refresh_from_db()
    assert not awa.is_erased
    # The old warning no longer counts: a new one comes before the new deadline.
    assert beneficiaries_retention_warn(now=later(months=2 * MONTHS, days=-29)) == 1


def test_a_person_active_recently_is_untouched(awa):
    awa.user.last_login = timezone.now()
    awa.user.save(update_fields=["last_login"])

    result = beneficiaries_retention_apply()

    assert result == {"warned": 0, "anonymised": 0}
    awa.refresh_from_db()
    assert awa.retention_warned_at is None and not awa.is_erased
    assert awa.user.first_name == "Awa"


def test_the_migration_schedules_the_task_daily(db):
    schedule = Schedule.objects.get(name="people.beneficiaries_retention_apply")

    assert schedule.func == "people.tasks.beneficiaries_retention_apply"
    assert schedule.schedule_type == Schedule.DAILY
    assert schedule.repeats == -1


# --- The notice on the professionals' list ------------------------------------------


def test_the_list_shows_when_a_warned_person_will_be_anonymised(awa, leader, client):
    warned_at = timezone.now() - 5 * DAY
    BeneficiaryProfile.objects.filter(pk=awa.pk).update(retention_warned_at=warned_at)
    client.force_login(leader)
    erase_on = timezone.localdate(warned_at + 30 * DAY)

    page = client.get(reverse("people:beneficiary_list")).content.decode()

    assert "Sans connexion d'ici là, données effacées à partir du" in page
    assert date_format(erase_on, "j F Y") in page


def test_the_notice_goes_once_the_person_signed_in_again(awa, leader, client):
    BeneficiaryProfile.objects.filter(pk=awa.pk).update(
        retention_warned_at=timezone.now() - 5 * DAY
    )
    awa.user.last_login = timezone.now()
    awa.user.save(update_fields=["last_login"])
    client.force_login(leader)

    page = client.get(reverse("people:beneficiary_list")).content.decode()

    assert "données effacées" not in page
