"""Nobody but the beneficiary's own professionals (and coordinators) reaches a
beneficiary's pages. The matrix walks every URL of the « people » namespace, so a
new URL is checked as soon as it exists."""

import pytest
from django.urls import URLPattern, get_resolver, reverse

from people.models.beneficiaries import MAX_PIN_ATTEMPTS
from people.services import beneficiary_authenticate
from tests import builders
from tests.isolation import page_text

# Methods each beneficiary URL accepts; test_allowed_methods_are_as_declared
# checks this against the views, for the rightful professional.
BENEFICIARY_URLS = {
    "beneficiary_detail": {"GET"},
    "beneficiary_card": {"GET"},
    "beneficiary_pin_reset": {"POST"},
    "beneficiary_deactivate": {"GET", "POST"},
    "beneficiary_unlock": {"POST"},
    "beneficiary_export_json": {"POST"},
    "beneficiary_export_csv": {"POST"},
    "beneficiary_erase": {"GET", "POST"},
}
# URLs without a beneficiary id, each checked by a test of its own below.
OTHER_URLS = {"code_login", "beneficiary_list", "beneficiary_create", "my_account"}
# The weekly digest's choice (the signed-in user's own) and its signed
# unsubscribe link (no sign-in): tests/lms/test_digests.py.
OTHER_URLS |= {"digest_preference", "digest_unsubscribe"}
# Changes only the signed-in person's own setting: tests/people/test_data_saver.py.
OTHER_URLS |= {"data_saver_set"}
# Coordinators only: tests/people/test_audit.py checks everyone else is refused.
OTHER_URLS |= {"audit_journal"}
# The CSV import pages, checked in tests/people/test_csv_import.py.
IMPORT_URLS = {
    "beneficiary_import",
    "beneficiary_import_template",
    "beneficiary_import_confirm",
    "beneficiary_import_result",
    "beneficiary_import_cards",
}
OTHER_URLS |= IMPORT_URLS

ACTORS = ["other_professional", "beneficiary", "anonymous"]


def people_patterns() -> list[URLPattern]:
    _prefix, resolver = get_resolver().namespace_dict["people"]
    return list(resolver.url_patterns)


def beneficiary_patterns() -> list[str]:
    return [
        p.name for p in people_patterns() if "beneficiary_id" in p.pattern.converters
    ]


def test_the_matrix_covers_every_url_of_the_namespace():
    names = [p.name for p in people_patterns()]
    assert len(names) == len(set(names)), "every people URL needs its own name"
    assert set(beneficiary_patterns()) == set(BENEFICIARY_URLS)
    assert set(names) == set(BENEFICIARY_URLS) | OTHER_URLS


@pytest.fixture
def target(joseph):
    """A locked beneficiary of Corbeil: any unlock, reset or deactivation shows."""
    profile, _pin = joseph
    for _ in range(MAX_PIN_ATTEMPTS):
        beneficiary_authenticate(login_code=profile.login_code, pin="0000")
    profile.refresh_from_db()
    assert profile.is_locked
    return profile


def _state(profile):
    profile.refresh_from_db()
    profile.user.refresh_from_db()
    return (profile.pin_hash, profile.locked_at, profile.user.is_active)


def _sign_in(client, actor, *, corbeil, pro_grigny):
    if actor == "other_professional":
        client.force_login(pro_grigny)
    elif actor == "beneficiary":
        neighbour, _pin = builders.beneficiary(corbeil, first_name="Voisin")
        client.force_login(neighbour.user)


def _assert_refused(response, method, name, profile):
    allowed = BENEFICIARY_URLS[name]
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("login") + "?next=")
    elif response.status_code == 405:
        assert method not in allowed, (name, method)
    else:
        assert response.status_code in (403, 404), (name, method, response.status_code)
    body = page_text(response)
    assert profile.user.first_name not in body
    assert profile.login_code not in body


@pytest.mark.parametrize("actor", ACTORS)
def test_no_one_else_reaches_a_beneficiary(client, actor, target, corbeil, pro_grigny):
    _sign_in(client, actor, corbeil=corbeil, pro_grigny=pro_grigny)
    before = _state(target)
    checked = 0
    for name in beneficiary_patterns():
        url = reverse(f"people:{name}", kwargs={"beneficiary_id": target.pk})
        for method in ("GET", "POST"):
            response = getattr(client, method.lower())(url)
            _assert_refused(response, method, name, target)
            assert _state(target) == before, (name, method)
            checked += 1
    assert checked == 2 * len(BENEFICIARY_URLS)


def test_allowed_methods_are_as_declared(client, target, pro_corbeil):
    """The rightful professional reaches every URL: the matrix is not vacuous."""
    client.force_login(pro_corbeil)
    for name in beneficiary_patterns():
        url = reverse(f"people:{name}", kwargs={"beneficiary_id": target.pk})
        for method in ("GET", "POST"):
            response = getattr(client, method.lower())(url)
            if method in BENEFICIARY_URLS[name]:
                assert response.status_code in (200, 302), (name, method)
            else:
                assert response.status_code == 405, (name, method)
        if "GET" in BENEFICIARY_URLS[name]:
            response = client.get(url)
            assert target.user.first_name in page_text(response), name


def test_the_list_shows_only_the_professionals_own_beneficiaries(
    client, target, pro_grigny, grigny
):
    builders.beneficiary(grigny, by=pro_grigny, first_name="Yasmina")
    client.force_login(pro_grigny)
    url = reverse("people:beneficiary_list")
    for query in ("", f"?q={target.login_code}", f"?structure={target.structure_id}"):
        response = client.get(url + query)
        body = page_text(response)
        assert response.status_code == 200
        assert target.user.first_name not in body
        # The search box echoes the query; the list itself must not hold the code.
        assert f">{target.login_code}<" not in body
    assert "Yasmina" in client.get(url).content.decode()


def test_the_create_form_offers_only_the_professionals_structures(
    client, corbeil, grigny, pro_grigny
):
    client.force_login(pro_grigny)
    url = reverse("people:beneficiary_create")
    body = client.get(url).content.decode()
    assert grigny.name in body and corbeil.name not in body
    response = client.post(
        url, {"structure": corbeil.pk, "first_name": "Intrus", "consent": "on"}
    )
    assert response.status_code == 200
    assert not corbeil.beneficiaries.exists()


@pytest.mark.parametrize("name", ["beneficiary_list", "beneficiary_create"])
def test_beneficiaries_and_anonymous_users_cannot_list_or_create(
    client, name, target, corbeil
):
    url = reverse(f"people:{name}")
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        assert response.status_code in (302, 405)
        if response.status_code == 302:
            assert response["Location"].startswith(reverse("login"))
    neighbour, _pin = builders.beneficiary(corbeil, first_name="Voisin")
    client.force_login(neighbour.user)
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        assert response.status_code in (403, 405)
        assert target.user.first_name not in page_text(response)
    assert corbeil.beneficiaries.count() == 2


def test_the_code_sign_in_page_is_public_and_reveals_no_one(client, target):
    response = client.get(reverse("people:code_login"))
    assert response.status_code == 200
    assert target.login_code not in page_text(response)
