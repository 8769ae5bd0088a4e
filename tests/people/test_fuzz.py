"""Property tests: the CSV import, the sign-in by code, the beneficiary form and
the list's parameters — no HTTP 500, nothing half-written, a French message."""

import base64
import time

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from people.imports import beneficiaries_csv_import, beneficiaries_csv_parse
from people.models import BeneficiaryProfile
from people.views.imports import PENDING_LIFETIME, PENDING_SESSION_KEY
from tests.fuzz import CONTROL, assert_french, param_text, typed_text

HEADER = "prenom;annee_naissance;telephone;email;consentement"
cell = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "1960", "oui", "06 12 34 56 78", "a@b.fr", '"', ";", "\x00"]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)
row = st.lists(cell, min_size=0, max_size=7).map(";".join)
csv_text = st.lists(row, max_size=6).map(lambda rows: "\r\n".join([HEADER, *rows]))
csv_bytes = st.one_of(
    csv_text.map(lambda t: t.encode("utf-8")),
    csv_text.map(lambda t: t.encode("utf-16")),
    st.binary(max_size=200),
    st.builds(lambda t, c: (t + c + "\r\nAwa;1960;;;oui").encode(), csv_text, CONTROL),
)


@given(csv_bytes)
@example(f"{HEADER}\r\nBin\x00tou;1970;;;oui".encode())
@example(f"{HEADER}\r\nAwa;99999999999999999999999;;;oui".encode())
def test_the_csv_import_creates_every_row_or_none_and_says_why(
    corbeil, pro_corbeil, data
):
    users = get_user_model().objects.count()
    preview = beneficiaries_csv_parse(data=data, structure=corbeil)
    if not preview.is_valid:
        if preview.errors or preview.invalid_rows:
            assert_french(preview.messages)
        with pytest.raises(Exception) as refused:
            beneficiaries_csv_import(
                by=pro_corbeil, structure=corbeil, data=data, consent_text="Accord."
            )
        assert refused.type.__name__ == "ValidationError"
        assert get_user_model().objects.count() == users
    else:
        assert "\x00" not in data.decode("utf-8-sig", errors="replace")
        created = beneficiaries_csv_import(
            by=pro_corbeil, structure=corbeil, data=data, consent_text="Accord."
        )
        assert get_user_model().objects.count() == users + len(created)


def test_a_nul_byte_in_the_csv_is_refused_naming_its_line(corbeil):
    data = f"{HEADER}\r\nAwa;1960;;;oui\r\nBin\x00tou;1970;;;oui".encode()
    preview = beneficiaries_csv_parse(data=data, structure=corbeil)
    assert not preview.is_valid
    assert preview.errors[0].startswith("Ligne 3 :")


def _pending(client, corbeil, *, age: float) -> None:
    session = client.session
    session[PENDING_SESSION_KEY] = {
        "token": "t" * 32,
        "structure": corbeil.pk,
        "data": base64.b64encode(f"{HEADER}\r\nAwa;1960;;;oui".encode()).decode(),
        "at": time.time() - age,
    }
    session.save()


def test_a_preview_older_than_an_hour_cannot_be_confirmed(client, corbeil, pro_corbeil):
    client.force_login(pro_corbeil)
    _pending(client, corbeil, age=PENDING_LIFETIME + 1)
    response = client.post(
        reverse("people:beneficiary_import_confirm"), {"token": "t" * 32}, follow=True
    )
    assert not BeneficiaryProfile.objects.exists()
    assert "Déposez le fichier à nouveau" in response.content.decode()
    assert PENDING_SESSION_KEY not in client.session


def test_a_preview_within_the_hour_is_confirmed(client, corbeil, pro_corbeil):
    client.force_login(pro_corbeil)
    _pending(client, corbeil, age=PENDING_LIFETIME - 60)
    client.post(reverse("people:beneficiary_import_confirm"), {"token": "t" * 32})
    assert BeneficiaryProfile.objects.get().user.first_name == "Awa"


@hypothesis_settings(max_examples=15)  # each wrong PIN is hashed: slow
@given(code=typed_text, pin=typed_text)
@example(code="ABC\x00", pin="1234")
@example(code="--", pin="1234")  # nothing left of the code: was a 500
def test_the_code_sign_in_refuses_anything_in_french(client, db, code, pin):
    response = client.post(
        reverse("people:code_login"), {"login_code": code, "pin": pin}
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert_french([e for errors in form.errors.values() for e in errors])


@hypothesis_settings(max_examples=30)
@given(
    first_name=typed_text,
    phone=typed_text,
    year=st.one_of(param_text, st.integers().map(str)),
)
@example(first_name="Awa", phone="", year="99999999999999999999")
@example(first_name="A\x1bwa", phone="", year="1960")
def test_the_beneficiary_form_creates_a_whole_person_or_nothing(
    client, corbeil, pro_corbeil, first_name, phone, year
):
    client.force_login(pro_corbeil)
    count = BeneficiaryProfile.objects.count()
    response = client.post(
        reverse("people:beneficiary_create"),
        {
            "structure": corbeil.pk,
            "first_name": first_name,
            "phone": phone,
            "year_of_birth": year,
            "consent": "on",
        },
    )
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert BeneficiaryProfile.objects.count() == count
        assert_french(
            [e for errors in response.context["form"].errors.values() for e in errors]
        )
    else:
        created = BeneficiaryProfile.objects.latest("pk")
        assert "\x1b" not in created.user.first_name


@hypothesis_settings(max_examples=30)
@given(q=typed_text, page=param_text, tri=param_text, structure=param_text)
def test_the_beneficiary_list_answers_any_query(
    client, pro_corbeil, q, page, tri, structure
):
    client.force_login(pro_corbeil)
    response = client.get(
        reverse("people:beneficiary_list"),
        {"q": q[:300], "page": page, "tri": tri, "structure": structure},
    )
    assert response.status_code == 200
