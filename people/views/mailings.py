"""The weekly digest's opt-out: on the account page (signed in) or from the
signed link in the e-mail (no sign-in needed)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from people.mailings import unsubscribe_user_get, user_weekly_digest_set


@login_required
@require_POST
def digest_preference(request):
    if not request.user.manages_beneficiaries:
        raise PermissionDenied
    receive = request.POST.get("weekly_digest") == "on"
    user_weekly_digest_set(user=request.user, receive=receive)
    messages.success(
        request,
        _("Vous recevrez le résumé de la semaine.")
        if receive
        else _("Vous ne recevrez plus le résumé de la semaine."),
    )
    return redirect("people:my_account")


@require_http_methods(["GET", "POST"])
def digest_unsubscribe(request, token: str):
    """GET asks (a mail scanner opening the link changes nothing); POST does."""
    user = unsubscribe_user_get(token=token)
    if user is None:
        return render(request, "people/digest_unsubscribe.html", status=404)
    done = False
    if request.method == "POST":
        user_weekly_digest_set(user=user, receive=False)
        done = True
    return render(
        request,
        "people/digest_unsubscribe.html",
        {"valid": True, "done": done or not user.weekly_digest},
    )
