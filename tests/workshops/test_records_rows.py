"""The indicators' records rows, built in one pass in the view
(workshops/views/reports.py `_record_rows`, issue 13), are byte for byte what
the template's loop rendered, for every kind of row."""

import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.template import engines
from django.utils import translation

from workshops.views.reports import _record_rows

# The indicators template's loop over the records before issue 13.
OLD_LOOP = (Path(__file__).parent / "data" / "records_loop_before.html").read_text()


def _row(
    pk, *, day, title="Atelier", cancelled=False, report=None, counts=(0, 0, 0, 0)
):
    enrolled, present, absent, excused = counts
    return SimpleNamespace(
        pk=pk,
        title=title,
        date=day,
        structure=SimpleNamespace(name="Centre « Les Tilleuls » & <co>"),
        enrolled=enrolled,
        present=present,
        absent=absent,
        excused=excused,
        cancelled_at=datetime.datetime(2026, 3, 1, 10, 0) if cancelled else None,
        activity_report=(
            None if report is None else SimpleNamespace(participant_count=report)
        ),
        detail_url=f"/ateliers-animes/{pk}/",
        report_url=f"/ateliers-animes/{pk}/compte-rendu/",
    )


ROWS = [
    _row(1, day=datetime.date(2026, 1, 1), counts=(12, 8, 3, 1)),
    _row(2, day=datetime.date(2026, 2, 28), cancelled=True, report=4),
    _row(3, day=datetime.date(2026, 8, 15), report=1, title="Mails <b> & « PDF »"),
    _row(4, day=datetime.date(2026, 12, 9), report=1500, counts=(1500, 0, 0, 0)),
    _row(5, day=datetime.date(2026, 12, 9), report=0),
    *(_row(10 + m, day=datetime.date(2026, m, 5 + m)) for m in range(1, 13)),
]


@pytest.mark.parametrize("show_structure", [True, False])
def test_the_records_rows_are_what_the_template_loop_rendered(show_structure):
    with translation.override("fr"):
        old = (
            engines["django"]
            .from_string(OLD_LOOP)
            .render({"records": ROWS, "show_structure": show_structure})
        )
        assert _record_rows(ROWS, show_structure=show_structure) == old
    assert "Atelier annulé" in old and "Rédigé : 1 participant<br>" in old
    assert "Mails &lt;b&gt; &amp; « PDF »" in old and "9 décembre 2026" in old


def test_no_records_no_rows():
    assert _record_rows([], show_structure=True) == ""
