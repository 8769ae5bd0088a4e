"""The journal of sign-ins, role changes and actions on personal data, read
by coordinators. Nobody changes it: there is no page to."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from lms.paging import page_get
from people.forms import AuditFilterForm
from people.selectors import audit_events_for
from people.views.access import require_coordinator


@never_cache
@login_required
@require_http_methods(["GET"])
def audit_journal(request):
    require_coordinator(request)
    form = AuditFilterForm(request.GET or None)
    filters = {}
    if form.is_valid():
        filters = {
            "action": form.cleaned_data["action"],
            "since": form.cleaned_data["du"],
            "until": form.cleaned_data["au"],
        }
    events = audit_events_for(request.user, **filters)
    return render(
        request,
        "people/audit_journal.html",
        {
            "form": form,
            "page": page_get(request, events),
            "filtering": any(filters.values()),
        },
    )
