"""The call for applications: the public form, and the coordinators' review."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from lms.errors import error_message_add, form_errors_add
from lms.paging import page_get
from people import throttle
from programme import selectors, services
from programme.forms import ApplicationForm, DecisionForm
from programme.models import Call
from programme.views.access import application_or_404, coordinator_required

COMPARE_MAX = 4
PER_PAGE = 20


@require_http_methods(["GET", "POST"])
def apply(request):
    """« Devenir relais numérique »: the open call and its form (no account)."""
    today = timezone.localdate()
    call = selectors.call_open_get(today)
    if call is None:
        return render(
            request,
            "programme/apply_closed.html",
            {"next_call": selectors.call_next_get(today)},
        )
    form = ApplicationForm(request.POST or None)
    if request.method == "POST":
        if not throttle.attempt_reserve(request, throttle.APPLICATION):
            messages.error(
                request,
                _(
                    "Trop de candidatures envoyées depuis cette connexion. "
                    "Réessayez dans un quart d'heure."
                ),
            )
            return render(
                request,
                "programme/apply.html",
                {"call": call, "form": form},
                status=429,
            )
        if form.is_spam():
            # Robots are thanked like people, and nothing is kept.
            return redirect("programme:apply_done")
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.application_submit(
                    call=call, data=data, referents=data["referents"], today=today
                )
            except ValidationError as error:
                form_errors_add(form, error)
            else:
                return redirect("programme:apply_done")
    return render(request, "programme/apply.html", {"call": call, "form": form})


@require_GET
def apply_done(request):
    return render(request, "programme/apply_done.html")


@require_GET
@login_required
def call_list(request):
    coordinator_required(request)
    return render(
        request, "programme/call_list.html", {"calls": list(selectors.calls_get())}
    )


@require_GET
@login_required
def application_list(request, call_id: int):
    coordinator_required(request)
    call = get_object_or_404(Call, pk=call_id)
    page = page_get(request, selectors.applications_of(call), per_page=PER_PAGE)
    return render(
        request,
        "programme/application_list.html",
        {"call": call, "page": page, "today": timezone.localdate()},
    )


@require_GET
@login_required
def application_compare(request, call_id: int):
    coordinator_required(request)
    call = get_object_or_404(Call, pk=call_id)
    asked = {v for v in request.GET.getlist("candidatures") if v.isdigit()}
    applications = list(selectors.applications_of(call).filter(pk__in=asked))
    error = ""
    if len(applications) < 2:
        error = _("Cochez au moins deux candidatures dans la liste.")
    elif len(applications) > COMPARE_MAX:
        error = ngettext(
            "Cochez %(n)s candidature au plus.",
            "Cochez %(n)s candidatures au plus.",
            COMPARE_MAX,
        ) % {"n": COMPARE_MAX}
    return render(
        request,
        "programme/application_compare.html",
        {"call": call, "applications": applications, "error": error},
    )


@require_GET
@login_required
def application_detail(request, application_id: int):
    application = application_or_404(request, application_id)
    return render(
        request,
        "programme/application_detail.html",
        {
            "application": application,
            "referents": list(application.referents.all()),
            "select_form": DecisionForm(prefix="retenir"),
            "decline_form": DecisionForm(prefix="refuser"),
        },
    )


def _decide(request, application_id: int, *, select: bool):
    application = application_or_404(request, application_id)
    prefix = "retenir" if select else "refuser"
    form = DecisionForm(request.POST, prefix=prefix)
    context = {"application": application, "form": form, "select": select}
    if application.is_decided:
        messages.error(request, _("Cette candidature a déjà reçu une réponse."))
        return redirect("programme:application", application_id=application.pk)
    if not form.is_valid() or request.POST.get("confirmer") != "1":
        # First the reason, then a confirmation page that repeats it.
        return render(request, "programme/application_decide.html", context)
    reason = form.cleaned_data["reason"]
    try:
        if select:
            programme = services.application_select(
                by=request.user,
                application=application,
                reason=reason,
                base_url=request.build_absolute_uri("/"),
            )
        else:
            services.application_decline(
                by=request.user, application=application, reason=reason
            )
    except ValidationError as error:
        error_message_add(request, error)
        return redirect("programme:application", application_id=application.pk)
    if select:
        messages.success(
            request,
            _(
                "Candidature retenue : la structure, les comptes de ses référents "
                "et son programme sont créés. Les invitations sont envoyées."
            ),
        )
        return redirect("programme:detail", structure_id=programme.structure_id)
    messages.success(request, _("Candidature non retenue : la décision est notée."))
    return redirect("programme:applications", call_id=application.call_id)


@require_http_methods(["POST"])
@login_required
def application_select(request, application_id: int):
    return _decide(request, application_id, select=True)


@require_http_methods(["POST"])
@login_required
def application_decline(request, application_id: int):
    return _decide(request, application_id, select=False)
