"""Pages of the CSV import: upload, preview, confirm, then the codes shown once."""

import base64
import secrets
import time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from people.forms import CONSENT_TEXT, BeneficiaryImportForm
from people.imports import (
    MAX_BYTES,
    MAX_ROWS,
    beneficiaries_csv_import,
    beneficiaries_csv_parse,
    template_csv,
)
from people.pin_once import IMPORT_PINS_SECONDS, IMPORT_PINS_SESSION_KEY
from people.selectors import beneficiaries_for_user, structures_for_user
from people.views.access import require_manager

# The uploaded file waits here (never on disk) between the preview and the
# confirmation; one pending import per session, named by a random token.
PENDING_SESSION_KEY = "people_csv_import"
# The created accounts and their clear PINs, until the professional is done.
# (PinOnceMiddleware forgets them once another page is shown.)
RESULT_SESSION_KEY = IMPORT_PINS_SESSION_KEY
RESULT_LIFETIME = IMPORT_PINS_SECONDS
# A checked file may be confirmed within the hour; after that, upload it again.
PENDING_LIFETIME = 60 * 60  # seconds


def _preview_render(request, *, preview, structure, token, errors=()):
    return render(
        request,
        "people/beneficiary_import_preview.html",
        {
            "preview": preview,
            "structure": structure,
            "token": token,
            "errors": list(errors),
        },
    )


@login_required
@require_http_methods(["GET"])
def beneficiary_import_template(request):
    require_manager(request)
    response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="modele-beneficiaires.csv"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def beneficiary_import(request):
    require_manager(request)
    structures = structures_for_user(request.user).active()
    form = BeneficiaryImportForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        structures=structures,
    )
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        structure = form.cleaned_data["structure"]
        if upload.size > MAX_BYTES:
            form.add_error(
                "file", _("Le fichier dépasse 1 Mo : coupez-le en plusieurs fichiers.")
            )
        else:
            data = upload.read()
            preview = beneficiaries_csv_parse(data=data, structure=structure)
            token = ""
            if preview.is_valid:
                token = secrets.token_urlsafe(24)
                request.session[PENDING_SESSION_KEY] = {
                    "token": token,
                    "structure": structure.pk,
                    "data": base64.b64encode(data).decode("ascii"),
                    "at": time.time(),
                }
            else:
                request.session.pop(PENDING_SESSION_KEY, None)
            return _preview_render(
                request,
                preview=preview,
                structure=structure,
                token=token,
            )
    return render(
        request,
        "people/beneficiary_import.html",
        {
            "form": form,
            "consent_text": CONSENT_TEXT,
            "max_rows": MAX_ROWS,
        },
    )


@login_required
@require_POST
def beneficiary_import_confirm(request):
    require_manager(request)
    pending = request.session.get(PENDING_SESSION_KEY) or {}
    token = request.POST.get("token", "")
    expired = time.time() - pending.get("at", 0) > PENDING_LIFETIME
    if expired:
        request.session.pop(PENDING_SESSION_KEY, None)
    if not pending or expired or not secrets.compare_digest(pending["token"], token):
        messages.error(
            request,
            _(
                "Cet import n'est plus disponible (déjà fait ou abandonné). "
                "Déposez le fichier à nouveau."
            ),
        )
        return redirect("people:beneficiary_import")
    structure = get_object_or_404(
        structures_for_user(request.user), pk=pending["structure"]
    )
    data = base64.b64decode(pending["data"])
    try:
        created = beneficiaries_csv_import(
            by=request.user,
            structure=structure,
            data=data,
            consent_text=str(CONSENT_TEXT),
        )
    except ValidationError as exc:
        # Something changed since the preview (a duplicate, the structure):
        # show the file checked again; nothing was written.
        del request.session[PENDING_SESSION_KEY]
        preview = beneficiaries_csv_parse(data=data, structure=structure)
        return _preview_render(
            request,
            preview=preview,
            structure=structure,
            token="",
            errors=[] if not preview.is_valid else exc.messages,
        )
    del request.session[PENDING_SESSION_KEY]
    request.session[RESULT_SESSION_KEY] = {
        "at": time.time(),
        "people": [[user.beneficiary_profile.pk, pin] for user, pin in created],
    }
    messages.success(
        request,
        _(
            "%(count)s comptes créés dans %(structure)s. Notez ou imprimez les "
            "codes secrets : ils ne seront plus affichés ensuite."
        )
        % {"count": len(created), "structure": structure.name},
    )
    return redirect("people:beneficiary_import_result")


def _result_people(request) -> list[tuple] | None:
    """(profile, pin) of the last import, read through the user's own
    beneficiaries; None once finished or expired."""
    result = request.session.get(RESULT_SESSION_KEY)
    if not result or time.time() - result["at"] > RESULT_LIFETIME:
        request.session.pop(RESULT_SESSION_KEY, None)
        return None
    pins = dict(result["people"])
    profiles = beneficiaries_for_user(request.user).filter(pk__in=pins)
    by_pk = {profile.pk: profile for profile in profiles}
    return [(by_pk[pk], pin) for pk, pin in result["people"] if pk in by_pk]


@never_cache  # holds clear PINs
@login_required
@require_http_methods(["GET", "POST"])
def beneficiary_import_result(request):
    require_manager(request)
    if request.method == "POST":
        request.session.pop(RESULT_SESSION_KEY, None)
        return redirect("people:beneficiary_list")
    people = _result_people(request)
    if people is None:
        messages.info(
            request, _("Les codes secrets de l'import ne sont plus affichés.")
        )
        return redirect("people:beneficiary_list")
    return render(request, "people/beneficiary_import_result.html", {"people": people})


@never_cache  # holds clear PINs
@login_required
@require_http_methods(["GET"])
def beneficiary_import_cards(request):
    require_manager(request)
    people = _result_people(request)
    if people is None:
        messages.info(
            request, _("Les codes secrets de l'import ne sont plus affichés.")
        )
        return redirect("people:beneficiary_list")
    return render(
        request,
        "people/beneficiary_import_cards.html",
        {
            "people": people,
            "login_url": request.build_absolute_uri(reverse("people:code_login")),
        },
    )
