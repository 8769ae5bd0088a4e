"""Signing in with a login code, and a beneficiary's own account page."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render, resolve_url
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lms.errors import error_message_add, form_errors_add
from people.forms import AccountCredentialsForm, CodeLoginForm
from people.services import beneficiary_credentials_add, user_data_saver_set
from people.views.access import local_url


@require_http_methods(["GET", "POST"])
def code_login(request):
    form = CodeLoginForm(
        request.POST if request.method == "POST" else None, request=request
    )
    if request.method == "POST" and form.is_valid():
        login(request, form.user)
        target = local_url(request, request.POST.get("next") or request.GET.get("next"))
        return redirect(target or resolve_url(settings.LOGIN_REDIRECT_URL))
    return render(
        request,
        "people/code_login.html",
        {"form": form, "next": request.GET.get("next", "")},
    )


@login_required
@require_http_methods(["GET", "POST"])
def my_account(request):
    profile = getattr(request.user, "beneficiary_profile", None)
    if profile is None:
        if not request.user.manages_beneficiaries:
            raise PermissionDenied
        # Professionals and coordinators: their e-mail choices.
        return render(request, "people/my_account_staff.html")
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
            form_errors_add(form, exc)
        else:
            if form.cleaned_data["password1"]:
                # Changing the password must not sign the person out.
                update_session_auth_hash(request, request.user)
            messages.success(request, _("C'est enregistré."))
            return redirect("people:my_account")
    return render(request, "people/my_account.html", {"profile": profile, "form": form})


@require_POST
@login_required
def data_saver_set(request):
    """« Économiser les données »: on or off, then back to the account page."""
    try:
        user_data_saver_set(
            user=request.user, enabled=request.POST.get("economiser") == "oui"
        )
    except ValidationError as exc:
        error_message_add(request, exc)
    else:
        messages.success(request, _("C'est enregistré."))
    return redirect("people:my_account")
