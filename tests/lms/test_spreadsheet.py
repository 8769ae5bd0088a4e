import csv
import io
from decimal import Decimal

import pytest

from lms.spreadsheet import spreadsheet_csv


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


@pytest.mark.parametrize(
    "value", ['=HYPERLINK("http://x")', "+33 6", "-2+3", "@SUM(A1)", "\tA", "\rA"]
)
def test_it_quotes_a_cell_a_spreadsheet_would_run_as_a_formula(value):
    assert _cells(spreadsheet_csv([[value]])) == [["'" + value]]


def test_it_writes_a_bom_semicolons_and_french_values():
    text = spreadsheet_csv([["Nom", "Présent", "Taux"], ["Awa", True, Decimal("12.5")]])

    assert text.startswith("\ufeff")
    assert text.removeprefix("\ufeff") == "Nom;Présent;Taux\r\nAwa;oui;12,5\r\n"
