from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from people.forms import (
    CONSENT_TEXT,
    AccountCredentialsForm,
    BeneficiaryCreateForm,
    BeneficiarySearchForm,
    CodeLoginForm,
)
from people.sections import beneficiary_sections_get
from people.selectors import beneficiaries_for_user, structures_for_user
from people.services import (
    beneficiary_create,
    beneficiary_credentials_add,
    beneficiary_deactivate,
    beneficiary_pin_reset,
    beneficiary_unlock,
)

# The clear PIN waits here, for the next page only, after a creation or a reset.
PIN_SESSION_KEY = "people_pin_once"


def _require_manager(request) -> None:
    if not request.user.manages_beneficiaries:
        raise PermissionDenied


def _beneficiary_or_404(request, beneficiary_id: int):
    # Another structure's beneficiary does not exist, as far as this user knows.
    return get_object_or_404(beneficiaries_for_user(request.user), pk=beneficiary_id)


def pin_keep_once(request, beneficiary_id: int, pin: str) -> None:
    """Keep a new PIN for the next page (the card) to show once."""
    request.session[PIN_SESSION_KEY] = {"beneficiary": beneficiary_id, "pin": pin}


def _pin_pop(request, beneficiary_id: int) -> str | None:
    kept = request.session.get(PIN_SESSION_KEY)
    if kept and kept.get("beneficiary") == beneficiary_id:
        del request.session[PIN_SESSION_KEY]
        return kept["pin"]
    return None


def _add_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
    else:
        for error in exc.messages:
            form.add_error(None, error)


def _local_url(request, target: str | None) -> str | None:
    """`target` if it is an address of this site, else None."""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None


@require_http_methods(["GET", "POST"])
def code_login(request):
    form = CodeLoginForm(
        request.POST if request.method == "POST" else None, request=request
    )
    if request.method == "POST" and form.is_valid():
        login(request, form.user)
        target = _local_url(
            request, request.POST.get("next") or request.GET.get("next")
        )
        return redirect(target or resolve_url(settings.LOGIN_REDIRECT_URL))
    return render(
        request,
        "people/code_login.html",
        {"form": form, "next": request.GET.get("next", "")},
    )


@login_required
@require_http_methods(["GET"])
def beneficiary_list(request):
    _require_manager(request)
    structures = structures_for_user(request.user)
    form = BeneficiarySearchForm(request.GET or None, structures=structures)
    search, structure = "", None
    if form.is_valid():
        search = form.cleaned_data["q"]
        structure = form.cleaned_data["structure"]
    beneficiaries = beneficiaries_for_user(
        request.user, search=search, structure=structure
    )
    return render(
        request,
        "people/beneficiary_list.html",
        {
            "form": form,
            "beneficiaries": beneficiaries,
            "has_structures": structures.exists(),
            "searching": bool(search or structure),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def beneficiary_new(request):
    _require_manager(request)
    structures = structures_for_user(request.user).active()
    form = BeneficiaryCreateForm(
        request.POST if request.method == "POST" else None, structures=structures
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user, pin = beneficiary_create(
                by=request.user,
                structure=data["structure"],
                first_name=data["first_name"],
                year_of_birth=data["year_of_birth"],
                phone=data["phone"],
                email=data["email"],
                consent_text=str(CONSENT_TEXT),
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            profile = user.beneficiary_profile
            pin_keep_once(request, profile.pk, pin)
            messages.success(
                request,
                _(
                    "Le compte de %s est créé. Notez ou imprimez son code secret : "
                    "il ne sera plus affiché."
                )
                % user.first_name,
            )
            return redirect("people:beneficiary_card", beneficiary_id=profile.pk)
    return render(request, "people/beneficiary_form.html", {"form": form})


@login_required
@require_http_methods(["GET"])
def beneficiary_detail(request, beneficiary_id: int):
    beneficiary = _beneficiary_or_404(request, beneficiary_id)
    return render(
        request,
        "people/beneficiary_detail.html",
        {
            "beneficiary": beneficiary,
            "sections": beneficiary_sections_get(request=request, profile=beneficiary),
        },
    )


@never_cache  # may hold the clear PIN
@login_required
@require_http_methods(["GET"])
def beneficiary_card(request, beneficiary_id: int):
    beneficiary = _beneficiary_or_404(request, beneficiary_id)
    return render(
        request,
        "people/beneficiary_card.html",
        {
            "beneficiary": beneficiary,
            "pin": _pin_pop(request, beneficiary.pk),
            "login_url": request.build_absolute_uri(reverse("people:code_login")),
            # Where the professional came from (a workshop's attendance sheet).
            "back_url": _local_url(request, request.GET.get("retour")),
        },
    )


@login_required
@require_POST
def beneficiary_pin_reset_view(request, beneficiary_id: int):
    beneficiary = _beneficiary_or_404(request, beneficiary_id)
    pin = beneficiary_pin_reset(by=request.user, beneficiary=beneficiary)
    pin_keep_once(request, beneficiary.pk, pin)
    messages.success(
        request,
        _("Nouveau code secret pour %s. Il ne sera affiché qu'une fois.")
        % beneficiary.user.first_name,
    )
    return redirect("people:beneficiary_card", beneficiary_id=beneficiary.pk)


@login_required
@require_http_methods(["GET", "POST"])
def beneficiary_deactivate_view(request, beneficiary_id: int):
    beneficiary = _beneficiary_or_404(request, beneficiary_id)
    if request.method == "POST":
        beneficiary_deactivate(by=request.user, beneficiary=beneficiary)
        messages.success(
            request,
            _("Le compte de %s est désactivé.") % beneficiary.user.first_name,
        )
        return redirect("people:beneficiary_detail", beneficiary_id=beneficiary.pk)
    return render(
        request,
        "people/beneficiary_confirm_deactivate.html",
        {"beneficiary": beneficiary},
    )


@login_required
@require_POST
def beneficiary_unlock_view(request, beneficiary_id: int):
    beneficiary = _beneficiary_or_404(request, beneficiary_id)
    beneficiary_unlock(by=request.user, beneficiary=beneficiary)
    messages.success(
        request,
        _("Le compte de %s est débloqué.") % beneficiary.user.first_name,
    )
    return redirect("people:beneficiary_detail", beneficiary_id=beneficiary.pk)


@login_required
@require_http_methods(["GET", "POST"])
def my_account(request):
    profile = getattr(request.user, "beneficiary_profile", None)
    if profile is None:
        raise PermissionDenied
    form = AccountCredentialsForm(
        request.POST if request.method == "POST" else None,
        initial={"email": request.user.email},
    )
    if request.method == "POST" and form.is_valid():
        try:
            beneficiary_credentials_add(
                user=request.user,
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password1"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if form.cleaned_data["password1"]:
                # Changing the password must not sign the person out.
                update_session_auth_hash(request, request.user)
            messages.success(request, _("C'est enregistré."))
            return redirect("people:my_account")
    return render(request, "people/my_account.html", {"profile": profile, "form": form})
