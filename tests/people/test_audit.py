"""people/audit.py, people.models.audit and the journal page: sign-ins and
failures, role changes, validations are journaled; nobody can change a line;
coordinators read it, filtered and paged."""

import datetime

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from people import roles
from people.audit import audit_record
from people.models import AuditAction, AuditEvent
from people.models.audit import AppendOnlyError
from tests import builders

JOURNAL = reverse("people:audit_journal")


def _events(action):
    return list(AuditEvent.objects.filter(action=action).order_by("pk"))


# Sign-ins ---------------------------------------------------------------------


def test_a_card_sign_in_and_a_wrong_pin_are_journaled_without_the_pin(joseph):
    profile, pin = joseph
    client = Client(REMOTE_ADDR="10.0.4.4")
    wrong = "2580" if pin != "2580" else "3691"
    client.post(
        reverse("people:code_login"), {"login_code": profile.login_code, "pin": wrong}
    )
    client.post(
        reverse("people:code_login"), {"login_code": profile.login_code, "pin": pin}
    )
    (failed,) = _events(AuditAction.LOGIN_FAILED)
    assert failed.target_label == profile.login_code
    assert failed.details == {"method": "code", "address": "10.0.4.4"}
    assert failed.actor is None
    (signed_in,) = _events(AuditAction.LOGIN)
    assert signed_in.target == profile.user
    assert signed_in.structure == profile.structure
    assert signed_in.details["address"] == "10.0.4.4"
    for event in (failed, signed_in):
        assert wrong not in str(event.details) and pin not in str(event.details)


def test_a_wrong_password_is_journaled_without_the_password(client, pro_corbeil):
    client.post(reverse("login"), {"username": "pro.corbeil", "password": "secret-x"})
    (failed,) = _events(AuditAction.LOGIN_FAILED)
    assert failed.target_label == "pro.corbeil"
    assert failed.details["method"] == "password"
    assert "secret-x" not in str(failed.details)


# Role changes, validations ------------------------------------------------------


def test_a_role_change_in_the_admin_names_who_did_it(coordinator, pro_corbeil):
    from people.audit import _current_actor

    token = _current_actor.set(coordinator)
    try:
        pro_corbeil.groups.add(Group.objects.get(name=roles.COORDINATOR))
        pro_corbeil.groups.remove(Group.objects.get(name=roles.PROFESSIONAL))
    finally:
        _current_actor.reset(token)
    added, removed = _events(AuditAction.ROLE_CHANGE)[-2:]
    assert (added.details, added.actor) == (
        {"change": "add", "groups": [roles.COORDINATOR]},
        coordinator,
    )
    assert removed.details == {"change": "remove", "groups": [roles.PROFESSIONAL]}
    assert removed.target == pro_corbeil


def test_a_role_change_outside_a_request_is_the_systems(pro_corbeil):
    pro_corbeil.groups.add(Group.objects.get(name=roles.TRAINER))
    event = _events(AuditAction.ROLE_CHANGE)[-1]
    assert (event.actor, event.actor_label) == (None, "le système (commande ou tâche)")


def test_a_new_beneficiary_account_is_no_role_change(corbeil, pro_corbeil):
    builders.beneficiary(corbeil, by=pro_corbeil)
    assert not AuditEvent.objects.filter(action=AuditAction.ROLE_CHANGE).filter(
        details__groups=[roles.BENEFICIARY]
    )


# Append-only --------------------------------------------------------------------


@pytest.fixture
def event(joseph, pro_corbeil):
    profile, _pin = joseph
    return audit_record(by=pro_corbeil, action=AuditAction.UNLOCK, profile=profile)


def test_a_journal_line_cannot_be_changed_nor_deleted(event):
    event.actor_label = "quelqu'un d'autre"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(action=AuditAction.LOGIN)
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).delete()
    event.refresh_from_db()
    assert event.actor_label != "quelqu'un d'autre"


def test_deleting_a_person_keeps_the_line_and_its_labels(event, pro_corbeil):
    label = event.actor_label
    pro_corbeil.delete()
    event.refresh_from_db()
    assert (event.actor, event.actor_label) == (None, label)


def test_the_admin_cannot_add_change_or_delete_even_for_a_superuser(event):
    superuser = builders.user(is_superuser=True)
    request = RequestFactory().get("/")
    request.user = superuser
    model_admin = admin.site._registry[AuditEvent]
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, event)
    assert not model_admin.has_delete_permission(request, event)


# The coordinators' page ---------------------------------------------------------


def test_only_coordinators_read_the_journal(client, pro_corbeil, joseph, event):
    profile, _pin = joseph
    assert reverse("login") in client.get(JOURNAL)["Location"]
    for person in (pro_corbeil, profile.user):
        client.force_login(person)
        assert client.get(JOURNAL).status_code == 403
    assert client.post(JOURNAL).status_code in {403, 405}


def test_coordinators_filter_the_journal_by_event_and_date(
    client, coordinator, event, joseph
):
    profile, _pin = joseph
    client.force_login(coordinator)
    page = client.get(JOURNAL).content.decode()
    assert "Déblocage du compte" in page and profile.login_code in page
    only_erasures = client.get(JOURNAL, {"action": AuditAction.ERASE})
    assert list(only_erasures.context["page"].object_list) == []
    today = timezone.localdate()
    tomorrow = today + datetime.timedelta(days=1)
    assert event in client.get(JOURNAL, {"du": today, "au": today}).context["page"]
    assert event not in client.get(JOURNAL, {"du": tomorrow}).context["page"]
    reversed_dates = client.get(JOURNAL, {"du": tomorrow, "au": today})
    assert "avant la date de fin" in reversed_dates.content.decode()


def test_the_journal_pages_in_constant_queries(
    client, coordinator, joseph, pro_corbeil, django_assert_max_num_queries
):
    profile, _pin = joseph
    for _ in range(60):
        audit_record(by=pro_corbeil, action=AuditAction.UNLOCK, profile=profile)
    client.force_login(coordinator)
    client.get(JOURNAL)  # warms the session and header caches
    with django_assert_max_num_queries(12):
        response = client.get(JOURNAL, {"page": 2})
    assert response.context["page"].number == 2
