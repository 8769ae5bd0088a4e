"""The network dashboard as an export: a producer for the background export
jobs, with the signature every producer has,
`producer(**params) -> (header, total, rows_iterator)`.

`structures` is the job's stored scope (the structures the requester saw when
asking); `start` and `end` are ISO dates (both included, a job stores them),
optionally `departement`. The rows are those structures, by name, then one
« Total » row. Registered in exports.kinds."""

import datetime
from collections.abc import Iterator

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from dashboards import selectors
from dashboards.columns import COLUMNS
from people.models import Structure


def _cells(figures: selectors.Figures) -> list:
    """The columns' raw values: numbers a spreadsheet can add up, "" for a rate
    that has no attendance behind it."""
    values = []
    for column in COLUMNS:
        value = column.value(figures)
        values.append("" if value is None else value)
    return values


def network_figures_rows(
    *,
    structures: QuerySet[Structure],
    start: str,
    end: str,
    departement: str = "",
    now: datetime.datetime | None = None,
) -> tuple[list[str], int, Iterator[list]]:
    """The network's figures, one row per structure then the total. Raises
    ValueError for a date that is not ISO or a period the wrong way round."""
    period = selectors.Period(
        datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    )
    if period.start > period.end:
        raise ValueError("The period's start comes after its end.")
    scale = selectors.scale_get()
    if departement:
        structures = structures.filter(departement=departement)
    structures = list(structures.order_by("name", "pk"))
    figures = selectors.figures_get(
        structures=structures, period=period, now=now or timezone.now(), scale=scale
    )
    header = [
        _("Structure"),
        _("Département"),
        _("Sans activité depuis 30 jours"),
        *(str(column.label) for column in COLUMNS),
    ]

    def rows() -> Iterator[list]:
        for structure in structures:
            each = figures[structure.pk]
            yield [
                structure.name,
                structure.departement,
                _("oui") if each.inactive else _("non"),
                *_cells(each),
            ]
        total = selectors.figures_total(figures.values(), scale)
        yield [_("Total"), departement, "", *_cells(total)]

    return header, len(structures) + 1, rows()
