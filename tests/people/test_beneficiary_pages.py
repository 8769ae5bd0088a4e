import re
from html import unescape

from django.contrib.auth.hashers import check_password
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from people.forms import CONSENT_TEXT
from people.models import BeneficiaryProfile
from people.models.beneficiaries import MAX_PIN_ATTEMPTS
from people.services import beneficiary_authenticate
from tests import builders


def _url(name, profile):
    return reverse(f"people:{name}", kwargs={"beneficiary_id": profile.pk})


def _pin_on(html: str) -> str | None:
    match = re.search(r'<strong class="pin">(\d+)</strong>', html)
    return match.group(1) if match else None


def test_a_professional_creates_a_beneficiary_and_sees_the_pin_once(
    client, corbeil, pro_corbeil
):
    client.force_login(pro_corbeil)
    form = client.get(reverse("people:beneficiary_create")).content.decode()
    assert str(CONSENT_TEXT).replace("'", "&#x27;") in form
    response = client.post(
        reverse("people:beneficiary_create"),
        {
            "structure": corbeil.pk,
            "first_name": "Fatou",
            "year_of_birth": "1960",
            "phone": "",
            "email": "",
            "consent": "on",
        },
        follow=True,
    )
    profile = BeneficiaryProfile.objects.get()
    assert response.redirect_chain[-1][0] == _url("beneficiary_card", profile)
    html = response.content.decode()
    pin = _pin_on(html)
    assert pin and check_password(pin, profile.pin_hash)
    assert profile.login_code in html
    assert "http://testserver/connexion/code/" in html
    assert profile.consent_text == str(CONSENT_TEXT)
    assert profile.created_by == pro_corbeil
    # Shown once: the card printed later has a blank instead.
    again = client.get(_url("beneficiary_card", profile)).content.decode()
    assert _pin_on(again) is None
    assert profile.login_code in again
    assert "no-store" in client.get(_url("beneficiary_card", profile))["Cache-Control"]


def test_creation_needs_consent_and_a_first_name(client, corbeil, pro_corbeil):
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("people:beneficiary_create"),
        {"structure": corbeil.pk, "first_name": "", "phone": "abc"},
    )
    html = response.content.decode().replace("&#x27;", "'")
    assert response.status_code == 200
    assert "la personne doit donner son accord" in html
    assert 'role="alert"' in html
    assert not BeneficiaryProfile.objects.exists()


def test_a_service_error_lands_on_its_field(client, corbeil, pro_corbeil):
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("people:beneficiary_create"),
        {
            "structure": corbeil.pk,
            "first_name": "Fatou",
            "phone": "pas un numéro",
            "consent": "on",
        },
    )
    assert response.status_code == 200
    assert "Indiquez un numéro de téléphone" in response.content.decode()
    assert not BeneficiaryProfile.objects.exists()


def test_a_pin_reset_shows_the_new_pin_once(client, joseph, pro_corbeil):
    profile, old_pin = joseph
    client.force_login(pro_corbeil)
    response = client.post(_url("beneficiary_pin_reset", profile), follow=True)
    pin = _pin_on(response.content.decode())
    profile.refresh_from_db()
    assert pin and check_password(pin, profile.pin_hash)
    assert (
        _pin_on(client.get(_url("beneficiary_card", profile)).content.decode()) is None
    )


def test_the_detail_shows_the_lock_and_the_professional_unlocks(
    client, joseph, pro_corbeil
):
    profile, pin = joseph
    for _ in range(MAX_PIN_ATTEMPTS):
        beneficiary_authenticate(login_code=profile.login_code, pin="0000")
    client.force_login(pro_corbeil)
    html = client.get(_url("beneficiary_detail", profile)).content.decode()
    assert "Compte bloqué" in html
    assert _url("beneficiary_unlock", profile) in html
    assert pin not in re.findall(r"\b\d{4,6}\b", html)
    client.post(_url("beneficiary_unlock", profile))
    profile.refresh_from_db()
    assert not profile.is_locked
    assert (
        "Compte bloqué"
        not in client.get(_url("beneficiary_detail", profile)).content.decode()
    )


def test_deactivation_asks_for_confirmation_first(client, joseph, pro_corbeil):
    profile, _pin = joseph
    client.force_login(pro_corbeil)
    response = client.get(_url("beneficiary_deactivate", profile))
    assert response.status_code == 200
    assert "Oui, désactiver le compte" in response.content.decode()
    profile.user.refresh_from_db()
    assert profile.user.is_active
    response = client.post(_url("beneficiary_deactivate", profile), follow=True)
    profile.user.refresh_from_db()
    assert not profile.user.is_active
    assert "Ce compte est désactivé" in response.content.decode()


def test_the_list_searches_and_filters(client, corbeil, grigny):
    both = builders.professional(corbeil, grigny)
    fatou, _ = builders.beneficiary(corbeil, first_name="Fatou")
    yasmina, _ = builders.beneficiary(grigny, first_name="Yasmina")
    client.force_login(both)
    url = reverse("people:beneficiary_list")
    html = client.get(url).content.decode()
    assert "Fatou" in html and "Yasmina" in html
    html = client.get(url, {"q": "fat"}).content.decode()
    assert "Fatou" in html and "Yasmina" not in html
    html = client.get(url, {"q": yasmina.login_code}).content.decode()
    assert "Yasmina" in html and "Fatou" not in html
    html = client.get(url, {"structure": corbeil.pk}).content.decode()
    assert "Fatou" in html and "Yasmina" not in html
    html = client.get(url, {"q": "personne"}).content.decode()
    assert "Aucun bénéficiaire ne correspond" in html


def test_the_header_links_professionals_to_their_beneficiaries(
    client, joseph, pro_corbeil, coordinator
):
    link = reverse("people:beneficiary_list")
    for person in (pro_corbeil, coordinator):
        client.force_login(person)
        assert link in client.get(reverse("courses:my_learning")).content.decode()
    client.force_login(joseph[0].user)
    assert link not in client.get(reverse("courses:my_learning")).content.decode()


def _list_queries(client, expected_rows: int) -> int:
    url = reverse("people:beneficiary_list")
    client.get(url)  # warm the cached site, as in production
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('class="login-code"') == expected_rows
    return len(ctx)


def test_list_queries_do_not_grow_with_the_list(client, corbeil, pro_corbeil):
    client.force_login(pro_corbeil)
    for _ in range(3):
        builders.beneficiary(corbeil, by=pro_corbeil)
    small = _list_queries(client, 3)
    for _ in range(27):
        builders.beneficiary(corbeil, by=pro_corbeil)
    large = _list_queries(client, 30)
    assert small == large
    assert small <= 12


def test_the_beneficiary_page_shows_their_courses_and_quiz_results(
    client, corbeil, pro_corbeil
):
    from courses.services import lesson_complete
    from quizzes.services import answer_submit, attempt_start
    from tests.quizzes import factories

    _home, catalogues = builders.skeleton()
    course = builders.course(
        catalogues["beneficiary"], modules=1, lessons_per_module=2, title="Clavier"
    )
    profile, _pin = builders.beneficiary(corbeil, first_name="Awa")
    lesson_complete(user=profile.user, lesson=builders.lessons_of(course)[0])
    q = factories.question("true_false")
    attempt = attempt_start(
        user=profile.user, quiz=factories.quiz(q, title="Exercice clavier")
    )
    answer_submit(
        user=profile.user, attempt_id=attempt.pk, question_id=q.pk, text="true"
    )

    client.force_login(pro_corbeil)
    html = client.get(
        reverse("people:beneficiary_detail", kwargs={"beneficiary_id": profile.pk})
    ).content.decode()

    assert "Clavier" in html
    assert "50 % (1/2 leçons)" in html
    assert "Exercice clavier" in html
    assert "100 % — réussi" in html


def test_names_are_elided_in_pages_and_messages(client, corbeil, pro_corbeil):
    aminata, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Aminata")
    fatou, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Fatou")
    client.force_login(pro_corbeil)
    page = unescape(
        client.get(_url("beneficiary_deactivate", aminata)).content.decode()
    )
    assert "Désactiver le compte d'Aminata ?" in page
    page = unescape(client.get(_url("beneficiary_deactivate", fatou)).content.decode())
    assert "Désactiver le compte de Fatou ?" in page
    response = client.post(_url("beneficiary_deactivate", aminata), follow=True)
    assert "Le compte d'Aminata est désactivé." in unescape(response.content.decode())


def test_a_kept_pin_is_forgotten_when_another_page_comes_first(
    client, joseph, pro_corbeil
):
    from people.pin_once import PIN_SESSION_KEY

    profile, _pin = joseph
    client.force_login(pro_corbeil)
    client.post(_url("beneficiary_pin_reset", profile))  # not followed
    assert PIN_SESSION_KEY in client.session
    client.get(reverse("people:beneficiary_list"))
    assert PIN_SESSION_KEY not in client.session
    card = client.get(_url("beneficiary_card", profile))
    assert card.context["pin"] is None


def test_a_kept_pin_is_forgotten_after_five_minutes(client, joseph, pro_corbeil):
    import time
    from unittest import mock

    from people.pin_once import PIN_SESSION_KEY

    profile, _pin = joseph
    client.force_login(pro_corbeil)
    client.post(_url("beneficiary_pin_reset", profile))
    with mock.patch("people.pin_once.time.time", return_value=time.time() + 301):
        card = client.get(_url("beneficiary_card", profile))
    assert card.context["pin"] is None
    assert PIN_SESSION_KEY not in client.session
