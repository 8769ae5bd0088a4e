"""A structure's dashboard, for its professionals (and the coordinators)."""

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from dashboards import charts, selectors
from dashboards.forms import PeriodForm
from dashboards.views.access import manager_required, structure_or_404
from people import roles
from people.selectors import structures_for_user


@require_GET
@login_required
def dashboard_home(request):
    """Coordinators go to the network; a professional to their (first)
    structure; someone in no structure sees why the page is empty."""
    manager_required(request)
    if roles.user_is_coordinator(request.user):
        return redirect("dashboards:network")
    structure = structures_for_user(request.user).order_by("name", "pk").first()
    if structure is None:
        return render(request, "dashboards/no_structure.html")
    return redirect("dashboards:structure", structure_id=structure.pk)


def period_context(form, period) -> dict:
    """What every dashboard shows about its period, and the query string that
    keeps it in links."""
    params = {"periode": form.cleaned_data["periode"]} if form.is_valid() else {}
    if params.get("periode") == "dates":
        params |= {"debut": period.start.isoformat(), "fin": period.end.isoformat()}
    return {"form": form, "period": period, "period_query": urlencode(params)}


@require_GET
@login_required
def structure_dashboard(request, structure_id: int):
    structure = structure_or_404(request, structure_id)
    now = timezone.now()
    form = PeriodForm(request.GET or None, today=timezone.localdate(now))
    period = form.period()
    scale = selectors.scale_get()
    figures = selectors.figures_get(
        structures=[structure], period=period, now=now, scale=scale
    )[structure.pk]
    levels, _areas = scale
    records = (
        reverse("workshops:indicators")
        + "?"
        + urlencode(
            {
                "structure": structure.pk,
                "debut": period.start.isoformat(),
                "fin": period.end.isoformat(),
            }
        )
    )
    return render(
        request,
        "dashboards/structure.html",
        period_context(form, period)
        | {
            "structure": structure,
            "others": [
                other
                for other in structures_for_user(request.user).order_by("name", "pk")
                if other.pk != structure.pk
            ]
            if not roles.user_is_coordinator(request.user)
            else [],
            "figures": figures,
            "levels": levels,
            "level_chart": charts.level_chart(figures.levels, levels),
            "gains_chart": charts.bar_chart(
                [
                    (
                        f"{area.area.number}. {area.area.name}",
                        area.gained,
                        str(area.gained),
                    )
                    for area in figures.levels
                ]
            ),
            "upcoming": selectors.upcoming_sessions_get(structure=structure, now=now),
            "records_url": records + "#registre",
            "sessions_url": reverse("workshops:session_list")
            + "?"
            + urlencode({"structure": structure.pk}),
            "is_coordinator": roles.user_is_coordinator(request.user),
            "title": _("Tableau de bord"),
        },
    )
