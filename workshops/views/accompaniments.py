"""Individual accompaniments: the list, one record, a new one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from lms.errors import form_errors_add
from lms.paging import page_get
from people.selectors import beneficiaries_for_user, structures_for_user
from workshops import selectors, services
from workshops.forms import ACCOMPANIMENT_SORTS, AccompanimentForm, ListSearchForm
from workshops.views.access import accompaniment_or_404, manager_required


@require_GET
@login_required
def accompaniment_list(request):
    manager_required(request)
    form = ListSearchForm(
        request.GET or None,
        structures=structures_for_user(request.user),
        sorts=ACCOMPANIMENT_SORTS,
        search_label=_("Rechercher un prénom"),
    )
    filters = form.filters()
    records = selectors.accompaniments_for_user(
        request.user, search=filters["search"], structure=filters["structure"]
    ).order_by(*ACCOMPANIMENT_SORTS[filters["sort"] or "recent"].fields)
    return render(
        request,
        "workshops/accompaniment_list.html",
        {
            "form": form,
            "page": page_get(request, records),
            "searching": bool(filters["search"] or filters["structure"]),
        },
    )


@require_GET
@login_required
def accompaniment_detail(request, accompaniment_id: int):
    record = accompaniment_or_404(request, accompaniment_id)
    return render(
        request, "workshops/accompaniment_detail.html", {"accompaniment": record}
    )


@require_http_methods(["GET", "POST"])
@login_required
def accompaniment_create(request):
    manager_required(request)
    form = AccompanimentForm(
        request.POST if request.method == "POST" else None,
        structures=structures_for_user(request.user).order_by("name"),
        beneficiaries=beneficiaries_for_user(request.user),
        initial={"date": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            record = services.accompaniment_create(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("L'accompagnement est enregistré."))
            # The report form comes pre-filled: one click files it.
            return redirect(
                "workshops:accompaniment_report", accompaniment_id=record.pk
            )
    return render(request, "workshops/accompaniment_form.html", {"form": form})
