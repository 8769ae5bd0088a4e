from django.contrib.auth import SESSION_KEY
from django.http import HttpRequest
from django.urls import reverse

from people.models.beneficiaries import MAX_PIN_ATTEMPTS
from people.services import beneficiary_deactivate

URL = "/connexion/code/"
LOCKED = (
    "Votre compte est bloqué après plusieurs essais. "
    "Demandez à votre professionnel de le débloquer."
)


def _wrong(pin: str) -> str:
    return "2580" if pin != "2580" else "3691"


def test_the_page_is_phone_friendly_and_linked_from_the_sign_in_page(client, db):
    assert reverse("people:code_login") == URL
    assert URL in client.get(reverse("login")).content.decode()
    html = client.get(URL).content.decode()
    assert "Code de connexion" in html
    assert "Code secret (PIN)" in html
    assert 'inputmode="numeric"' in html
    assert 'autocomplete="off"' in html
    assert '<label for="id_pin">' in html and '<label for="id_login_code">' in html


def test_the_sign_in_page_offers_the_card_code_first_without_opening_a_keyboard(
    client, db
):
    html = client.get(reverse("login") + "?next=/mon-espace/").content.decode()
    code_link = html.index(f'href="{URL}?next=/mon-espace/"')
    assert "button--big" in html[html.rindex("<a", 0, code_link) : code_link]
    assert code_link < html.index('name="username"')
    # Django's form focuses the identifier: on a phone the keyboard would
    # cover the card's way in.
    assert "autofocus" not in html


def test_a_beneficiary_signs_in_with_code_and_pin(client, joseph):
    profile, pin = joseph
    response = client.post(URL, {"login_code": profile.login_code.lower(), "pin": pin})
    assert response.status_code == 302
    assert response["Location"] == reverse("landing")
    assert client.session[SESSION_KEY] == str(profile.user.pk)


def test_it_follows_a_safe_next_only(client, joseph):
    profile, pin = joseph
    data = {"login_code": profile.login_code, "pin": pin}
    response = client.post(URL, data | {"next": "/apprendre/mon-parcours/?a=1"})
    assert response["Location"] == "/apprendre/mon-parcours/?a=1"
    client.logout()
    response = client.post(URL, data | {"next": "https://exemple.invalid/"})
    assert response["Location"] == reverse("landing")


def test_a_wrong_pin_shows_a_clear_french_error(client, joseph):
    profile, pin = joseph
    response = client.post(URL, {"login_code": profile.login_code, "pin": _wrong(pin)})
    assert response.status_code == 200
    assert "n&#x27;est pas bon" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_empty_fields_are_named(client, db):
    html = client.post(URL, {"login_code": "", "pin": ""}).content.decode()
    assert "Écrivez votre code de connexion." in html
    assert "Écrivez votre code secret." in html


def test_after_five_wrong_pins_the_page_shows_the_lock_message(client, joseph):
    profile, pin = joseph
    for _ in range(MAX_PIN_ATTEMPTS):
        response = client.post(
            URL, {"login_code": profile.login_code, "pin": _wrong(pin)}
        )
    html = response.content.decode().replace("&#x27;", "'")
    assert LOCKED in html
    response = client.post(URL, {"login_code": profile.login_code, "pin": pin})
    assert response.status_code == 200
    assert SESSION_KEY not in client.session


def test_a_deactivated_beneficiary_cannot_sign_in(client, joseph, pro_corbeil):
    profile, pin = joseph
    beneficiary_deactivate(by=pro_corbeil, beneficiary=profile)
    response = client.post(URL, {"login_code": profile.login_code, "pin": pin})
    assert response.status_code == 200
    assert SESSION_KEY not in client.session


def test_a_deactivated_beneficiary_loses_an_open_session(client, joseph, pro_corbeil):
    profile, pin = joseph
    client.post(URL, {"login_code": profile.login_code, "pin": pin})
    beneficiary_deactivate(by=pro_corbeil, beneficiary=profile)
    response = client.get(reverse("learner_home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_passwords_still_work_beside_codes(client, pro_corbeil):
    assert client.login(
        request=HttpRequest(), username="pro.corbeil", password="mot-de-passe-test"
    )
