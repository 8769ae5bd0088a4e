"""The streaming writers of lms.spreadsheet: files a spreadsheet opens, read
back here with openpyxl and csv, with progress after each chunk."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl

from lms.spreadsheet import EXPORT_CHUNK_ROWS, export_write_csv, export_write_xlsx

HEADER = ["Nombre", "Jour", "Moment", "Décimal", "Oui/non", "Vide", "Texte"]
ROW = [
    7,
    datetime.date(2025, 3, 14),
    datetime.datetime(2025, 3, 14, 9, 30),
    Decimal("1.5"),
    True,
    None,
    "=1+1 <b>&\x07",
]


def test_the_xlsx_keeps_types_and_guards_formulas(tmp_path):
    path = tmp_path / "export.xlsx"
    assert export_write_xlsx(path, HEADER, iter([ROW, ROW])) == 2
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    rows = list(sheet.values)
    assert rows[0] == tuple(HEADER)
    assert rows[1] == (
        7,
        datetime.datetime(2025, 3, 14, 0, 0),
        datetime.datetime(2025, 3, 14, 9, 30),
        1.5,
        "oui",
        None,
        "'=1+1 <b>&",
    )
    assert len(rows) == 3
    assert sheet["B2"].number_format == "DD/MM/YYYY"
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"


def test_the_csv_is_the_spreadsheet_csv(tmp_path):
    path = tmp_path / "export.csv"
    assert export_write_csv(path, HEADER, iter([ROW])) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert lines[1] == [
        "7",
        "14/03/2025",
        "14/03/2025 09:30",
        "1,5",
        "oui",
        "",
        "'=1+1 <b>&\x07",
    ]


def test_both_writers_report_progress_after_each_chunk(tmp_path):
    rows = 2 * EXPORT_CHUNK_ROWS + 1
    for writer, name in ((export_write_xlsx, "a.xlsx"), (export_write_csv, "a.csv")):
        seen = []
        writer(tmp_path / name, ["n"], ([i] for i in range(rows)), seen.append)
        assert seen == [EXPORT_CHUNK_ROWS, 2 * EXPORT_CHUNK_ROWS, rows]
