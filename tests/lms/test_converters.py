"""lms.converters: ids in addresses and parameters stay within an integer."""

import pytest
from django.urls import reverse
from hypothesis import example, given

from lms.converters import ID_MAX, id_param, id_url_maker
from tests.fuzz import param_text


@given(param_text)
@example("²")
@example("99999999999999999999")
def test_an_id_parameter_is_a_positive_int_in_bounds_or_none(value):
    number = id_param(value)
    assert number is None or (0 < number <= ID_MAX and str(number) == value)


@pytest.mark.parametrize(
    "path",
    [
        "/exercices/99999999999999999999/",
        "/exercices/2147483648/",
        "/apprendre/parcours/99999999999999999999/reprendre/",
        "/diagnostics/99999999999999999999/papier/",
        "/ateliers-animes/99999999999999999999/",
    ],
)
def test_a_huge_id_in_an_address_is_not_found(client, pro_corbeil, path):
    client.force_login(pro_corbeil)
    assert client.get(path).status_code == 404


def test_an_id_at_the_bound_still_reaches_the_view(client, db):
    url = reverse("quizzes:quiz_detail", kwargs={"quiz_id": ID_MAX})
    assert client.get(url).status_code == 404  # no such quiz, but no overflow


@pytest.mark.parametrize("pk", [1, 7, 10, 2147483646, ID_MAX])
def test_an_id_url_maker_gives_what_reverse_gives(pk):
    by_arg = id_url_maker("people:beneficiary_detail")
    by_kwarg = id_url_maker("workshops:session_detail", kwarg="session_id")
    assert by_arg(pk) == reverse("people:beneficiary_detail", args=[pk])
    assert by_kwarg(pk) == reverse(
        "workshops:session_detail", kwargs={"session_id": pk}
    )
