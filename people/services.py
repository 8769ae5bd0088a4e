"""Writes about people: role groups, beneficiaries and their sign-in by code and PIN."""

import secrets
import string

from django.contrib.auth import password_validation
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from people import roles
from people.audit import audit_record
from people.hashers import PIN_HASHER
from people.models import AuditAction, BeneficiaryProfile, Structure, User
from people.models.beneficiaries import (
    LOGIN_CODE_ALPHABET,
    LOGIN_CODE_LENGTH,
    MAX_PIN_ATTEMPTS,
)
from people.selectors import (
    beneficiary_can_manage,
    login_code_normalize,
    structures_for_user,
)
from people.sessions import user_sessions_end

PIN_LENGTH = 4
PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 6


@transaction.atomic
def roles_setup() -> dict[str, Group]:
    """Create the role groups and give them their model permissions (idempotent).

    Raises Permission.DoesNotExist if a listed permission is unknown.
    """
    groups = {}
    for name, codenames in roles.GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        perms = []
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            perms.append(
                Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
            )
        group.permissions.add(*perms)
        groups[name] = group
    return groups


def _pin_is_weak(pin: str) -> bool:
    # 0000, 1234, 9876…: the first PINs anyone would try.
    return len(set(pin)) == 1 or pin in string.digits or pin in string.digits[::-1]


def pin_generate() -> str:
    """A random PIN of PIN_LENGTH digits that is not trivial to guess."""
    while True:
        pin = "".join(secrets.choice(string.digits) for _ in range(PIN_LENGTH))
        if not _pin_is_weak(pin):
            return pin


def pin_validate(pin: str) -> None:
    """Raise ValidationError unless the PIN has 4 to 6 digits and is not trivial."""
    if not (
        pin.isascii() and pin.isdigit() and PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH
    ):
        raise ValidationError(
            {"pin": _("Le code secret compte 4 à 6 chiffres.")}, code="pin_format"
        )
    if _pin_is_weak(pin):
        raise ValidationError(
            {"pin": _("Ce code secret est trop facile à deviner.")}, code="pin_weak"
        )


def _login_code_generate() -> str:
    for _attempt in range(50):
        code = "".join(
            secrets.choice(LOGIN_CODE_ALPHABET) for _ in range(LOGIN_CODE_LENGTH)
        )
        taken = (
            BeneficiaryProfile.objects.filter(login_code=code).exists()
            or User.objects.filter(username=_username_for(code)).exists()
        )
        if not taken:
            return code
    raise RuntimeError("No free login code after 50 attempts")  # ~10⁹ codes


def _username_for(login_code: str) -> str:
    return f"b.{login_code.lower()}"


def _check_structure(*, by, structure: Structure) -> None:
    if not structures_for_user(by).filter(pk=structure.pk).exists():
        raise PermissionDenied(
            _("Vous ne pouvez pas gérer les bénéficiaires de cette structure.")
        )
    if not structure.active:
        raise ValidationError(
            {"structure": _("Cette structure n'est plus active.")},
            code="structure_inactive",
        )


def _check_manage(*, by, beneficiary: BeneficiaryProfile) -> None:
    if not beneficiary_can_manage(user=by, profile=beneficiary):
        raise PermissionDenied(_("Vous ne pouvez pas gérer ce bénéficiaire."))


def _profile_create(
    *,
    by,
    user: User,
    structure: Structure,
    consent_text: str,
    year_of_birth: int | None,
    phone: str,
    login_code: str,
    pin: str | None,
) -> str:
    consent_text = consent_text.strip()
    if not consent_text:
        raise ValidationError(
            {"consent": _("La personne doit donner son accord.")},
            code="consent_missing",
        )
    pin = pin_generate() if pin is None else pin
    pin_validate(pin)
    profile = BeneficiaryProfile(
        user=user,
        structure=structure,
        year_of_birth=year_of_birth,
        phone=phone.strip(),
        consent_at=timezone.now(),
        consent_text=consent_text,
        login_code=login_code,
        pin_hash=make_password(pin, hasher=PIN_HASHER),
        created_by=by,
    )
    profile.full_clean()
    profile.save()
    user.groups.add(Group.objects.get_or_create(name=roles.BENEFICIARY)[0])
    return pin


@transaction.atomic
def beneficiary_create(
    *,
    by,
    structure: Structure,
    first_name: str,
    consent_text: str,
    year_of_birth: int | None = None,
    phone: str = "",
    email: str = "",
    login_code: str | None = None,
    pin: str | None = None,
) -> tuple[User, str]:
    """Create a beneficiary's account in a structure; return it with its clear PIN,
    shown once. `login_code` and `pin` fix the values (demo, imports).

    Raises PermissionDenied if `by` may not manage the structure, ValidationError
    for a missing first name or consent, a bad PIN, code, year or phone.
    """
    _check_structure(by=by, structure=structure)
    first_name = first_name.strip()
    if not first_name:
        raise ValidationError(
            {"first_name": _("Indiquez un prénom ou un pseudonyme.")},
            code="first_name_missing",
        )
    code = login_code_normalize(login_code) if login_code else _login_code_generate()
    user = User(
        username=_username_for(code), first_name=first_name, email=email.strip()
    )
    user.set_unusable_password()
    user.full_clean()
    user.save()
    pin = _profile_create(
        by=by,
        user=user,
        structure=structure,
        consent_text=consent_text,
        year_of_birth=year_of_birth,
        phone=phone,
        login_code=code,
        pin=pin,
    )
    return user, pin


@transaction.atomic
def beneficiary_profile_add(
    *,
    by,
    user: User,
    structure: Structure,
    consent_text: str,
    login_code: str | None = None,
    pin: str | None = None,
) -> str:
    """Give an existing account a beneficiary profile; return the clear PIN.

    Raises PermissionDenied and ValidationError as beneficiary_create does.
    """
    _check_structure(by=by, structure=structure)
    code = login_code_normalize(login_code) if login_code else _login_code_generate()
    return _profile_create(
        by=by,
        user=user,
        structure=structure,
        consent_text=consent_text,
        year_of_birth=None,
        phone="",
        login_code=code,
        pin=pin,
    )


@transaction.atomic
def beneficiary_pin_reset(*, by, beneficiary: BeneficiaryProfile) -> str:
    """Give the beneficiary a new PIN (and unlock them); return it, shown once.

    Raises PermissionDenied if `by` may not manage this beneficiary.
    """
    _check_manage(by=by, beneficiary=beneficiary)
    pin = pin_generate()
    beneficiary.pin_hash = make_password(pin, hasher=PIN_HASHER)
    beneficiary.failed_pin_attempts = 0
    beneficiary.locked_at = None
    beneficiary.save(update_fields=["pin_hash", "failed_pin_attempts", "locked_at"])
    # A session opened with the old PIN (a lost card) ends now.
    user_sessions_end(user=beneficiary.user)
    audit_record(by=by, action=AuditAction.PIN_RESET, profile=beneficiary)
    return pin


@transaction.atomic
def beneficiary_deactivate(*, by, beneficiary: BeneficiaryProfile) -> None:
    """Close the beneficiary's account: they can no longer sign in.

    Raises PermissionDenied if `by` may not manage this beneficiary.
    """
    _check_manage(by=by, beneficiary=beneficiary)
    user = beneficiary.user
    if user.is_active:
        user.is_active = False
        user.save(update_fields=["is_active"])
        # Refused already while inactive; reactivating must not revive them.
        user_sessions_end(user=user)
        audit_record(by=by, action=AuditAction.DEACTIVATE, profile=beneficiary)


@transaction.atomic
def beneficiary_unlock(*, by, beneficiary: BeneficiaryProfile) -> None:
    """Let a beneficiary locked after wrong PINs try again (same PIN).

    Raises PermissionDenied if `by` may not manage this beneficiary.
    """
    _check_manage(by=by, beneficiary=beneficiary)
    was_locked = beneficiary.locked_at is not None
    beneficiary.failed_pin_attempts = 0
    beneficiary.locked_at = None
    beneficiary.save(update_fields=["failed_pin_attempts", "locked_at"])
    if was_locked:
        audit_record(by=by, action=AuditAction.UNLOCK, profile=beneficiary)


def beneficiary_pin_matches(*, profile: BeneficiaryProfile, pin: str) -> bool:
    """Whether this active, unlocked beneficiary's PIN is `pin`. Counts nothing:
    callers that show the person's name to others limit guesses themselves."""
    if not profile.user.is_active or profile.is_locked:
        make_password(pin, hasher=PIN_HASHER)  # same cost either way
        return False
    return check_password(pin, profile.pin_hash)


@transaction.atomic
def beneficiary_authenticate(*, login_code: str, pin: str) -> User | None:
    """The active beneficiary with this code and PIN, or None. Counts wrong PINs
    and locks the account after MAX_PIN_ATTEMPTS; a locked account refuses even
    the right PIN until a professional unlocks it. Raises nothing."""
    profile = (
        BeneficiaryProfile.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(login_code=login_code_normalize(login_code))
        .first()
    )
    if profile is None or not profile.user.is_active or profile.is_locked:
        # Same hashing cost as a real check: the timing does not tell codes apart.
        make_password(pin, hasher=PIN_HASHER)
        return None
    if check_password(pin, profile.pin_hash):
        if profile.failed_pin_attempts:
            profile.failed_pin_attempts = 0
            profile.save(update_fields=["failed_pin_attempts"])
        return profile.user
    # Concurrent wrong PINs all count: the row is locked above (PostgreSQL) and
    # the increment happens in the database, never from a stale Python value.
    rows = BeneficiaryProfile.objects.filter(pk=profile.pk)
    rows.update(failed_pin_attempts=F("failed_pin_attempts") + 1)
    rows.filter(
        failed_pin_attempts__gte=MAX_PIN_ATTEMPTS, locked_at__isnull=True
    ).update(locked_at=timezone.now())
    return None


@transaction.atomic
def beneficiary_credentials_add(*, user, email: str = "", password: str = "") -> None:
    """Let a beneficiary add an e-mail address and/or a password to their account.

    Their code and PIN keep working. Raises ValidationError for an invalid or
    already used e-mail, a weak password, or nothing to save.
    """
    email = (email or "").strip()
    if not email and not password:
        raise ValidationError(_("Écrivez une adresse e-mail ou un mot de passe."))
    if email:
        validate_email(email)
        if User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists():
            raise ValidationError(
                _("Cette adresse e-mail est déjà utilisée par un autre compte.")
            )
        user.email = email
    if password:
        password_validation.validate_password(password, user)
        user.set_password(password)
    user.save()


def user_data_saver_set(*, user: User, enabled: bool) -> User:
    """Turn « Économiser les données » on or off for a signed-in person (their
    lessons' pictures then show only on tap).

    Raises ValidationError if the person is signed out or inactive."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise ValidationError(_("Connectez-vous pour changer ce réglage."))
    if user.data_saver != enabled:
        user.data_saver = enabled
        user.save(update_fields=["data_saver"])
    return user
