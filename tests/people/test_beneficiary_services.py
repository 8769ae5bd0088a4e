import re
import threading

import pytest
from django.contrib.auth.hashers import check_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, connections

from people import roles
from people.models import AuditAction, AuditEvent, BeneficiaryProfile, Structure
from people.models.beneficiaries import LOGIN_CODE_ALPHABET, MAX_PIN_ATTEMPTS
from people.selectors import beneficiaries_for_user, structures_for_user
from people.services import (
    beneficiary_authenticate,
    beneficiary_create,
    beneficiary_deactivate,
    beneficiary_pin_reset,
    beneficiary_unlock,
    pin_generate,
    pin_validate,
)
from tests import builders

CONSENT = "La personne accepte que la structure garde son prénom."


def test_it_creates_a_beneficiary_with_a_code_a_pin_and_the_role(corbeil, pro_corbeil):
    user, pin = beneficiary_create(
        by=pro_corbeil,
        structure=corbeil,
        first_name="  Fatou ",
        year_of_birth=1958,
        phone="06 12 34 56 78",
        consent_text=CONSENT,
    )
    profile = user.beneficiary_profile
    assert user.first_name == "Fatou"
    assert not user.has_usable_password()
    assert user.groups.filter(name=roles.BENEFICIARY).exists()
    assert re.fullmatch(f"[{LOGIN_CODE_ALPHABET}]{{6}}", profile.login_code)
    assert not set(profile.login_code) & set("01OIL")
    assert user.username == f"b.{profile.login_code.lower()}"
    assert re.fullmatch(r"[0-9]{4}", pin)
    assert pin not in profile.pin_hash
    assert check_password(pin, profile.pin_hash)
    assert profile.consent_text == CONSENT
    assert profile.consent_at is not None
    assert profile.created_by == pro_corbeil
    assert profile.structure == corbeil


def test_login_codes_are_unique(corbeil, pro_corbeil):
    codes = {
        builders.beneficiary(corbeil, by=pro_corbeil)[0].login_code for _ in range(20)
    }
    assert len(codes) == 20


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("first_name", "   "),
        ("consent_text", ""),
        ("year_of_birth", 1850),
        ("year_of_birth", 2030),
        ("phone", "pas un numéro"),
        ("email", "pas-une-adresse"),
        ("pin", "12a4"),
        ("pin", "123"),
        ("pin", "1234567"),
        ("pin", "1111"),
        ("pin", "1234"),
        ("login_code", "ABC1O0"),
    ],
)
def test_it_refuses_invalid_data_in_french(corbeil, pro_corbeil, field, value):
    data = {"first_name": "Fatou", "consent_text": CONSENT} | {field: value}
    with pytest.raises(ValidationError) as exc:
        beneficiary_create(by=pro_corbeil, structure=corbeil, **data)
    text = " ".join(exc.value.messages)
    assert text and "This field" not in text and "Enter a valid" not in text
    assert not BeneficiaryProfile.objects.exists()


def test_a_fixed_code_and_pin_can_be_given(corbeil, pro_corbeil):
    user, pin = beneficiary_create(
        by=pro_corbeil,
        structure=corbeil,
        first_name="Marcel",
        consent_text=CONSENT,
        login_code="crb-c67",
        pin="3691",
    )
    assert pin == "3691"
    assert user.beneficiary_profile.login_code == "CRBC67"


def test_generated_pins_have_four_to_six_digits_and_are_not_trivial():
    for _ in range(200):
        pin = pin_generate()
        pin_validate(pin)
        assert 4 <= len(pin) <= 6


def test_a_professional_of_another_structure_cannot_create_or_manage(
    corbeil, pro_grigny, joseph
):
    profile, _pin = joseph
    with pytest.raises(PermissionDenied):
        beneficiary_create(
            by=pro_grigny, structure=corbeil, first_name="Ali", consent_text=CONSENT
        )
    for service in (beneficiary_pin_reset, beneficiary_deactivate, beneficiary_unlock):
        with pytest.raises(PermissionDenied):
            service(by=pro_grigny, beneficiary=profile)
    assert not AuditEvent.objects.personal_data().exists()


def test_a_beneficiary_or_a_member_without_the_role_cannot_manage(corbeil, joseph):
    profile, _pin = joseph
    member_without_role = builders.user()
    corbeil.memberships.create(user=member_without_role)
    for person in (profile.user, member_without_role):
        with pytest.raises(PermissionDenied):
            beneficiary_pin_reset(by=person, beneficiary=profile)
        assert not structures_for_user(person).exists()


def test_a_coordinator_manages_every_structure(corbeil, grigny, coordinator):
    beneficiary_create(
        by=coordinator, structure=grigny, first_name="Ali", consent_text=CONSENT
    )
    builders.beneficiary(corbeil, by=coordinator)
    assert set(structures_for_user(coordinator)) == {corbeil, grigny}
    assert beneficiaries_for_user(coordinator).count() == 2


def test_a_professional_sees_only_the_beneficiaries_of_their_structures(
    corbeil, grigny, pro_corbeil, pro_grigny, joseph
):
    builders.beneficiary(grigny, by=pro_grigny, first_name="Yasmina")
    assert [p.user.first_name for p in beneficiaries_for_user(pro_corbeil)] == [
        "Zéphyrine"
    ]
    both = builders.professional(corbeil, grigny)
    assert beneficiaries_for_user(both).count() == 2
    assert beneficiaries_for_user(both, structure=grigny).get().user.first_name == (
        "Yasmina"
    )
    assert beneficiaries_for_user(both, search="yas").count() == 1
    code = joseph[0].login_code
    assert beneficiaries_for_user(both, search=code.lower()).get() == joseph[0]


def test_an_inactive_structure_takes_no_new_beneficiary(corbeil, pro_corbeil):
    Structure.objects.filter(pk=corbeil.pk).update(active=False)
    corbeil.refresh_from_db()
    with pytest.raises(ValidationError):
        beneficiary_create(
            by=pro_corbeil, structure=corbeil, first_name="Ali", consent_text=CONSENT
        )


@pytest.mark.parametrize("code", ["91", "01", "2A", "2B", "971", "976"])
def test_it_accepts_departement_codes(groups, code):
    builders.structure(departement=code).full_clean()


@pytest.mark.parametrize("code", ["", "9", "00", "20", "96", "970", "977", "2C", "2a"])
def test_it_refuses_unknown_departement_codes(groups, code):
    with pytest.raises(ValidationError) as exc:
        builders.structure(departement=code).full_clean()
    assert list(exc.value.message_dict) == ["departement"]


def test_the_right_pin_signs_in_and_resets_the_failures(joseph):
    profile, pin = joseph
    assert beneficiary_authenticate(login_code=profile.login_code, pin="9999") is None
    profile.refresh_from_db()
    assert profile.failed_pin_attempts == 1
    code = f" {profile.login_code[:3].lower()}-{profile.login_code[3:]} "
    assert beneficiary_authenticate(login_code=code, pin=pin) == profile.user
    profile.refresh_from_db()
    assert profile.failed_pin_attempts == 0


def test_five_wrong_pins_lock_the_account_until_a_professional_unlocks_it(
    joseph, pro_corbeil
):
    profile, pin = joseph
    wrong = "0000" if pin != "0000" else "9999"
    for attempt in range(1, MAX_PIN_ATTEMPTS + 1):
        assert (
            beneficiary_authenticate(login_code=profile.login_code, pin=wrong) is None
        )
        profile.refresh_from_db()
        assert profile.failed_pin_attempts == attempt
        assert profile.is_locked == (attempt == MAX_PIN_ATTEMPTS)
    # Locked: even the right PIN is refused, and nothing more is counted.
    assert beneficiary_authenticate(login_code=profile.login_code, pin=pin) is None
    profile.refresh_from_db()
    assert profile.failed_pin_attempts == MAX_PIN_ATTEMPTS

    beneficiary_unlock(by=pro_corbeil, beneficiary=profile)
    profile.refresh_from_db()
    assert not profile.is_locked and profile.failed_pin_attempts == 0
    assert beneficiary_authenticate(login_code=profile.login_code, pin=pin) == (
        profile.user
    )


def test_a_pin_reset_replaces_the_pin_and_unlocks(joseph, pro_corbeil):
    profile, old_pin = joseph
    for _ in range(MAX_PIN_ATTEMPTS):
        beneficiary_authenticate(login_code=profile.login_code, pin="0000")
    new_pin = beneficiary_pin_reset(by=pro_corbeil, beneficiary=profile)
    pin_validate(new_pin)
    profile.refresh_from_db()
    assert not profile.is_locked
    assert check_password(new_pin, profile.pin_hash)
    if new_pin != old_pin:
        assert (
            beneficiary_authenticate(login_code=profile.login_code, pin=old_pin) is None
        )
    assert beneficiary_authenticate(login_code=profile.login_code, pin=new_pin)


def test_a_deactivated_beneficiary_cannot_sign_in(joseph, pro_corbeil):
    profile, pin = joseph
    beneficiary_deactivate(by=pro_corbeil, beneficiary=profile)
    profile.user.refresh_from_db()
    assert not profile.user.is_active
    assert beneficiary_authenticate(login_code=profile.login_code, pin=pin) is None


def test_pin_resets_unlocks_and_closures_go_in_the_journal(joseph, pro_corbeil):
    profile, _pin = joseph
    # Nothing to unlock yet: nothing happened, nothing is written.
    beneficiary_unlock(by=pro_corbeil, beneficiary=profile)
    assert not AuditEvent.objects.personal_data().exists()
    for _ in range(MAX_PIN_ATTEMPTS):
        beneficiary_authenticate(login_code=profile.login_code, pin="0000")
    profile.refresh_from_db()
    beneficiary_unlock(by=pro_corbeil, beneficiary=profile)
    beneficiary_pin_reset(by=pro_corbeil, beneficiary=profile)
    beneficiary_deactivate(by=pro_corbeil, beneficiary=profile)
    beneficiary_deactivate(by=pro_corbeil, beneficiary=profile)  # already closed
    events = list(
        AuditEvent.objects.personal_data()
        .order_by("pk")
        .values_list("action", "actor", "target", "target_label", "structure")
    )
    who = (pro_corbeil.pk, profile.user_id, profile.login_code, profile.structure_id)
    assert events == [
        (AuditAction.UNLOCK, *who),
        (AuditAction.PIN_RESET, *who),
        (AuditAction.DEACTIVATE, *who),
    ]


def test_an_unknown_code_is_refused(groups):
    assert beneficiary_authenticate(login_code="ZZZZZZ", pin="2580") is None


@pytest.mark.django_db(transaction=True)
def test_concurrent_wrong_pins_all_count(groups):
    """Threads need real concurrent connections: PostgreSQL only."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; run on PostgreSQL (make test)")
    corbeil = builders.structure()
    profile, pin = builders.beneficiary(corbeil)
    wrong = "2580" if pin != "2580" else "3691"
    barrier = threading.Barrier(MAX_PIN_ATTEMPTS + 2)

    def attempt():
        try:
            barrier.wait()
            beneficiary_authenticate(login_code=profile.login_code, pin=wrong)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt) for _ in range(MAX_PIN_ATTEMPTS + 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    profile.refresh_from_db()
    # Five count and lock; later ones find the account locked and count nothing.
    assert profile.failed_pin_attempts == MAX_PIN_ATTEMPTS
    assert profile.is_locked
