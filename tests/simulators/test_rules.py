"""Each checking rule, on the values people really type."""

import pytest

from simulators.rules import amount_parse, answer_right, date_parse


def _field(rule, kind="text", **extra):
    return {"kind": kind, "rule": rule} | extra


@pytest.mark.parametrize(
    "given", ["Martin", "martin", " MARTIN ", "Martin.", "Mártin", "Mar tin"]
)
def test_exact_value_ignores_case_accents_and_spaces(given):
    assert answer_right(_field("exact", expected="Martin"), given)


@pytest.mark.parametrize("given", ["", "Martine", "Dupont", None])
def test_exact_value_refuses_another_value(given):
    assert not answer_right(_field("exact", expected="Martin"), given)


def test_a_number_is_the_same_amount_however_it_is_typed():
    field = _field("exact", expected="850")
    for given in ("850", "850 €", "850,00", " 850 euros"):
        assert answer_right(field, given), given
    assert not answer_right(field, "8500")
    assert amount_parse("1 700 €") == 1700


def test_a_long_number_may_be_typed_with_spaces():
    field = _field("exact", expected="1850799000001")
    assert answer_right(field, "1 85 07 99 000 001")
    assert not answer_right(field, "1 85 07 99 000 002")


def test_any_valid_email():
    field = _field("email", kind="email")
    assert answer_right(field, "marie.martin70@exemple.fr")
    for wrong in ("marie.martin70", "marie@", "marie martin@exemple.fr", ""):
        assert not answer_right(field, wrong), wrong


def test_password_needs_length_a_letter_and_a_digit():
    field = _field("password", kind="password", min_length=8)
    assert answer_right(field, "Soleil2026")
    assert not answer_right(field, "Sol2026")  # too short
    assert not answer_right(field, "Soleilsoleil")  # no digit
    assert not answer_right(field, "12345678")  # no letter
    assert answer_right(_field("password", kind="password", min_length=4), "ab12")


def test_date_equal_to_the_given_date_in_either_format():
    field = _field("date", kind="date", expected="03/03/1970")
    assert answer_right(field, "1970-03-03")  # the date control
    assert answer_right(field, "03/03/1970")  # typed by hand
    assert not answer_right(field, "1970-03-04")
    assert not answer_right(field, "hier")
    assert date_parse("31/02/1970") is None


def test_checkbox_must_be_ticked():
    field = _field("checked", kind="checkbox")
    assert answer_right(field, True)
    assert not answer_right(field, False)
    assert not answer_right(field, None)


def test_choice_must_be_the_expected_option():
    field = _field("option", kind="choice", options="Oui\nNon", expected="Non")
    assert answer_right(field, "Non")
    assert not answer_right(field, "Oui")
    assert not answer_right(field, "")


def test_buttons_to_press_and_to_avoid():
    assert answer_right(_field("press", kind="button"), None, pressed=True)
    assert not answer_right(_field("press", kind="button"), None, pressed=False)
    assert answer_right(_field("avoid", kind="button"), None, pressed=False)
    assert not answer_right(_field("avoid", kind="button"), None, pressed=True)
