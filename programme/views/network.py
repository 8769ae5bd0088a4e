"""The network's view for coordinators: every structure's programme at a glance."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from dashboards.selectors import departements_get
from lms.paging import page_get, sort_links
from programme import selectors
from programme.forms import NetworkFilterForm
from programme.views.access import coordinator_required


@require_GET
@login_required
def network(request):
    coordinator_required(request)
    form = NetworkFilterForm(
        request.GET or None, departements=departements_get(request.user)
    )
    sort = form.value("tri") or "nom"
    today = timezone.localdate()
    rows = selectors.network_rows_get(
        user=request.user,
        departement=form.value("departement"),
        stage=form.value("etape"),
        sort=sort,
        today=today,
    )
    page = page_get(request, rows)
    return render(
        request,
        "programme/network.html",
        {
            "form": form,
            "page": page,
            "sort": sort,
            "sort_links": sort_links(request, selectors.NETWORK_SORTS),
            "overdue_total": sum(row.overdue for row in rows),
            "today": today,
        },
    )
