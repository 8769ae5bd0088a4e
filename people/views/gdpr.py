"""A beneficiary's personal data (RGPD): download it, or erase it after a confirmation.

Downloads are POST only: each one writes an audit event, and no link prefetch or
crawler can trigger one.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from lms.errors import form_errors_add
from lms.validators import CleanTextFormMixin
from people.gdpr import beneficiary_data_csv, beneficiary_data_export, beneficiary_erase
from people.views.access import beneficiary_or_404


class BeneficiaryEraseForm(CleanTextFormMixin, forms.Form):
    """The professional confirms, knowing what goes and what stays."""

    confirm = forms.BooleanField(
        label=gettext_lazy(
            "Je confirme l'effacement : la personne l'a demandé ou la structure "
            "n'a plus besoin de ses données. Cette action est définitive."
        ),
        error_messages={
            "required": gettext_lazy("Cochez la case pour confirmer l'effacement.")
        },
    )


def _filename(beneficiary, extension: str) -> str:
    return (
        f"donnees-beneficiaire-{beneficiary.pk}-"
        f"{timezone.localdate():%Y-%m-%d}.{extension}"
    )


@never_cache
@login_required
@require_POST
def beneficiary_export_json(request, beneficiary_id: int):
    beneficiary = beneficiary_or_404(request, beneficiary_id)
    data = beneficiary_data_export(
        by=request.user, profile=beneficiary, file_format="json"
    )
    response = JsonResponse(
        data, json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{_filename(beneficiary, "json")}"'
    )
    return response


@never_cache
@login_required
@require_POST
def beneficiary_export_csv(request, beneficiary_id: int):
    beneficiary = beneficiary_or_404(request, beneficiary_id)
    data = beneficiary_data_export(
        by=request.user, profile=beneficiary, file_format="csv"
    )
    response = HttpResponse(
        beneficiary_data_csv(data), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{_filename(beneficiary, "csv")}"'
    )
    return response


@login_required
@require_http_methods(["GET", "POST"])
def beneficiary_erase_view(request, beneficiary_id: int):
    beneficiary = beneficiary_or_404(request, beneficiary_id)
    form = BeneficiaryEraseForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            beneficiary_erase(by=request.user, profile=beneficiary)
        except ValidationError as exc:
            form_errors_add(form, exc, shown=())
        else:
            # Without the name: the page that follows must not show it again.
            messages.success(
                request,
                _(
                    "Les données personnelles sont effacées. Son avancement reste "
                    "compté, sans son nom."
                ),
            )
            return redirect("people:beneficiary_detail", beneficiary_id=beneficiary.pk)
    return render(
        request,
        "people/beneficiary_confirm_erase.html",
        {"beneficiary": beneficiary, "form": form},
    )
