"""The network's dashboard for coordinators: every structure side by side,
in total, and two or more compared on one screen."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from dashboards import charts, selectors
from dashboards.columns import COLUMNS
from dashboards.forms import NETWORK_SORTS, NetworkForm, PeriodForm
from dashboards.views.access import coordinator_required
from dashboards.views.structure import period_context
from lms.paging import page_get, sort_links

# More columns than this and the comparison no longer fits a phone.
COMPARE_MAX = 4
CHARTED = (
    "beneficiaries_active",
    "session_hours",
    "lessons_completed",
    "quizzes_passed",
)


@require_GET
@login_required
def network_dashboard(request):
    coordinator_required(request)
    now = timezone.now()
    form = NetworkForm(
        request.GET or None,
        today=timezone.localdate(now),
        departements=selectors.departements_get(request.user),
    )
    period = form.period()
    departement = form.departement_value()
    sort = form.sort_value()
    scale = selectors.scale_get()
    figures = selectors.figures_get(
        structures=selectors.network_structures(request.user, departement=departement),
        period=period,
        now=now,
        scale=scale,
    ).values()
    rows = selectors.figures_sorted(figures, NETWORK_SORTS[sort].fields)
    page = page_get(request, rows)
    column = next((c for c in COLUMNS if c.key == sort), None) or COLUMNS[2]
    context = period_context(form, period)
    total = selectors.figures_total(rows, scale)
    links = sort_links(request, NETWORK_SORTS)
    return render(
        request,
        "dashboards/network.html",
        context
        | {
            "departement": departement,
            "sort": sort,
            "columns": COLUMNS,
            "page": page,
            "rows": [(row, [c.display(row) for c in COLUMNS]) for row in page],
            "total": total,
            "total_cells": [c.display(total) for c in COLUMNS],
            "inactive_count": sum(1 for row in rows if row.inactive),
            "chart_column": column,
            "chart": _bars(page, column),
            "sort_links": links,
            "headers": [(c, links[c.key]) for c in COLUMNS],
        },
    )


def _bars(rows, column) -> charts.BarChart:
    return charts.bar_chart(
        [(row.name, column.value(row) or 0, column.display(row)) for row in rows]
    )


@require_GET
@login_required
def network_compare(request):
    coordinator_required(request)
    now = timezone.now()
    form = PeriodForm(request.GET or None, today=timezone.localdate(now))
    period = form.period()
    asked = {value for value in request.GET.getlist("structures") if value.isdigit()}
    structures = (
        list(selectors.network_structures(request.user).filter(pk__in=asked))
        if asked
        else []
    )
    error = ""
    if len(structures) < 2:
        error = _("Cochez au moins deux structures dans le tableau du réseau.")
    elif len(structures) > COMPARE_MAX:
        error = ngettext(
            "Cochez %(n)s structure au plus.",
            "Cochez %(n)s structures au plus.",
            COMPARE_MAX,
        ) % {"n": COMPARE_MAX}
    context = period_context(form, period) | {"error": error, "structures": structures}
    if not error:
        scale = selectors.scale_get()
        found = selectors.figures_get(
            structures=structures, period=period, now=now, scale=scale
        )
        compared = [found[s.pk] for s in structures]
        levels, areas = scale
        context |= {
            "compared": compared,
            "table": [(c, [c.display(each) for each in compared]) for c in COLUMNS],
            "charts": [
                (
                    c,
                    _bars(compared, c),
                )
                for c in COLUMNS
                if c.attribute in CHARTED
            ],
            "areas": [
                (
                    area,
                    [each.levels[n] for each in compared],
                )
                for n, area in enumerate(areas)
            ],
        }
    return render(request, "dashboards/compare.html", context)
