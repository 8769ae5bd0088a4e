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
from django.utils.formats import localize
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from lms.converters import id_url_maker
from lms.dates import DateLabels
from lms.errors import form_errors_add
from lms.kept import kept_context
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


def _filter_form(request) -> tuple[IndicatorsFilterForm, list[str]]:
    """The bound filter (defaults: the current calendar year) and the names
    of the user's structures; another structure's id is a 404, as everywhere
    else."""
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
    return form, list(structures.values_list("name", flat=True))


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
    _links_add(page.object_list)
    return page


class _RecordTexts:
    """The records' words, translated once per page rather than per row."""

    def __init__(self):
        self.cancelled = escape(_("Atelier annulé"))
        self.missing = escape(_("Manquant"))
        self.edit = escape(_("Modifier"))
        self.write = escape(_("Rédiger"))
        self.hidden = _("le compte rendu de « %(title)s »")
        # `j F Y` (the template's `date` filter): the month's name once.
        self.labels = DateLabels()
        self._written = {}
        self._days = {}

    def written(self, count: int) -> str:
        if count not in self._written:
            self._written[count] = ngettext(
                "Rédigé : %(counter)s participant",
                "Rédigé : %(counter)s participants",
                count,
            ) % {"counter": escape(localize(count))}
        return self._written[count]

    def day(self, day) -> str:
        if day not in self._days:
            self._days[day] = escape(self.labels.day(day))
        return self._days[day]


def _row_cell(session, texts: _RecordTexts) -> str:
    """The « Compte rendu » cell's content, as the template wrote it."""
    pad = "\n" + " " * 36
    if session.cancelled_at:
        return f"{pad}{texts.cancelled}"
    hidden = texts.hidden % {"title": escape(session.title)}
    link = f'<a href="{escape(session.report_url)}">'
    if session.activity_report:
        written = texts.written(session.activity_report.participant_count)
        return (
            f"{pad}{written}<br>{pad}{link}{texts.edit}"
            f'<span class="visually-hidden"> {hidden}</span></a>'
        )
    return (
        f"{pad}<strong>{texts.missing}</strong><br>{pad}{link}{texts.write}"
        f'<span class="visually-hidden"> {hidden}</span></a>'
    )


def _record_rows(sessions, *, show_structure: bool) -> str:
    """The records' table rows, byte for byte what the template's loop wrote
    (issue 13: its tags, filters and translations per row were most of the
    page's render). Every value is escaped here."""
    texts = _RecordTexts()
    rows = []
    td = "\n" + " " * 28
    for session in sessions:
        structure = (
            f"<td>{escape(session.structure.name)}</td>" if show_structure else ""
        )
        counts = "".join(
            f"{td}<td>{escape(localize(getattr(session, name)))}</td>"
            for name in ("enrolled", "present", "absent", "excused")
        )
        rows.append(
            f"\n{' ' * 24}<tr>"
            f'{td}<th scope="row"><a href="{escape(session.detail_url)}">'
            f"{escape(session.title)}</a></th>"
            f"{td}<td>{texts.day(session.date)}</td>"
            f"{td}{structure}{counts}"
            f"{td}<td>\n{' ' * 32}{_row_cell(session, texts)}\n{' ' * 32}"
            f"{td}</td>\n{' ' * 24}</tr>\n{' ' * 20}"
        )
    return mark_safe("".join(rows))  # noqa: S308 - every value escaped above


def _links_add(sessions) -> None:
    """Each row's `detail_url` and `report_url`: one reverse per page, not two
    `{% url %}` per row (issue 13)."""
    detail = id_url_maker("workshops:session_detail")
    report = id_url_maker("workshops:session_report")
    for session in sessions:
        session.detail_url = detail(session.pk)
        session.report_url = report(session.pk)


@require_GET
@login_required
def indicators(request):
    manager_required(request)
    form, names = _filter_form(request)
    context = {
        "form": form,
        "show_structure": len(names) > 1,
        # The network only ever exports anonymised people (exports.kinds).
        "anonymised_only": user_is_coordinator(request.user),
    }
    if form.is_valid():
        period = _period(form)
        kept = (
            None
            if period["structure"]
            else reports.network_indicators_get(
                user=request.user, start=period["start"], end=period["end"]
            )
        )
        if kept:
            figures, computed_at = kept
            context |= kept_context(computed_at)
        else:
            figures = reports.indicators_get(user=request.user, **period)
        context |= {
            "figures": figures,
            "records": _records_page(request, form, period),
            # The structures the figures cover, named in one line.
            "chosen": ", ".join(
                [period["structure"].name] if period["structure"] else names
            ),
        }
        context["record_rows"] = _record_rows(
            context["records"].object_list, show_structure=context["show_structure"]
        )
    return render(request, "workshops/indicators.html", context)
