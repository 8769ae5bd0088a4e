"""Repeated failures are limited: passwords through django-axes, PINs per address."""

from django.urls import reverse

from tests import builders


def _password_attempt(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_five_wrong_passwords_lock_the_account_for_a_while(client, pro_corbeil):
    for _ in range(4):
        response = _password_attempt(client, "pro.corbeil", "faux")
        assert response.status_code == 200  # the form again, with its error
    response = _password_attempt(client, "pro.corbeil", "faux")
    assert response.status_code == 429
    # Even the right password is refused now, with a French explanation.
    response = _password_attempt(client, "pro.corbeil", "mot-de-passe-test")
    assert response.status_code == 429
    assert "Connexion bloquée" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_right_password_resets_the_failure_count(client, pro_corbeil):
    for _ in range(4):
        _password_attempt(client, "pro.corbeil", "faux")
    assert (
        _password_attempt(client, "pro.corbeil", "mot-de-passe-test").status_code == 302
    )
    client.logout()
    for _ in range(4):
        assert _password_attempt(client, "pro.corbeil", "faux").status_code == 200


def test_one_address_cannot_try_pins_across_many_codes(client, corbeil, settings):
    settings.PIN_FAILURES_PER_ADDRESS = 3
    profiles = [builders.beneficiary(corbeil) for _ in range(4)]
    for profile, _pin in profiles[:3]:
        client.post(
            reverse("people:code_login"),
            {"login_code": profile.login_code, "pin": "0000"},
        )
    profile, pin = profiles[3]
    response = client.post(
        reverse("people:code_login"), {"login_code": profile.login_code, "pin": pin}
    )
    assert "Trop d" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Each account tried once is not locked: the limit is the address's.
    for each, _pin in profiles[:3]:
        each.refresh_from_db()
        assert each.locked_at is None


def test_pin_sign_in_still_works_under_the_limit(client, corbeil):
    profile, pin = builders.beneficiary(corbeil)
    client.post(
        reverse("people:code_login"), {"login_code": profile.login_code, "pin": "0000"}
    )
    response = client.post(
        reverse("people:code_login"), {"login_code": profile.login_code, "pin": pin}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(profile.user_id)
