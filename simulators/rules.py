"""Pure checking rules of a simulated field: what the learner typed against what
the trainer expects. No database, no Django forms: shared by the blocks'
validation (is the rule itself sound?) and the services (is the answer right?)."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from quizzes.grading import normalize_text

# Field kinds, and the rules each one may use (the first is the default).
KIND_RULES: dict[str, tuple[str, ...]] = {
    "text": ("exact", "filled"),
    "email": ("email", "exact", "filled"),
    "password": ("password", "exact", "filled"),
    "date": ("date",),
    "choice": ("option",),
    "checkbox": ("checked",),
    "button": ("press", "avoid"),
}
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %m %Y")
PASSWORD_MIN_LENGTH = 8


def options_of(text: str) -> list[str]:
    """The options of a choice field: one per line, blank lines dropped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def date_parse(value: str) -> datetime.date | None:
    """A date typed as 2026-03-03 (the date control) or 03/03/2026; None if
    it is not a date."""
    value = (value or "").strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def same_text(given: str, expected: str) -> bool:
    """Equal once case, accents, punctuation at the end and every space are set
    aside (« Marie  Martin » = « marie martin », « 06 12 » = « 0612 »)."""
    folded = normalize_text(given or "").replace(" ", "")
    return bool(folded) and folded == normalize_text(expected or "").replace(" ", "")


def amount_parse(value: str) -> float | None:
    """A number or an amount as people type it (« 1 700 € », « 850,50 »), or
    None if it is not one."""
    text = re.sub(r"(?i)\s|€|euros?|eur", "", value or "").replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", text):
        return None
    return float(text)


def email_valid(value: str) -> bool:
    try:
        validate_email((value or "").strip())
    except ValidationError:
        return False
    return True


def password_valid(value: str, min_length: int | None) -> bool:
    """Long enough, with at least one letter and one digit."""
    value = value or ""
    return (
        len(value) >= (min_length or PASSWORD_MIN_LENGTH)
        and re.search(r"\d", value) is not None
        and re.search(r"[^\W\d_]", value) is not None
    )


def answer_right(field, value, *, pressed: bool = False) -> bool:
    """Whether the learner's value (text, or a bool for a checkbox) meets the
    field's rule. `pressed` says whether this field's button was the one
    pressed. `field` is a field block's value (a mapping)."""
    rule = field["rule"]
    expected = field.get("expected") or ""
    if rule == "press":
        return pressed
    if rule == "avoid":
        return not pressed
    if rule == "checked":
        return value is True
    value = value if isinstance(value, str) else ""
    if rule == "filled":
        return bool(value.strip())
    if rule == "exact":
        amount = amount_parse(expected)
        if amount is not None and field["kind"] == "text":
            # « 850 », « 850 € » and « 850,00 » say the same amount.
            return amount_parse(value) == amount
        return same_text(value, expected)
    if rule == "email":
        return email_valid(value)
    if rule == "password":
        return password_valid(value, field.get("min_length"))
    if rule == "date":
        given = date_parse(value)
        return given is not None and given == date_parse(expected)
    if rule == "option":
        return value.strip() == expected.strip() and value.strip() in options_of(
            field.get("options", "")
        )
    return False
