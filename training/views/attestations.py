"""Attestations: download, revocation and retry (coordinators), and the public
verification page (no sign-in, shows only what is needed)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms.errors import form_errors_add
from lms.validators import CleanTextFormMixin
from training import selectors, services
from training.codes import code_normalize
from training.models import PdfStatus
from training.views.access import attestation_or_404, coordinator_required


@require_GET
@login_required
@never_cache
def download(request, attestation_id: int):
    attestation = attestation_or_404(request, attestation_id)
    if attestation.pdf_status != PdfStatus.READY or not attestation.pdf:
        raise Http404
    try:
        handle = attestation.pdf.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"attestation-{attestation.code}.pdf",
        content_type="application/pdf",
    )


class RevokeForm(CleanTextFormMixin, forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Motif de la révocation"),
        help_text=gettext_lazy(
            "Il reste dans le journal. La page de vérification dit seulement "
            "que l'attestation est révoquée, et depuis quand."
        ),
        max_length=services.REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


@require_http_methods(["GET", "POST"])
@login_required
def revoke(request, attestation_id: int):
    attestation = attestation_or_404(request, attestation_id)
    coordinator_required(request)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.attestation_revoke(
                by=request.user,
                attestation_id=attestation.pk,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form_errors_add(form, error, shown=[])
        else:
            messages.success(request, _("L'attestation est révoquée."))
            return redirect("training:team")
    return render(
        request,
        "training/revoke_confirm.html",
        {"attestation": attestation, "form": form},
    )


@require_POST
@login_required
def pdf_retry(request, attestation_id: int):
    attestation = attestation_or_404(request, attestation_id)
    coordinator_required(request)
    services.attestation_pdf_retry(by=request.user, attestation=attestation)
    attestation.refresh_from_db()
    if attestation.pdf_status == PdfStatus.READY:
        messages.success(request, _("Le PDF de l'attestation est prêt."))
    else:
        messages.info(
            request,
            _("La production du PDF est relancée.")
            if attestation.pdf_status == PdfStatus.PENDING
            else attestation.pdf_error,
        )
    return redirect("training:team")


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code de vérification"),
        help_text=gettext_lazy(
            "10 caractères, imprimés sous le QR code. Exemple : ABCDE-23456"
        ),
        max_length=30,
    )


@require_GET
def verify_form(request):
    form = VerifyForm(request.GET or None)
    if request.GET and form.is_valid():
        code = code_normalize(form.cleaned_data["code"])
        if code:
            return redirect("training:verify", code=code)
        form.add_error("code", _("Tapez le code imprimé sur l'attestation."))
    return render(request, "training/verify.html", {"form": form, "asked": False})


@require_GET
@never_cache
def verify(request, code: str):
    normalized = code_normalize(code)
    attestation = selectors.attestation_verify_get(normalized)
    if attestation is not None and normalized != code:
        # A code typed with spaces, dashes or in lower case: one address each.
        return redirect("training:verify", code=normalized)
    return render(
        request,
        "training/verify.html",
        {
            "form": VerifyForm(),
            "asked": True,
            "attestation": attestation,
            "code": code[:30],
        },
        status=200,
    )
