"""CSV files as a spreadsheet in France opens them, and safe to open.

Every export goes through `spreadsheet_csv`: UTF-8 with a BOM (or Excel reads
the accents as cp1252), `;` between cells (the comma is the decimal mark), and
no cell a spreadsheet would run as a formula.
"""

import contextlib
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


# --- Streaming export writers (exports app: background jobs) ---------------
# Rows arrive from an iterator and go to the file chunk by chunk, so memory
# stays flat whatever the export's length; `on_progress(done_rows)` is called
# after each chunk (the job runner turns it into one UPDATE).

EXPORT_CHUNK_ROWS = 2000


def _chunks(rows: Iterable[Iterable[Any]], size: int):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def export_write_csv(path, header, rows, on_progress=None) -> int:
    """Write header and rows to `path` as spreadsheet_csv does (BOM, `;`, CRLF,
    spreadsheet_cell). Returns the number of rows written."""
    done = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\ufeff")
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow([spreadsheet_cell(value) for value in header])
        for chunk in _chunks(rows, EXPORT_CHUNK_ROWS):
            writer.writerows([spreadsheet_cell(v) for v in row] for row in chunk)
            done += len(chunk)
            if on_progress is not None:
                on_progress(done)
    return done


def _xlsx_cell(value: Any) -> Any:
    """Numbers and dates stay typed; text loses the characters xlsx refuses and
    gets the formula guard (openpyxl would store « =… » as a formula)."""
    if value is None or isinstance(value, int | float | Decimal):
        return value if not isinstance(value, bool) else spreadsheet_cell(value)
    if hasattr(value, "isoformat"):  # date, datetime, time
        return value.replace(tzinfo=None) if getattr(value, "tzinfo", None) else value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return spreadsheet_cell(ILLEGAL_CHARACTERS_RE.sub("", str(value)))


def export_write_xlsx(path, header, rows, on_progress=None) -> int:
    """Write header and rows to `path` as one sheet of an xlsx workbook, in
    openpyxl's write-only mode (rows are not kept in memory). Returns the
    number of rows written."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Export"))
    sheet.append([_xlsx_cell(value) for value in header])
    done = 0
    try:
        for chunk in _chunks(rows, EXPORT_CHUNK_ROWS):
            for row in chunk:
                sheet.append([_xlsx_cell(value) for value in row])
            done += len(chunk)
            if on_progress is not None:
                on_progress(done)
    except BaseException:
        # Saving is how openpyxl closes and removes the sheet's temporary
        # file; what it writes to `path` is the caller's to delete.
        with contextlib.suppress(Exception):
            workbook.save(path)
        raise
    workbook.save(path)
    return done
