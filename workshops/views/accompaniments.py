"""Individual accompaniments: the list, one record, a new one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from lms.errors import form_errors_add
from people.selectors import beneficiaries_for_user, structures_for_user
from workshops import selectors, services
from workshops.forms import AccompanimentForm
from workshops.views.access import accompaniment_or_404, manager_required


@require_GET
@login_required
def accompaniment_list(request):
    manager_required(request)
    records = selectors.accompaniments_for_user(request.user)
    return render(
        request, "workshops/accompaniment_list.html", {"accompaniments": records}
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
