"""people.sessions: a PIN reset, a password change, a deactivation or an
erasure ends the person's other sessions; beneficiaries' sessions are short."""

import time
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from people.gdpr import beneficiary_erase
from people.models import User
from people.sessions import IDLE_SESSION_KEY, user_sessions_end

ACCOUNT = reverse("people:my_account")


def _card_url(name: str, profile) -> str:
    return reverse(f"people:{name}", kwargs={"beneficiary_id": profile.pk})


def _signed_in_with_card(profile, pin) -> Client:
    client = Client(REMOTE_ADDR="10.0.0.9")
    response = client.post(
        reverse("people:code_login"),
        {"login_code": profile.login_code, "pin": pin},
    )
    assert response.status_code == 302
    assert client.get(ACCOUNT).status_code == 200
    return client


def _sent_to_sign_in(client: Client) -> bool:
    response = client.get(ACCOUNT)
    return response.status_code == 302 and reverse("login") in response["Location"]


@pytest.fixture
def pro(client, pro_corbeil):
    client.force_login(pro_corbeil)
    return client


def test_a_pin_reset_ends_the_session_opened_with_the_old_pin(pro, joseph):
    profile, pin = joseph
    old = _signed_in_with_card(profile, pin)
    assert pro.post(_card_url("beneficiary_pin_reset", profile)).status_code == 302
    assert _sent_to_sign_in(old)
    # The professional who reset it stays signed in.
    assert pro.get(_card_url("beneficiary_detail", profile)).status_code == 200


def test_the_new_pin_opens_a_session_that_lasts(pro, joseph):
    profile, _pin = joseph
    response = pro.post(_card_url("beneficiary_pin_reset", profile), follow=True)
    new_pin = response.context["pin"]
    fresh = _signed_in_with_card(profile, new_pin)
    assert not _sent_to_sign_in(fresh)


def test_a_deactivation_ends_the_sessions_even_if_reactivated(pro, joseph):
    profile, pin = joseph
    old = _signed_in_with_card(profile, pin)
    assert pro.post(_card_url("beneficiary_deactivate", profile)).status_code == 302
    User.objects.filter(pk=profile.user_id).update(is_active=True)
    assert _sent_to_sign_in(old)
    assert pro.get(_card_url("beneficiary_detail", profile)).status_code == 200


def test_an_erasure_ends_the_sessions(joseph, pro_corbeil):
    profile, pin = joseph
    old = _signed_in_with_card(profile, pin)
    beneficiary_erase(by=pro_corbeil, profile=profile)
    assert _sent_to_sign_in(old)


def test_a_password_change_ends_the_other_sessions_not_the_changers(joseph):
    profile, pin = joseph
    old = _signed_in_with_card(profile, pin)
    changer = _signed_in_with_card(profile, pin)
    response = changer.post(
        ACCOUNT,
        {"email": "", "password1": "tartine-du-matin", "password2": "tartine-du-matin"},
    )
    assert response.status_code == 302
    assert _sent_to_sign_in(old)
    assert changer.get(ACCOUNT).status_code == 200


def test_the_cached_copy_of_an_old_session_is_refused_too(joseph, settings):
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"
    profile, pin = joseph
    old = _signed_in_with_card(profile, pin)
    # Nothing but the account changes: the session row and its cached copy stay.
    user_sessions_end(user=profile.user)
    assert _sent_to_sign_in(old)


def test_sessions_signed_before_the_epoch_existed_stay_valid(joseph):
    profile, pin = joseph
    client = _signed_in_with_card(profile, pin)
    assert profile.user.session_epoch == 0
    assert not _sent_to_sign_in(client)


# Shared devices ---------------------------------------------------------------


def test_a_beneficiary_session_ends_with_the_browser(joseph):
    profile, pin = joseph
    client = _signed_in_with_card(profile, pin)
    assert client.session.get_expire_at_browser_close()


def test_a_professional_session_keeps_the_normal_age(client, pro_corbeil):
    response = client.post(
        reverse("login"),
        {"username": pro_corbeil.username, "password": "mot-de-passe-test"},
    )
    assert response.status_code == 302
    assert not client.session.get_expire_at_browser_close()
    assert IDLE_SESSION_KEY not in client.session


def test_a_beneficiary_is_signed_out_after_the_idle_time(joseph, settings):
    settings.BENEFICIARY_SESSION_IDLE_MINUTES = 30
    profile, pin = joseph
    client = _signed_in_with_card(profile, pin)
    later = time.time() + 29 * 60
    with mock.patch("people.sessions.time.time", return_value=later):
        assert client.get(ACCOUNT).status_code == 200
    # Each page restarts the idle time.
    with mock.patch("people.sessions.time.time", return_value=later + 29 * 60):
        assert client.get(ACCOUNT).status_code == 200
    with mock.patch("people.sessions.time.time", return_value=later + 60 * 60):
        assert _sent_to_sign_in(client)
