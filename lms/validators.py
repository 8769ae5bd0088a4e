"""Checks every form and import shares: text a person types (no NUL byte or
control character, a bounded length) and dates within sane bounds.

One owner: forms use `clean_text_validators` / `CleanTextFormMixin`, services
`text_check`, imports `import_text_error` (which names the line), and date
fields `date_in_bounds`.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# Free text a person types (a note, an answer, a reason): a few pages at most.
TEXT_MAX_LENGTH = 5000

# Dates a session, an accompaniment or a report can carry.
DATE_MIN = datetime.date(2000, 1, 1)
DATE_MAX = datetime.date(2100, 12, 31)

# C0 controls but tab, line feed and carriage return; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_character_check(value) -> None:
    """Refuse a text holding a NUL byte or another invisible control character.
    Raises ValidationError (code "control_character")."""
    if isinstance(value, str) and _CONTROL.search(value):
        raise ValidationError(
            _(
                "Ce texte contient un caractère invisible qui n'est pas accepté. "
                "Retapez-le sans copier-coller."
            ),
            code="control_character",
        )


def text_check(value: str, *, max_length: int = TEXT_MAX_LENGTH) -> str:
    """A typed text, checked for services: no control character, at most
    max_length characters. Returns it; raises ValidationError."""
    control_character_check(value)
    if len(value) > max_length:
        raise ValidationError(
            _("Ce texte est trop long : %(max)d caractères au plus.")
            % {"max": max_length},
            code="max_length",
        )
    return value


def import_text_error(text: str) -> str | None:
    """A French message naming the first line of an imported file that holds a
    NUL byte or another control character, or None if there is none."""
    match = _CONTROL.search(text)
    if match is None:
        return None
    line = text.count("\n", 0, match.start()) + 1
    return _(
        "Ligne %(line)d : le fichier contient un caractère invisible (octet nul ou "
        "caractère de contrôle). Enregistrez-le à nouveau en texte simple, puis "
        "réessayez."
    ) % {"line": line}


def date_in_bounds(value: datetime.date | None) -> None:
    """Refuse a date before 2000 or after 2100 (a typo: 0026, 20260).
    Raises ValidationError (code "date_bounds")."""
    if value is None:
        return
    day = value.date() if isinstance(value, datetime.datetime) else value
    if not DATE_MIN <= day <= DATE_MAX:
        raise ValidationError(
            _("Choisissez une date entre %(min)s et %(max)s.")
            % {"min": DATE_MIN.year, "max": DATE_MAX.year},
            code="date_bounds",
        )


def iso_week_monday(value: str | None) -> datetime.date | None:
    """The Monday of an ISO week written « 2026-W09 », or None when it is not
    one or falls outside DATE_MIN..DATE_MAX."""
    match = re.fullmatch(r"([0-9]{4})-W([0-9]{1,2})", value or "")
    if match is None:
        return None
    try:
        monday = datetime.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        return None
    return monday if DATE_MIN <= monday <= DATE_MAX else None


class CleanTextFormMixin:
    """For a form (put it first among the bases): every text field refuses
    control characters, and one without a max_length gets TEXT_MAX_LENGTH, fields
    added in a subclass's __init__ included (they get it before cleaning)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clean_text_fields()

    def full_clean(self):
        self._clean_text_fields()
        super().full_clean()

    def _clean_text_fields(self) -> None:
        for field in self.fields.values():
            if isinstance(field, forms.CharField):
                clean_text_validators(field)


# Django says « Saisissez une adresse de courriel valide » where every page
# says « e-mail », and shows nothing of what is expected.
EMAIL_INVALID = gettext_lazy(
    "Cette adresse e-mail n'est pas valide : écrivez-la comme nom@exemple.fr."
)


def clean_text_validators(field: forms.CharField) -> forms.CharField:
    """Give a form field the shared text checks (see CleanTextFormMixin), and
    an e-mail field its French message. Returns it."""
    if isinstance(field, forms.EmailField):
        field.error_messages.setdefault("invalid", EMAIL_INVALID)
    if control_character_check not in field.validators:
        field.validators.append(control_character_check)
    if field.max_length is None:
        field.max_length = TEXT_MAX_LENGTH
        field.validators.append(MaxLengthValidator(TEXT_MAX_LENGTH))
        field.widget.attrs.setdefault("maxlength", str(TEXT_MAX_LENGTH))
    return field
