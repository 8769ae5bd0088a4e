import base64
import re
import time

import pytest
from django.contrib.auth.hashers import check_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from people.forms import CONSENT_TEXT
from people.imports import (
    MAX_ROWS,
    beneficiaries_csv_import,
    beneficiaries_csv_parse,
    template_csv,
)
from people.models import BeneficiaryProfile
from people.views.imports import PENDING_SESSION_KEY, RESULT_SESSION_KEY
from tests import builders

HEADER = "prenom;annee_naissance;telephone;email;consentement"
IMPORT_URLS = {
    "beneficiary_import": {"GET", "POST"},
    "beneficiary_import_template": {"GET"},
    "beneficiary_import_confirm": {"POST"},
    "beneficiary_import_result": {"GET", "POST"},
    "beneficiary_import_cards": {"GET"},
}


def _csv(*rows: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return "\r\n".join([header, *rows]).encode(encoding)


GOOD = _csv(
    "Fatou;1960;06 39 98 12 34;;oui",
    "Marcel;;;marcel@example.org;Oui",
    "Hélène;1975;;;OUI",
)


def _upload(client, structure, data: bytes, name: str = "liste.csv"):
    return client.post(
        reverse("people:beneficiary_import"),
        {"structure": structure.pk, "file": SimpleUploadedFile(name, data)},
    )


def _token(html: str) -> str | None:
    match = re.search(r'name="token" value="([^"]+)"', html)
    return match.group(1) if match else None


def _text(response) -> str:
    return response.content.decode().replace("&#x27;", "'")


def test_the_template_downloads_for_excel_and_imports_as_is(
    client, corbeil, pro_corbeil
):
    client.force_login(pro_corbeil)
    response = client.get(reverse("people:beneficiary_import_template"))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf" + HEADER.encode())
    assert response.content == template_csv()
    preview = beneficiaries_csv_parse(data=response.content, structure=corbeil)
    assert preview.is_valid and len(preview.rows) == 1


def test_a_valid_file_imports_every_row_after_confirmation(
    client, corbeil, pro_corbeil
):
    client.force_login(pro_corbeil)
    list_page = client.get(reverse("people:beneficiary_list")).content.decode()
    assert reverse("people:beneficiary_import") in list_page
    response = _upload(client, corbeil, GOOD)
    html = _text(response)
    assert response.status_code == 200
    assert "Confirmer l'import de 3 personnes" in html
    assert '<th scope="row">4</th>' in html
    assert not BeneficiaryProfile.objects.exists()  # a preview writes nothing

    response = client.post(
        reverse("people:beneficiary_import_confirm"), {"token": _token(html)}
    )
    assert response["Location"] == reverse("people:beneficiary_import_result")
    profiles = BeneficiaryProfile.objects.select_related("user")
    assert sorted(p.user.first_name for p in profiles) == ["Fatou", "Hélène", "Marcel"]
    fatou = profiles.get(user__first_name="Fatou")
    assert (fatou.year_of_birth, fatou.phone) == (1960, "06 39 98 12 34")
    assert profiles.get(user__first_name="Marcel").user.email == "marcel@example.org"
    assert {p.structure for p in profiles} == {corbeil}
    assert {p.consent_text for p in profiles} == {str(CONSENT_TEXT)}
    assert {p.created_by for p in profiles} == {pro_corbeil}
    assert PENDING_SESSION_KEY not in client.session

    result = client.get(reverse("people:beneficiary_import_result"))
    assert "no-store" in result["Cache-Control"]
    pins = re.findall(r'<strong class="pin">(\d+)</strong>', result.content.decode())
    assert len(pins) == 3
    for profile in profiles:
        assert profile.login_code in result.content.decode()
        assert any(check_password(pin, profile.pin_hash) for pin in pins)
    cards = client.get(reverse("people:beneficiary_import_cards")).content.decode()
    assert cards.count('class="login-card"') == 3
    assert all(f'<strong class="pin">{pin}</strong>' in cards for pin in pins)

    # Once done, the PINs are gone; the same token cannot import twice.
    client.post(reverse("people:beneficiary_import_result"))
    assert RESULT_SESSION_KEY not in client.session
    again = client.get(reverse("people:beneficiary_import_cards"), follow=True)
    assert not re.search(r'class="pin">\d', again.content.decode())
    client.post(reverse("people:beneficiary_import_confirm"), {"token": _token(html)})
    assert BeneficiaryProfile.objects.count() == 3


def test_one_bad_row_imports_nothing_and_the_preview_names_it(
    client, corbeil, pro_corbeil
):
    data = _csv(
        "Fatou;1960;;;oui",
        "Marcel;;;;oui",
        "Joseph;1850;;;oui",
        "Aïcha;;pas un numéro;pas-un-email;oui",
        ";1980;;;non",
    )
    client.force_login(pro_corbeil)
    html = _text(_upload(client, corbeil, data))
    assert (
        "Ligne 4, colonne année de naissance : 1850 n'est pas une année possible."
        in html
    )
    assert "Ligne 5, colonne téléphone : Indiquez un numéro de téléphone" in html
    assert "Ligne 5, colonne e-mail :" in html
    assert "Ligne 6, colonne prénom : Indiquez un prénom ou un pseudonyme." in html
    assert "Ligne 6, colonne consentement :" in html
    assert "Confirmer l'import" not in html and _token(html) is None
    assert 'role="alert"' in html
    assert PENDING_SESSION_KEY not in client.session
    with pytest.raises(ValidationError) as caught:
        beneficiaries_csv_import(
            by=pro_corbeil, structure=corbeil, data=data, consent_text="Accord."
        )
    assert len(caught.value.messages) == 5
    assert not BeneficiaryProfile.objects.exists()


def test_a_too_recent_year_is_refused_with_the_models_rule(corbeil):
    preview = beneficiaries_csv_parse(data=_csv("Léo;2030;;;oui"), structure=corbeil)
    assert not preview.is_valid
    assert (
        preview.rows[0]
        .errors[0]
        .startswith(
            "Ligne 2, colonne année de naissance : 2030 n'est pas une année possible. "
            "L'année de naissance doit être"
        )
    )


@pytest.mark.parametrize(
    "data",
    [
        _csv(
            "Hélène;1975;06 39 98 12 34;;oui",
            header="Prénom;Année de naissance;Téléphone;E-mail;Consentement",
            encoding="cp1252",
        ),
        "\ufeffPRENOM,annee_naissance,Téléphone,e-mail,consentement\r\n"
        "Hélène,1975,06 39 98 12 34,,oui\r\n".encode(),
        "Prénom\tConsentement\nHélène\toui\n".encode(),
        # Excel adds empty columns and blank lines; both are ignored.
        "prenom;consentement;;\r\n\r\nHélène;oui;;\r\n;;;\r\n".encode("cp1252"),
    ],
    ids=["cp1252-semicolon", "utf8-bom-comma", "tab", "empty-cells"],
)
def test_encodings_delimiters_and_header_variants_are_understood(corbeil, data):
    preview = beneficiaries_csv_parse(data=data, structure=corbeil)
    assert preview.is_valid, preview.messages
    assert [row.first_name for row in preview.rows] == ["Hélène"]


def test_duplicates_in_the_file_or_the_structure_are_refused(corbeil, joseph):
    profile, _pin = joseph
    data = _csv(
        "Fatou;1960;06 39 98 12 34;;oui",
        "Marcel;;;;oui",
        "fatou ;1960;06.39.98.12.34;;oui",
        f"{profile.user.first_name};;;;oui",
    )
    preview = beneficiaries_csv_parse(data=data, structure=corbeil)
    assert preview.messages == [
        "Ligne 4 : même prénom, année de naissance et téléphone que la ligne 2.",
        "Ligne 5 : une personne avec ce prénom, cette année de naissance et ce "
        "téléphone est déjà inscrite dans cette structure.",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Le fichier est vide."),
        (b" \r\n;;\r\n", "Le fichier est vide."),
        (HEADER.encode(), "ne contient que la ligne des titres"),
        (_csv(*["Fatou;;;;oui"] * (MAX_ROWS + 1)), "501 personnes ; 500 au plus"),
        (b"prenom;consentement\r\n" + b"x" * 1024 * 1024, "dépasse 1 Mo"),
        (_csv("Fatou;oui", header="prenom;consentement;nir"), "« nir » n'est pas"),
        (_csv("Fatou", header="prenom"), "Il manque la colonne « consentement »"),
        (b"\x81\x8d\x8f\x90\x9d", "ne se lit pas comme un texte"),
    ],
    ids=[
        "empty",
        "blank",
        "header-only",
        "too-many",
        "too-big",
        "unknown",
        "no-consent",
        "binary",
    ],
)
def test_files_that_cannot_be_imported_say_why(corbeil, pro_corbeil, data, message):
    preview = beneficiaries_csv_parse(data=data, structure=corbeil)
    assert not preview.is_valid
    assert message in " ".join(preview.messages)
    with pytest.raises(ValidationError):
        beneficiaries_csv_import(
            by=pro_corbeil, structure=corbeil, data=data, consent_text="Accord."
        )
    assert not BeneficiaryProfile.objects.exists()


def test_exactly_the_maximum_is_accepted(corbeil):
    rows = [f"Personne{n};;;;oui" for n in range(MAX_ROWS)]
    assert beneficiaries_csv_parse(data=_csv(*rows), structure=corbeil).is_valid


def test_a_professional_cannot_import_into_another_structure(
    client, corbeil, grigny, pro_grigny
):
    client.force_login(pro_grigny)
    page = client.get(reverse("people:beneficiary_import")).content.decode()
    assert grigny.name in page and corbeil.name not in page
    response = _upload(client, corbeil, GOOD)
    assert response.status_code == 200
    assert "Confirmer l'import" not in _text(response)
    assert PENDING_SESSION_KEY not in client.session
    with pytest.raises(PermissionDenied):
        beneficiaries_csv_import(
            by=pro_grigny, structure=corbeil, data=GOOD, consent_text="Accord."
        )
    # A pending import pointing at a structure they do not manage.
    session = client.session
    session[PENDING_SESSION_KEY] = {
        "token": "t" * 32,
        "structure": corbeil.pk,
        "data": base64.b64encode(GOOD).decode(),
        "at": time.time(),
    }
    session.save()
    response = client.post(
        reverse("people:beneficiary_import_confirm"), {"token": "t" * 32}
    )
    assert response.status_code in (403, 404)
    assert not BeneficiaryProfile.objects.exists()


def test_a_tampered_token_is_refused_and_writes_nothing(client, corbeil, pro_corbeil):
    client.force_login(pro_corbeil)
    token = _token(_text(_upload(client, corbeil, GOOD)))
    assert token
    response = client.post(
        reverse("people:beneficiary_import_confirm"), {"token": token + "x"}
    )
    assert response["Location"] == reverse("people:beneficiary_import")
    response = client.post(reverse("people:beneficiary_import_confirm"))
    assert response["Location"] == reverse("people:beneficiary_import")
    assert not BeneficiaryProfile.objects.exists()


def test_the_confirmation_checks_the_file_again(client, corbeil, pro_corbeil):
    client.force_login(pro_corbeil)
    token = _token(_text(_upload(client, corbeil, GOOD)))
    # Someone registers Marcel between the preview and the confirmation.
    builders.beneficiary(corbeil, by=pro_corbeil, first_name="Marcel")
    response = client.post(
        reverse("people:beneficiary_import_confirm"), {"token": token}
    )
    html = _text(response)
    assert response.status_code == 200
    assert "Ligne 3 : une personne avec ce prénom" in html
    assert "Confirmer l'import" not in html
    assert BeneficiaryProfile.objects.count() == 1


@pytest.mark.parametrize("name", sorted(IMPORT_URLS))
def test_beneficiaries_and_anonymous_users_cannot_import(client, name, corbeil):
    url = reverse(f"people:{name}")
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        assert response.status_code in (302, 405), (name, method)
        if response.status_code == 302:
            assert response["Location"].startswith(reverse("login"))
    neighbour, _pin = builders.beneficiary(corbeil, first_name="Voisin")
    client.force_login(neighbour.user)
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        assert response.status_code in (403, 405), (name, method)
    response = _upload(client, corbeil, GOOD)
    assert response.status_code == 403
    assert BeneficiaryProfile.objects.count() == 1


def test_the_coordinator_imports_into_any_structure(client, grigny, coordinator):
    client.force_login(coordinator)
    token = _token(_text(_upload(client, grigny, GOOD)))
    client.post(reverse("people:beneficiary_import_confirm"), {"token": token})
    assert grigny.beneficiaries.count() == 3


def test_the_imports_pins_are_forgotten_once_another_page_is_shown(
    client, corbeil, pro_corbeil
):
    client.force_login(pro_corbeil)
    html = _text(_upload(client, corbeil, GOOD))
    client.post(reverse("people:beneficiary_import_confirm"), {"token": _token(html)})
    result = client.get(reverse("people:beneficiary_import_result")).content.decode()
    assert len(re.findall(r'class="pin">\d', result)) == 3
    cards = client.get(reverse("people:beneficiary_import_cards")).content.decode()
    assert cards.count('class="login-card"') == 3
    assert RESULT_SESSION_KEY in client.session  # result and cards share them

    client.get(reverse("people:beneficiary_list"))  # any other page
    assert RESULT_SESSION_KEY not in client.session
    again = client.get(reverse("people:beneficiary_import_cards"), follow=True)
    assert not re.search(r'class="pin">\d', again.content.decode())
