"""Workshop sessions: the list, planning, enrolment, walk-ins and attendance."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms.converters import id_param
from lms.errors import error_message_add, form_errors_add
from lms.paging import page_get
from lms.validators import iso_week_monday
from lms.wording import of_name
from people.forms import CONSENT_TEXT
from people.pin_once import pin_keep_once
from people.selectors import beneficiaries_for_user, structures_for_user
from workshops import selectors, services
from workshops.forms import (
    SESSION_SORTS,
    CancelForm,
    EnrolForm,
    ListSearchForm,
    SessionForm,
    WalkInForm,
)
from workshops.models import ATTENDANCE_MARKS, Attendance
from workshops.views.access import manager_required, session_or_404


def _refuse_if_cancelled(request, session) -> bool:
    """Say why a cancelled session's forms are not shown; True if it is."""
    if session.cancelled_at is None:
        return False
    messages.error(request, _("Cet atelier est annulé : il ne peut plus être modifié."))
    return True


def _monday_of(value: str) -> datetime.date | None:
    # Weeks outside 2000–2100 are ignored: 9999-W52 had no next week (HTTP 500).
    return iso_week_monday(value)


def _week_param(day: datetime.date) -> str:
    year, week, _day = day.isocalendar()
    return f"{year}-W{week:02d}"


def _week_query(request, day: datetime.date) -> str:
    """The list's address showing day's week, with the same search and filters,
    from the first page of every list."""
    query = request.GET.copy()
    for key in ("page", "avenir", "passes"):
        query.pop(key, None)
    query["semaine"] = _week_param(day)
    return "?" + query.urlencode()


# One row of workshops/_session_table.html, as its loop wrote it (same
# markup, same whitespace).
_ROW = (
    "\n{i}<tr>\n"
    '{j}<th scope="row"><a href="{url}">{title}</a>{cancelled}</th>\n'
    "{j}<td>{when}</td>\n"
    "{j}<td>{structure}</td>\n"
    "{j}<td>{enrolled}</td>\n"
    "{i}</tr>\n"
    "{k}"
)


def _session_rows(rows: list[selectors.SessionRow]) -> list[str]:
    """Each row's HTML, written in one pass: two tables of 50 sessions cost
    the template more than reading them (issue 13). Every value is escaped
    here."""
    badge = ' <span class="badge badge--cancelled">{}</span>'.format(
        escape(_("Annulé"))
    )
    return [
        mark_safe(  # noqa: S308 — every value escaped
            _ROW.format(
                i=" " * 16,
                j=" " * 20,
                k=" " * 12,
                url=escape(row.url),
                title=escape(row.title),
                cancelled=badge if row.cancelled_at else "",
                when=escape(row.when_label),
                structure=escape(row.structure_name),
                enrolled="—"
                if row.cancelled_at
                else f"{row.participant_count} / {row.capacity}",
            )
        )
        for row in rows
    ]


@require_GET
@login_required
def session_list(request):
    manager_required(request)
    today = timezone.localdate()
    form = ListSearchForm(
        request.GET or None,
        structures=structures_for_user(request.user),
        sorts=SESSION_SORTS,
        search_label=_("Rechercher un titre d'atelier"),
    )
    filters = form.filters()
    sort = SESSION_SORTS[filters["sort"] or "date"]
    lists = selectors.session_list_get(
        user=request.user,
        today=today,
        search=filters["search"],
        structure=filters["structure"],
        order=sort.fields,
    )
    upcoming = page_get(request, lists["upcoming"], param="avenir")
    past = page_get(request, lists["past"], param="passes")
    context = {
        "form": form,
        "searching": bool(filters["search"] or filters["structure"]),
        "upcoming": upcoming,
        "upcoming_rows": _session_rows(upcoming.object_list),
        "past": past,
        "past_rows": _session_rows(past.object_list),
    }
    monday = _monday_of(request.GET.get("semaine", ""))
    if monday is not None:
        week = page_get(
            request,
            selectors.week_get(
                user=request.user,
                monday=monday,
                search=filters["search"],
                structure=filters["structure"],
            ),
            param="page",
        )
        context |= {
            "week_page": week,
            "week": selectors.week_days(monday, week.object_list),
            "week_label": _week_param(monday),
            "previous_week": _week_query(request, monday - datetime.timedelta(days=7)),
            "next_week": _week_query(request, monday + datetime.timedelta(days=7)),
        }
    context["this_week"] = _week_query(request, today)
    return render(request, "workshops/session_list.html", context)


@require_http_methods(["GET", "POST"])
@login_required
def session_create(request):
    manager_required(request)
    structures = structures_for_user(request.user).order_by("name")
    form = SessionForm(
        request.POST if request.method == "POST" else None,
        structures=structures,
        leaders=selectors.leaders_for_user(request.user),
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        try:
            session = services.session_create(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("L'atelier est planifié."))
            return redirect("workshops:session_detail", session_id=session.pk)
    return render(request, "workshops/session_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
@login_required
def session_update(request, session_id: int):
    session = session_or_404(request, session_id)
    if _refuse_if_cancelled(request, session):
        return redirect("workshops:session_detail", session_id=session.pk)
    form = SessionForm(
        request.POST if request.method == "POST" else None,
        structures=None,
        leaders=selectors.leaders_for_user(request.user, structure=session.structure),
        user=request.user,
        initial={
            "title": session.title,
            "date": session.date,
            "start_time": session.start_time,
            "duration_minutes": session.duration_minutes,
            "place": session.place,
            "level": session.level_id,
            "capacity": session.capacity,
            "themes": session.themes,
            "courses": [course.pk for course in session.courses.all()],
            "leaders": [leader.pk for leader in session.leaders.all()],
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.session_update(
                by=request.user, session=session, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Les modifications sont enregistrées."))
            return redirect("workshops:session_detail", session_id=session.pk)
    return render(
        request, "workshops/session_form.html", {"form": form, "session": session}
    )


@require_http_methods(["GET", "POST"])
@login_required
def session_cancel(request, session_id: int):
    session = session_or_404(request, session_id)
    if _refuse_if_cancelled(request, session):
        return redirect("workshops:session_detail", session_id=session.pk)
    form = CancelForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.session_cancel(
                by=request.user, session=session, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("L'atelier est annulé."))
            return redirect("workshops:session_detail", session_id=session.pk)
    return render(
        request,
        "workshops/session_confirm_cancel.html",
        {
            "session": session,
            "form": form,
            "taken": len(session.participations.all()),
        },
    )


@require_GET
@login_required
def session_detail(request, session_id: int):
    session = session_or_404(request, session_id)
    candidates = selectors.beneficiaries_not_enrolled(
        user=request.user, session=session
    )
    # Listed twice on the page, read once, as plain (pk, label) pairs.
    others = selectors.enrol_choices_get(user=request.user, session=session)
    return render(
        request,
        "workshops/session_detail.html",
        {
            "session": session,
            "participations": list(session.participations.all()),
            "enrol_form": EnrolForm(beneficiaries=candidates, shown=others),
            "marks": [(mark, mark.label) for mark in ATTENDANCE_MARKS],
            "others": others,
        },
    )


@require_POST
@login_required
def session_enrol(request, session_id: int):
    session = session_or_404(request, session_id)
    others = selectors.beneficiaries_not_enrolled(user=request.user, session=session)
    form = EnrolForm(request.POST, beneficiaries=others)
    if not form.is_valid():
        messages.error(request, _("Choisissez une personne dans la liste."))
    else:
        try:
            services.session_enrol(
                by=request.user,
                session=session,
                beneficiary=form.cleaned_data["beneficiary"],
            )
        except (ValidationError, PermissionDenied) as error:
            error_message_add(request, error)
        else:
            messages.success(request, _("La personne est inscrite."))
    return redirect("workshops:session_detail", session_id=session.pk)


@require_http_methods(["GET", "POST"])
@login_required
def session_unenrol(request, session_id: int, participation_id: int):
    session = session_or_404(request, session_id)
    participation = next(
        (p for p in session.participations.all() if p.pk == participation_id), None
    )
    if participation is None:
        raise Http404
    if request.method == "POST":
        try:
            services.session_unenrol(by=request.user, participation=participation)
        except ValidationError as error:
            error_message_add(request, error)
        else:
            messages.success(
                request,
                _("%(name)s ne fait plus partie de la liste.")
                % {"name": participation.beneficiary.user.first_name},
            )
        return redirect("workshops:session_detail", session_id=session.pk)
    if _refuse_if_cancelled(request, session):
        return redirect("workshops:session_detail", session_id=session.pk)
    return render(
        request,
        "workshops/session_confirm_unenrol.html",
        {"session": session, "participation": participation},
    )


@require_http_methods(["GET", "POST"])
@login_required
def session_walk_in(request, session_id: int):
    session = session_or_404(request, session_id)
    if _refuse_if_cancelled(request, session):
        return redirect("workshops:session_detail", session_id=session.pk)
    form = WalkInForm(
        request.POST if request.method == "POST" else None,
        structure=session.structure,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            participation, pin = services.session_walk_in_create(
                by=request.user,
                session=session,
                first_name=data["first_name"],
                year_of_birth=data["year_of_birth"],
                phone=data["phone"],
                email=data["email"],
                consent_text=str(CONSENT_TEXT),
            )
        except ValidationError as error:
            form_errors_add(form, error, shown={"first_name", "consent"})
        else:
            beneficiary = participation.beneficiary
            # The people app's card page shows the PIN kept here, once.
            pin_keep_once(request, beneficiary.pk, pin)
            messages.success(
                request,
                _(
                    "Le compte %(of_name)s est créé et sa présence à l'atelier "
                    "est notée. Notez ou imprimez son code secret : il ne sera "
                    "plus affiché."
                )
                % {"of_name": of_name(beneficiary.user.first_name)},
            )
            card = reverse(
                "people:beneficiary_card", kwargs={"beneficiary_id": beneficiary.pk}
            )
            sheet = reverse(
                "workshops:session_detail", kwargs={"session_id": session.pk}
            )
            return redirect(
                f"{card}?{urlencode({'retour': sheet + '#presences-titre'})}"
            )
    return render(
        request, "workshops/session_walk_in.html", {"session": session, "form": form}
    )


@require_POST
@login_required
def attendance_save(request, session_id: int):
    session = session_or_404(request, session_id)
    people = {p.beneficiary_id: p.beneficiary for p in session.participations.all()}
    added = id_param(request.POST.get("ajouter"))  # « ² » is no id
    if added is not None:
        extra = (
            beneficiaries_for_user(request.user, structure=session.structure)
            .filter(pk=added)
            .first()
        )
        if extra is not None:
            people[extra.pk] = extra
    marks = {}
    for beneficiary_id, beneficiary in people.items():
        mark = request.POST.get(f"presence-{beneficiary_id}", "")
        if not mark and beneficiary_id == added:
            mark = Attendance.PRESENT
        if mark:
            marks[beneficiary] = mark
    try:
        services.session_attendance_save(by=request.user, session=session, marks=marks)
    except ValidationError as error:
        error_message_add(request, error)
    else:
        messages.success(request, _("Les présences sont enregistrées."))
    return redirect("workshops:session_detail", session_id=session.pk)
