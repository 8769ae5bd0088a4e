"""CSV files as a spreadsheet in France opens them, and safe to open.

Every export goes through `spreadsheet_csv` (text in memory) or the streaming
writers `export_write_csv` / `export_write_xlsx` (a file, row by row): UTF-8
with a BOM (or Excel reads the accents as cp1252), `;` between cells (the comma
is the decimal mark), dates as dd/mm/yyyy, and no cell a spreadsheet would run
as a formula.
"""

import contextlib
import csv
import datetime
import io
import os
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

# A spreadsheet runs a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _local_naive(moment: datetime.datetime) -> datetime.datetime:
    """The moment in local time, without its zone (spreadsheets have none)."""
    if timezone.is_aware(moment):
        return timezone.localtime(moment).replace(tzinfo=None)
    return moment


def spreadsheet_cell(value: Any) -> str:
    """The value as a cell's text: empty for None, « oui »/« non », a decimal
    comma, and a leading quote before what would start a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("oui") if value else _("non")
    if isinstance(value, Decimal):
        return f"{value:.1f}".replace(".", ",").removesuffix(",0")
    if isinstance(value, datetime.datetime):
        return f"{_local_naive(value):%d/%m/%Y %H:%M}"
    if isinstance(value, datetime.date):
        return f"{value:%d/%m/%Y}"
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


# --- Streaming export files (CSV and xlsx), for background exports ----------

# How often the writers report progress, in rows (the export runner writes
# the job's progress once per chunk).
EXPORT_CHUNK_ROWS = 2000

ProgressCallback = Callable[[int], None] | None


def _write_atomically(path, write: Callable[[Path], int]) -> int:
    """Write to a sibling temporary file, then move it onto `path`: a reader
    never sees a half-written file. Returns what `write` returns."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.part")
    try:
        count = write(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _rows_counted(rows: Iterable, on_progress: ProgressCallback):
    """The rows, calling on_progress(done) every EXPORT_CHUNK_ROWS rows and at
    the end (once per count: never twice for the same number)."""
    done = 0
    for row in rows:
        yield row
        done += 1
        if on_progress is not None and done % EXPORT_CHUNK_ROWS == 0:
            on_progress(done)
    if on_progress is not None and (done == 0 or done % EXPORT_CHUNK_ROWS):
        on_progress(done)


def export_write_csv(
    path, header: list[str], rows: Iterable[Iterable[Any]], on_progress=None
) -> int:
    """Write the header and rows to `path` as spreadsheet_csv would (BOM, `;`,
    CRLF, each value through spreadsheet_cell), one row at a time. Returns the
    number of rows (header excluded). Raises OSError."""

    def write(target: Path) -> int:
        count = 0
        with open(target, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
            writer.writerow([spreadsheet_cell(value) for value in header])
            for row in _rows_counted(rows, on_progress):
                writer.writerow([spreadsheet_cell(value) for value in row])
                count += 1
        return count

    return _write_atomically(path, write)


# Characters an xlsx file cannot hold (openpyxl refuses them).
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_cell(sheet, value: Any):
    """A write-only cell: numbers and dates stay typed (dates shown
    dd/mm/yyyy), booleans read « oui »/« non », and text is always text, never
    a formula. Plain values go as they are (openpyxl reuses one cell object for
    them); only dates get their own cell, which keeps a 200,000-row export
    fast."""
    from openpyxl.cell import WriteOnlyCell

    if (
        value is None
        or isinstance(value, int | float | Decimal)
        and not isinstance(value, bool)
    ):
        return value
    if isinstance(value, datetime.datetime):
        cell = WriteOnlyCell(sheet, value=_local_naive(value))
        cell.number_format = "DD/MM/YYYY HH:MM"
        return cell
    if isinstance(value, datetime.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "DD/MM/YYYY"
        return cell
    # The same text as in a CSV file: « oui »/« non », and a leading quote
    # before what a spreadsheet would run as a formula.
    text = spreadsheet_cell(value)
    if _XLSX_ILLEGAL.search(text):
        text = _XLSX_ILLEGAL.sub("", text)
    return text


def _xlsx_header_cell(sheet, value: Any):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cell = WriteOnlyCell(sheet, value=_xlsx_cell(sheet, value))
    cell.font = Font(bold=True)
    return cell


def export_write_xlsx(
    path,
    header: list[str],
    rows: Iterable[Iterable[Any]],
    on_progress=None,
    *,
    title: str = "Export",
) -> int:
    """Write the header and rows to `path` as an xlsx workbook of one sheet,
    streamed (openpyxl's write-only mode keeps no row in memory). Returns the
    number of rows (header excluded). Raises OSError."""
    from openpyxl import Workbook

    def write(target: Path) -> int:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title=title[:31])
        sheet.freeze_panes = "A2"  # the header stays in view
        sheet.append([_xlsx_header_cell(sheet, value) for value in header])
        count = 0
        try:
            for row in _rows_counted(rows, on_progress):
                sheet.append([_xlsx_cell(sheet, value) for value in row])
                count += 1
        except BaseException:
            # Close the sheet's temporary file now, not when collected.
            with contextlib.suppress(Exception):
                sheet.close()
            raise
        workbook.save(target)
        return count

    return _write_atomically(path, write)
