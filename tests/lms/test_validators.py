"""lms.validators: the one owner of typed-text, import and date checks."""

import datetime

import pytest
from django import forms
from django.core.exceptions import ValidationError
from hypothesis import example, given
from hypothesis import strategies as st

from lms.validators import (
    TEXT_MAX_LENGTH,
    CleanTextFormMixin,
    control_character_check,
    date_in_bounds,
    import_text_error,
    iso_week_monday,
    text_check,
)
from tests.fuzz import assert_french, param_text


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x1b", "\x7f", "\x85", "\x9f"])
def test_nul_bytes_and_control_characters_are_refused_in_french(char):
    with pytest.raises(ValidationError) as caught:
        control_character_check(f"Bon{char}jour")
    assert caught.value.code == "control_character"
    assert_french(caught.value.messages)


def test_tabs_line_breaks_and_accents_are_accepted():
    control_character_check("Ligne 1\tà\r\nLigne 2 « é » ☎")


def test_a_text_past_its_length_is_refused():
    assert text_check("a" * TEXT_MAX_LENGTH) == "a" * TEXT_MAX_LENGTH
    with pytest.raises(ValidationError, match="trop long"):
        text_check("a" * (TEXT_MAX_LENGTH + 1))
    with pytest.raises(ValidationError, match="300"):
        text_check("a" * 301, max_length=300)


def test_an_import_error_names_the_line_of_the_first_control_character():
    assert import_text_error("prénom;année\nAwa;1960\n") is None
    message = import_text_error("prénom;année\nAwa;1960\nBin\x00tou;1970\n")
    assert message.startswith("Ligne 3 :")
    assert_french([message])


@given(st.text(max_size=200))
def test_import_text_error_flags_exactly_the_texts_with_controls(text):
    has_control = any(
        (ord(c) < 32 and c not in "\t\n\r") or 0x7F <= ord(c) <= 0x9F for c in text
    )
    assert (import_text_error(text) is not None) == has_control


@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (datetime.date(1, 1, 1), False),
        (datetime.date(1999, 12, 31), False),
        (datetime.date(2000, 1, 1), True),
        (datetime.date(2100, 12, 31), True),
        (datetime.date(2101, 1, 1), False),
        (datetime.date(9999, 12, 31), False),
    ],
)
def test_dates_stay_between_2000_and_2100(day, ok):
    if ok:
        date_in_bounds(day)
    else:
        with pytest.raises(ValidationError, match="entre 2000 et 2100"):
            date_in_bounds(day)


@given(param_text)
@example("9999-W52")
@example("0001-W01")
def test_a_week_parameter_is_a_monday_in_bounds_or_none(value):
    monday = iso_week_monday(value)
    if monday is not None:
        assert monday.weekday() == 0
        # Its neighbours exist: the page links to the previous and next weeks.
        monday - datetime.timedelta(days=7)
        monday + datetime.timedelta(days=7)
        assert datetime.date(2000, 1, 1) <= monday <= datetime.date(2100, 12, 31)


def test_a_week_parameter_reads_the_iso_week():
    assert iso_week_monday("2026-W09") == datetime.date(2026, 2, 23)
    assert iso_week_monday("9999-W52") is None
    assert iso_week_monday("0001-W01") is None


class _Form(CleanTextFormMixin, forms.Form):
    name = forms.CharField(max_length=20)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["later"] = forms.CharField(required=False)  # added afterwards


def test_the_form_mixin_checks_every_text_field_including_later_ones():
    form = _Form({"name": "Awa", "later": "a" * (TEXT_MAX_LENGTH + 1)})
    assert not form.is_valid()
    assert "later" in form.errors
    form = _Form({"name": "A\x00wa", "later": "ok"})
    assert not form.is_valid()
    assert_french(form.errors["name"])
    form = _Form({"name": "Awa", "later": "ok\x1b"})
    assert not form.is_valid() and "later" in form.errors
    assert _Form({"name": "Awa", "later": "Bonjour\n"}).is_valid()
