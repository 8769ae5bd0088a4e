"""CSV files as a spreadsheet in France opens them, and safe to open.

Every export goes through `spreadsheet_csv`: UTF-8 with a BOM (or Excel reads
the accents as cp1252), `;` between cells (the comma is the decimal mark), and
no cell a spreadsheet would run as a formula.
"""

import csv
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

# A spreadsheet runs a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> str:
    """The value as a cell's text: empty for None, « oui »/« non », a decimal
    comma, and a leading quote before what would start a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("oui") if value else _("non")
    if isinstance(value, Decimal):
        return f"{value:.1f}".replace(".", ",").removesuffix(",0")
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    return text


def spreadsheet_csv(rows: Iterable[Iterable[Any]]) -> str:
    """The rows as CSV text: a BOM, `;`, CRLF, each value through
    spreadsheet_cell. Raises nothing."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in rows:
        writer.writerow([spreadsheet_cell(value) for value in row])
    return out.getvalue()
