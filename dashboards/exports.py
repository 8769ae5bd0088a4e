"""The network dashboard as an export: a producer for the background export
jobs, with the signature every producer has,
`producer(**params) -> (header, total, rows_iterator)`.

Params are plain JSON values (a job stores them): `user_id`, `start` and `end`
(ISO dates, both included), optionally `departement`. The rows are the
structures the user may see, by name, then one « Total » row."""

import datetime
from collections.abc import Iterator

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _

from dashboards import selectors
from dashboards.columns import COLUMNS


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
    user_id: int,
    start: str,
    end: str,
    departement: str = "",
    now: datetime.datetime | None = None,
) -> tuple[list[str], int, Iterator[list]]:
    """The network's figures, one row per structure then the total. Raises
    get_user_model().DoesNotExist for an unknown user and ValueError for a
    date that is not ISO or a period the wrong way round."""
    user = get_user_model().objects.get(pk=user_id)
    period = selectors.Period(
        datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    )
    if period.start > period.end:
        raise ValueError("The period's start comes after its end.")
    scale = selectors.scale_get()
    structures = list(selectors.network_structures(user, departement=departement))
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


# The producers this app offers to the export jobs, by name.
PRODUCERS = {"network_figures": network_figures_rows}
