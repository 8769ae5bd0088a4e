"""A beneficiary's personal data (RGPD): export and erasure, each one recorded.

`people` is the bottom app and knows nothing of courses or quizzes: each upper app
declares what it holds about a person with `register_personal_data` in its
`AppConfig.ready()` (see courses/gdpr.py, quizzes/gdpr.py), naming the models the
section covers. A model that points at a person but holds nothing about them (the
professional who wrote a session, say) is declared with `register_not_personal`,
with the reason. tests/people/test_gdpr_coverage.py fails on a model holding a
person's foreign key that neither names.
"""

import dataclasses
import json
import secrets
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.hashers import make_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.spreadsheet import spreadsheet_csv
from people.audit import audit_record, person_label
from people.models import AuditAction, AuditEvent, BeneficiaryProfile, User
from people.selectors import beneficiary_can_manage

EXPORT_FORMAT = "relais-numerique/donnees-personnelles"
EXPORT_VERSION = 1
# Stored, not shown through gettext: the row must read the same in any language.
ERASED_NAME = "Personne effacée"
ERASED_USERNAME_PREFIX = "efface-"
# "~" never survives login_code_normalize (letters and digits only), so no code
# typed at the sign-in page can ever match an erased profile.
ERASED_CODE_PREFIX = "~"
ERASED_CODE_ALPHABET = string.ascii_lowercase + string.digits

Row = dict[str, Any]


@dataclass(frozen=True)
class PersonalDataSource:
    """One section of a person's data: how to list its rows and clear its free text."""

    label: str
    exporter: Callable[[User], list[Row]]
    # Clears what the person wrote (or was written about them) and returns how
    # many rows it changed; None when the section holds no free text.
    eraser: Callable[[User], int] | None = None
    # The models ("app_label.ModelName") whose rows this section exports.
    models: tuple[str, ...] = ()
    # Their free-text fields ("app_label.ModelName.field"): cleared by the eraser...
    erased: tuple[str, ...] = ()
    # ...or kept on erasure, with why (ids, choices from a list, aggregates).
    kept: dict[str, str] = dataclasses.field(default_factory=dict)


_sources: dict[str, PersonalDataSource] = {}
# "app_label.ModelName" -> why its person foreign keys hold no personal data.
_not_personal: dict[str, str] = {
    "people.Membership": "a professional's place in a structure",
}
# What this module handles itself: the account and its audit trail.
_CORE = PersonalDataSource(
    label="compte",
    exporter=lambda user: [],
    models=("people.User", "people.BeneficiaryProfile", "people.AuditEvent"),
    erased=(
        "people.BeneficiaryProfile.phone",
        "people.BeneficiaryProfile.consent_text",
        "people.BeneficiaryProfile.login_code",
        "people.BeneficiaryProfile.pin_hash",
    ),
    kept={
        "people.AuditEvent.actor_label": "who acted, a professional",
        "people.AuditEvent.target_label": "a login code, replaced on erasure",
        "people.AuditEvent.details": "append-only; counts and section names only",
    },
)


def register_personal_data(
    label: str,
    exporter: Callable[[User], list[Row]],
    eraser: Callable[[User], int] | None = None,
    *,
    models: tuple[str, ...] = (),
    erased: tuple[str, ...] = (),
    kept: dict[str, str] | None = None,
) -> None:
    """Declare a section of personal data held by an app: the models
    ("app_label.ModelName") it exports, the free-text fields
    ("app_label.ModelName.field") its eraser clears and those it keeps, with why.
    Registering the same label again replaces it. Raises nothing."""
    _sources[label] = PersonalDataSource(
        label=label,
        exporter=exporter,
        eraser=eraser,
        models=tuple(models),
        erased=tuple(erased),
        kept=dict(kept or {}),
    )


def register_not_personal(model: str, *, reason: str) -> None:
    """Declare that a model's person foreign keys hold nothing about a beneficiary
    (staff authorship, membership of a structure). Raises nothing."""
    _not_personal[model] = reason


def personal_data_coverage() -> tuple[dict[str, str], dict[str, str], set[str]]:
    """What the registrations name, for the coverage test: the models exported
    ("app_label.ModelName" -> section label), those holding nothing personal
    (-> why), and the free-text fields erased or kept. Raises nothing."""
    models: dict[str, str] = {}
    declared: set[str] = set()
    for source in (_CORE, *_sources.values()):
        models.update(dict.fromkeys(source.models, source.label))
        declared.update(source.erased, source.kept)
    return models, dict(_not_personal), declared


def choice_label_getter(model, field_name: str) -> Callable[[Any], Any]:
    """What `instance.get_<field>_display()` gives for a value, from the
    field's labels translated once: Django's method rebuilds and hashes the
    choices (each label translated again) on every call, a few milliseconds
    for an export's hundreds of rows (issue 13)."""
    labels = {
        value: str(label)
        for value, label in model._meta.get_field(field_name).flatchoices
    }
    return lambda value: labels.get(value, value)


def personal_data_sources() -> list[PersonalDataSource]:
    """The registered sections, in registration order."""
    return list(_sources.values())


def _check_manage(*, by, profile: BeneficiaryProfile) -> None:
    if not beneficiary_can_manage(user=by, profile=profile):
        raise PermissionDenied(_("Vous ne pouvez pas gérer ce bénéficiaire."))


def _account(profile: BeneficiaryProfile) -> Row:
    user = profile.user
    return {
        "prenom": user.first_name,
        "nom": user.last_name,
        "identifiant": user.username,
        "adresse_email": user.email,
        "annee_de_naissance": profile.year_of_birth,
        "telephone": profile.phone,
        "code_de_connexion": profile.login_code,
        "structure": str(profile.structure),
        "texte_du_consentement": profile.consent_text,
        "consentement_donne_le": profile.consent_at,
        "cree_par": person_label(profile.created_by) if profile.created_by else "",
        "cree_le": profile.created_at,
        "compte_actif": user.is_active,
        "derniere_connexion": user.last_login,
        "derniere_activite_le": profile.last_active_at,
        "donnees_effacees_le": profile.erased_at,
    }


def beneficiary_data_export(
    *, by, profile: BeneficiaryProfile, file_format: str = "json"
) -> dict:
    """Everything the platform holds about a beneficiary, as JSON-ready data (never
    the PIN or password hashes); records who exported it, in which format.

    Raises PermissionDenied if `by` may not manage the beneficiary, ValueError for
    a format other than "json" or "csv".
    """
    actions = {"json": AuditAction.EXPORT_JSON, "csv": AuditAction.EXPORT_CSV}
    if file_format not in actions:
        raise ValueError(f"Unknown export format: {file_format!r}")
    _check_manage(by=by, profile=profile)
    profile = BeneficiaryProfile.objects.select_related(
        "user", "structure", "created_by"
    ).get(pk=profile.pk)
    sections: dict[str, Any] = {"compte": _account(profile)}
    for source in personal_data_sources():
        sections[source.label] = source.exporter(profile.user)
    data = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exporte_le": timezone.now(),
        "exporte_par": person_label(by),
        "sections": sections,
    }
    audit_record(
        by=by,
        action=actions[file_format],
        profile=profile,
        target_label=profile.login_code,
        details={"sections": list(sections)},
    )
    # Dates and decimals become strings once, here: JSON and CSV show the same.
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def _flatten(value: Any, prefix: str) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flatten(item, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, list) and any(isinstance(i, dict | list) for i in value):
        for n, item in enumerate(value, 1):
            yield from _flatten(item, f"{prefix}.{n}")
    elif isinstance(value, list):
        yield prefix, " | ".join(str(i) for i in value)
    else:
        yield prefix, value


def beneficiary_data_csv(data: dict) -> str:
    """An export (from beneficiary_data_export) as CSV for a spreadsheet: a BOM,
    `;`, one value per line (section;ligne;champ;valeur). Raises nothing."""
    return spreadsheet_csv(_data_rows(data))


def _data_rows(data: dict) -> Iterator[list]:
    yield ["section", "ligne", "champ", "valeur"]
    for key in ("format", "version", "exporte_le", "exporte_par"):
        yield ["export", 1, key, data[key]]
    for section, content in data["sections"].items():
        rows = [content] if isinstance(content, dict) else content
        for n, row in enumerate(rows, 1):
            for field, value in _flatten(row, ""):
                yield [section, n, field, value]


def _erased_login_code() -> str:
    length = BeneficiaryProfile._meta.get_field("login_code").max_length
    for _attempt in range(50):
        code = ERASED_CODE_PREFIX + "".join(
            secrets.choice(ERASED_CODE_ALPHABET) for _ in range(length - 1)
        )
        if not BeneficiaryProfile.objects.filter(login_code=code).exists():
            return code
    raise RuntimeError("No free erased login code after 50 attempts")  # 36⁵ codes


@transaction.atomic
def beneficiary_erase(*, by, profile: BeneficiaryProfile) -> AuditEvent:
    """Anonymise a beneficiary: name, e-mail, phone, year of birth, consent text and
    the free text they wrote go; enrolments, completions and attempts stay, so the
    statistics stay true. The account can no longer sign in. Returns the audit event.

    Raises PermissionDenied if `by` may not manage the beneficiary, ValidationError
    if their data was already erased.
    """
    _check_manage(by=by, profile=profile)
    return _erase(by=by, profile=profile, details={})


@transaction.atomic
def beneficiary_anonymise_inactive(*, profile: BeneficiaryProfile) -> AuditEvent:
    """Anonymise a beneficiary past the retention period, as beneficiary_erase
    does, by the platform itself (people.retention). Returns the audit event.

    Raises ValidationError if their data was already erased."""
    return _erase(by=None, profile=profile, details={"reason": "retention"})


def _erase(*, by, profile: BeneficiaryProfile, details: dict) -> AuditEvent:
    # The row lock makes a second, concurrent erasure wait and then see erased_at.
    profile = (
        BeneficiaryProfile.objects.select_for_update(of=("self",))
        .select_related("user", "structure")
        .get(pk=profile.pk)
    )
    if profile.is_erased:
        raise ValidationError(
            _("Les données de cette personne ont déjà été effacées le %(date)s.")
            % {"date": timezone.localtime(profile.erased_at).strftime("%d/%m/%Y")},
            code="already_erased",
        )
    user = profile.user
    former_code = profile.login_code
    cleared = {}
    for source in personal_data_sources():
        if source.eraser is not None:
            cleared[source.label] = source.eraser(user)

    user.first_name = ERASED_NAME
    user.last_name = ""
    user.username = ERASED_USERNAME_PREFIX + secrets.token_hex(8)
    user.email = ""
    user.set_unusable_password()
    user.is_active = False
    user.last_login = None
    user.save()

    profile.year_of_birth = None
    profile.phone = ""
    profile.consent_text = ""
    profile.login_code = _erased_login_code()
    profile.pin_hash = make_password(None)
    profile.failed_pin_attempts = 0
    profile.locked_at = None
    profile.erased_at = timezone.now()
    profile.retention_warned_at = None
    profile.save(
        update_fields=[
            "retention_warned_at",
            "year_of_birth",
            "phone",
            "consent_text",
            "login_code",
            "pin_hash",
            "failed_pin_attempts",
            "locked_at",
            "erased_at",
        ]
    )
    # What was done, never the erased values themselves.
    return audit_record(
        by=by,
        action=AuditAction.ERASE,
        profile=profile,
        target_label=former_code,
        details={"cleared_rows": cleared, **details},
    )


# The weekly digests' « sent once » rows (people.mailings): their recipients
# are professionals and coordinators, never beneficiaries.
register_not_personal(
    "people.MailingSent",
    reason="records which staff member got which periodic e-mail; beneficiaries "
    "get none",
)
