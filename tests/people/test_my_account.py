"""A beneficiary may add an e-mail and a password, then sign in with them."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from tests import builders

URL = "/mon-compte/"


def test_the_url_is_the_account_page():
    assert reverse("people:my_account") == URL


def test_a_beneficiary_adds_an_email_and_a_password_then_signs_in_with_them(
    client, corbeil
):
    profile, pin = builders.beneficiary(corbeil, first_name="Awa")
    client.force_login(profile.user)
    response = client.post(
        URL,
        {
            "email": "awa.exemple@exemple.fr",
            "password1": "tartine-du-matin",
            "password2": "tartine-du-matin",
        },
    )
    assert response.status_code == 302
    # Still signed in after changing the password.
    assert client.get(URL).status_code == 200
    client.logout()

    response = client.post(
        reverse("login"),
        {"username": "awa.exemple@exemple.fr", "password": "tartine-du-matin"},
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(profile.user_id)
    client.logout()
    # The card's code and PIN still work.
    response = client.post(
        reverse("people:code_login"), {"login_code": profile.login_code, "pin": pin}
    )
    assert response.status_code == 302


def test_bad_input_is_refused_and_changes_nothing(client, corbeil):
    profile, _pin = builders.beneficiary(corbeil)
    other, _pin = builders.beneficiary(corbeil)
    other.user.email = "deja@exemple.fr"
    other.user.save()
    client.force_login(profile.user)
    cases = [
        ({}, "Écrivez une adresse e-mail ou un mot de passe."),
        ({"email": "pas-une-adresse"}, "écrivez-la comme nom@exemple.fr"),
        ({"email": "DEJA@exemple.fr"}, "déjà utilisée"),
        ({"password1": "123", "password2": "123"}, "trop court"),
        ({"password1": "tartine-du-matin", "password2": "autre"}, "pas pareils"),
    ]
    for data, message in cases:
        response = client.post(URL, data)
        assert response.status_code == 200, data
        assert message in response.content.decode(), data
    user = get_user_model().objects.get(pk=profile.user_id)
    assert user.email == ""
    assert not user.has_usable_password()


def test_only_beneficiaries_have_this_page(client, groups):
    from people import roles

    assert client.get(URL)["Location"].startswith(reverse("login"))
    client.force_login(builders.user("formatrice", group=roles.TRAINER))
    assert client.get(URL).status_code == 403


def test_professionals_get_their_email_choices_instead(client, pro_corbeil):
    client.force_login(pro_corbeil)
    page = client.get(URL).content.decode()
    assert "Recevoir le résumé de la semaine par e-mail" in page
    assert "Code de connexion" not in page
