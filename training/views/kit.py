"""The communication kit (posters, flyers) and a structure's public contact page."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from lms.validators import CleanTextFormMixin
from people.models import Structure
from training.kit import KINDS, kit_content_get
from training.models import StructureContact
from training.pdf import PdfUnavailable, html_to_pdf
from training.selectors import structure_contact_get
from training.views.access import staff_required, structure_or_404
from workshops.selectors import session_detail_get


@require_GET
@login_required
def kit(request, session_id: int, kind: str):
    staff_required(request)
    if kind not in KINDS:
        raise Http404
    session = session_detail_get(user=request.user, session_id=session_id)
    if session is None or session.cancelled_at:
        raise Http404
    series = request.GET.get("serie") == "1"
    content = kit_content_get(session=session, series=series)
    html = render_to_string(KINDS[kind], {"kit": content, "kind": kind})
    if request.GET.get("format") == "html":
        # The printable page carries its print styles inline, as WeasyPrint
        # reads them; django-csp allows them for this response only.
        response = HttpResponse(html)
        response._csp_update = {"style-src": ["'unsafe-inline'"]}
        return response
    try:
        pdf = html_to_pdf(html)
    except PdfUnavailable as exc:
        return render(
            request,
            "training/kit_unavailable.html",
            {"session": session, "message": str(exc), "kind": kind, "series": series},
            status=503,
        )
    response = HttpResponse(pdf, content_type="application/pdf")
    name = f"{kind}-atelier-{session.pk}{'-serie' if series else ''}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_GET
def structure_contact(request, structure_id: int):
    structure = get_object_or_404(Structure.objects.active(), pk=structure_id)
    return render(
        request,
        "training/structure_contact.html",
        {"structure": structure, "contact": structure_contact_get(structure)},
    )


class ContactForm(CleanTextFormMixin, forms.ModelForm):
    class Meta:
        model = StructureContact
        fields = ["who_to_ask", "address", "phone", "email", "hours"]


@require_http_methods(["GET", "POST"])
@login_required
def structure_contact_edit(request, structure_id: int):
    structure = structure_or_404(request, structure_id)
    contact = structure_contact_get(structure)
    form = ContactForm(request.POST or None, instance=contact)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Les coordonnées publiques sont enregistrées."))
        return redirect("training:structure_contact", structure_id=structure.pk)
    return render(
        request,
        "training/structure_contact_form.html",
        {"structure": structure, "form": form},
    )
