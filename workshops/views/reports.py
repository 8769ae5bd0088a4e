"""Activity reports after a session or an accompaniment, and the structure's
indicators page for professionals and coordinators (its export is a background
job of the exports app: exports.kinds)."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from lms.errors import form_errors_add
from lms.paging import page_get
from people.roles import user_is_coordinator
from people.selectors import structures_for_user
from workshops import reports, selectors
from workshops.forms import (
    RECORD_SORTS,
    IndicatorsFilterForm,
    ReportForm,
    SessionReportForm,
)
from workshops.views.access import accompaniment_or_404, manager_required


def _report_page(
    request,
    *,
    activity: dict,
    context: dict,
    back_url: str,
    level_label: str,
    form_class: type[ReportForm] = ReportForm,
):
    """Show the pre-filled form (GET) or save it (POST), for either activity."""
    refusal = context.get("refusal")
    report = reports.report_get(**activity)
    form = None
    if refusal is None:
        initial = reports.report_initial_get(
            **activity, attendance=context.get("attendance")
        )
        form = form_class(
            request.POST if request.method == "POST" else None, initial=initial
        )
        form.fields["level"].label = level_label
        if request.method == "POST" and form.is_valid():
            try:
                reports.report_save(by=request.user, **activity, **form.cleaned_data)
            except ValidationError as error:
                form_errors_add(form, error)
            else:
                messages.success(request, _("Le compte rendu est enregistré."))
                return redirect(back_url)
    return render(
        request,
        "workshops/report_form.html",
        context | {"form": form, "report": report, "back_url": back_url},
    )


@require_http_methods(["GET", "POST"])
@login_required
def session_report(request, session_id: int):
    manager_required(request)
    session = selectors.sessions_for_user(request.user).filter(pk=session_id).first()
    if session is None:
        raise Http404
    return _report_page(
        request,
        activity={"session": session},
        context={
            "session": session,
            "attendance": reports.session_attendance_get(session=session),
            "refusal": reports.session_report_refusal(session),
        },
        back_url=reverse("workshops:session_detail", args=[session.pk]),
        level_label=_("Niveau du groupe"),
        form_class=SessionReportForm,
    )


@require_http_methods(["GET", "POST"])
@login_required
def accompaniment_report(request, accompaniment_id: int):
    record = accompaniment_or_404(request, accompaniment_id)
    return _report_page(
        request,
        activity={"accompaniment": record},
        context={"accompaniment": record},
        back_url=reverse("workshops:accompaniment_detail", args=[record.pk]),
        level_label=_("Niveau de la personne"),
    )


def _filter_form(request) -> tuple[IndicatorsFilterForm, list]:
    """The bound filter (defaults: the current calendar year) and the user's
    structures; another structure's id is a 404, as everywhere else."""
    structures = structures_for_user(request.user).order_by("name")
    today = timezone.localdate()
    data = request.GET.copy()
    if not data.get("debut"):
        data["debut"] = datetime.date(today.year, 1, 1).isoformat()
    if not data.get("fin"):
        data["fin"] = datetime.date(today.year, 12, 31).isoformat()
    form = IndicatorsFilterForm(data, structures=structures)
    form.is_valid()
    if "structure" in form.errors:
        raise Http404
    return form, list(structures)


def _period(form: IndicatorsFilterForm) -> dict:
    return {
        "start": form.cleaned_data["debut"],
        "end": form.cleaned_data["fin"],
        "structure": form.cleaned_data.get("structure"),
    }


def _records_page(request, form: IndicatorsFilterForm, period: dict):
    """One page of the period's records, searched and sorted as asked."""
    sort = RECORD_SORTS[form.cleaned_data["tri"] or "recent"]
    rows = reports.session_records(
        user=request.user,
        **period,
        search=form.cleaned_data["q"].strip(),
        order=sort.fields,
    )
    page = page_get(request, rows)
    page.object_list = reports.session_records_reports(page.object_list)
    return page


@require_GET
@login_required
def indicators(request):
    manager_required(request)
    form, structures = _filter_form(request)
    context = {
        "form": form,
        "show_structure": len(structures) > 1,
        # The network only ever exports anonymised people (exports.kinds).
        "anonymised_only": user_is_coordinator(request.user),
    }
    if form.is_valid():
        period = _period(form)
        context |= {
            "figures": reports.indicators_get(user=request.user, **period),
            "records": _records_page(request, form, period),
            "chosen": [period["structure"]] if period["structure"] else structures,
        }
    return render(request, "workshops/indicators.html", context)
