"""The network's dashboard for coordinators: every structure side by side,
in total, and two or more compared on one screen."""

import html

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from dashboards import charts, selectors
from dashboards.columns import COLUMNS
from dashboards.forms import NETWORK_SORTS, NetworkForm, PeriodForm
from dashboards.views.access import coordinator_required
from dashboards.views.structure import period_context
from lms.kept import kept_context
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
    figures, computed_at = selectors.network_figures_get(
        structures=selectors.network_structures(request.user, departement=departement),
        period=period,
        now=now,
        scale=scale,
    )
    rows = selectors.figures_sorted(figures.values(), NETWORK_SORTS[sort].fields)
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
            **kept_context(computed_at),
            "sort": sort,
            "columns": COLUMNS,
            "page": page,
            "rows": _rows(page, context["period_query"]),
            "total": total,
            "total_cells": [c.display(total) for c in COLUMNS],
            "inactive_count": sum(1 for row in rows if row.inactive),
            "chart_column": column,
            "chart": _bars(page, column),
            "sort_links": links,
            "headers": [(c, links[c.key]) for c in COLUMNS],
        },
    )


# One table row, as the template wrote it (same markup, same whitespace).
_ROW = (
    "<tr{inactive}>\n"
    "{i}<td>"
    '<input type="checkbox" name="structures" value="{pk}" id="comparer-{pk}">'
    '<label for="comparer-{pk}" class="visually-hidden">{compare}</label></td>\n'
    '{i}<th scope="row"><a href="{href}">{name}</a>{flag}</th>\n'
    "{i}<td>{departement}</td>\n"
    "{i}{cells}\n"
    "                    </tr>"
)


def _rows(page, period_query: str) -> list[tuple]:
    """Each row of the page with its HTML, built in one pass (a URL reversed, a
    translated label and a cell rendered per row and column cost more in the
    template than the rest of the page); every value is escaped here."""
    base = reverse("dashboards:structure", kwargs={"structure_id": 0})
    base = escape(base.removesuffix("0/"))
    query = escape(period_query)
    flag = '<br><span class="flag">{}</span>'.format(
        escape(_("Sans activité depuis 30 jours"))
    )
    compare = _("Comparer %(name)s")
    rows = []
    for row in page:
        name = escape(row.name)
        rows.append(
            _ROW.format(
                i=" " * 24,
                inactive=' class="is-inactive"' if row.inactive else "",
                pk=row.pk,
                compare=compare % {"name": name},
                href=f"{base}{row.pk}/?{query}",
                name=name,
                flag=flag if row.inactive else "",
                departement=escape(row.structure.departement),
                # html.escape: Django's escape() less a SafeString per cell.
                cells="".join(
                    f"<td>{html.escape(c.display(row))}</td>" for c in COLUMNS
                ),
            )
        )
    return [
        (row, mark_safe(html))  # noqa: S308 — every value escaped above
        for row, html in zip(page, rows, strict=True)
    ]


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
