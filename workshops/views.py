import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from people.forms import CONSENT_TEXT
from people.selectors import beneficiaries_for_user, structures_for_user
from people.views import pin_keep_once
from workshops import selectors, services
from workshops.forms import (
    AccompanimentForm,
    CancelForm,
    EnrolForm,
    SessionForm,
    WalkInForm,
)
from workshops.models import Attendance


def _manager_required(request) -> None:
    if not request.user.manages_beneficiaries:
        raise Http404


def _session_or_404(request, session_id: int):
    _manager_required(request)
    session = selectors.session_detail_get(user=request.user, session_id=session_id)
    if session is None:
        raise Http404
    return session


def _refuse_if_cancelled(request, session) -> bool:
    """Say why a cancelled session's forms are not shown; True if it is."""
    if session.cancelled_at is None:
        return False
    messages.error(request, _("Cet atelier est annulé : il ne peut plus être modifié."))
    return True


def _error_text(error: ValidationError | PermissionDenied) -> str:
    return " ".join(dict.fromkeys(getattr(error, "messages", [str(error)])))


def _add_errors(form, error: ValidationError, *, shown: set[str]) -> None:
    # An error about a field the page does not show goes above the form.
    if hasattr(error, "error_dict"):
        for field, texts in error.message_dict.items():
            for text in texts:
                form.add_error(field if field in shown else None, text)
    else:
        for text in error.messages:
            form.add_error(None, text)


def _accompaniment_or_404(request, accompaniment_id: int):
    _manager_required(request)
    record = (
        selectors.accompaniments_for_user(request.user)
        .filter(pk=accompaniment_id)
        .first()
    )
    if record is None:
        raise Http404
    return record


def _monday_of(value: str) -> datetime.date | None:
    try:
        year, week = value.split("-W")
        return datetime.date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return None


def _week_param(day: datetime.date) -> str:
    year, week, _day = day.isocalendar()
    return f"{year}-W{week:02d}"


@require_GET
@login_required
def session_list(request):
    _manager_required(request)
    today = timezone.localdate()
    context = selectors.session_list_get(user=request.user, today=today)
    monday = _monday_of(request.GET.get("semaine", ""))
    if monday is not None:
        context |= {
            "week": selectors.week_get(user=request.user, monday=monday),
            "week_label": _week_param(monday),
            "previous_week": _week_param(monday - datetime.timedelta(days=7)),
            "next_week": _week_param(monday + datetime.timedelta(days=7)),
        }
    context["this_week"] = _week_param(today)
    return render(request, "workshops/session_list.html", context)


@require_http_methods(["GET", "POST"])
@login_required
def session_create(request):
    _manager_required(request)
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
            _add_errors(form, error, shown=set(form.fields))
        else:
            messages.success(request, _("L'atelier est planifié."))
            return redirect("workshops:session_detail", session_id=session.pk)
    return render(request, "workshops/session_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
@login_required
def session_update(request, session_id: int):
    session = _session_or_404(request, session_id)
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
            "level": session.level,
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
            _add_errors(form, error, shown=set(form.fields))
        else:
            messages.success(request, _("Les modifications sont enregistrées."))
            return redirect("workshops:session_detail", session_id=session.pk)
    return render(
        request, "workshops/session_form.html", {"form": form, "session": session}
    )


@require_http_methods(["GET", "POST"])
@login_required
def session_cancel(request, session_id: int):
    session = _session_or_404(request, session_id)
    if _refuse_if_cancelled(request, session):
        return redirect("workshops:session_detail", session_id=session.pk)
    form = CancelForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.session_cancel(
                by=request.user, session=session, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form.add_error(None, error)
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
    session = _session_or_404(request, session_id)
    others = selectors.beneficiaries_not_enrolled(user=request.user, session=session)
    return render(
        request,
        "workshops/session_detail.html",
        {
            "session": session,
            "participations": list(session.participations.all()),
            "enrol_form": EnrolForm(beneficiaries=others),
            "marks": [
                (Attendance.PRESENT, _("Présent")),
                (Attendance.ABSENT, _("Absent")),
                (Attendance.EXCUSED, _("Excusé")),
            ],
            "others": others,
        },
    )


@require_POST
@login_required
def session_enrol(request, session_id: int):
    session = _session_or_404(request, session_id)
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
            messages.error(request, _error_text(error))
        else:
            messages.success(request, _("La personne est inscrite."))
    return redirect("workshops:session_detail", session_id=session.pk)


@require_http_methods(["GET", "POST"])
@login_required
def session_unenrol(request, session_id: int, participation_id: int):
    session = _session_or_404(request, session_id)
    participation = next(
        (p for p in session.participations.all() if p.pk == participation_id), None
    )
    if participation is None:
        raise Http404
    if request.method == "POST":
        try:
            services.session_unenrol(by=request.user, participation=participation)
        except ValidationError as error:
            messages.error(request, _error_text(error))
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
    session = _session_or_404(request, session_id)
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
            _add_errors(form, error, shown={"first_name", "consent"})
        else:
            beneficiary = participation.beneficiary
            # The people app's card page shows the PIN kept here, once.
            pin_keep_once(request, beneficiary.pk, pin)
            messages.success(
                request,
                _(
                    "Le compte de %(name)s est créé et sa présence à l'atelier "
                    "est notée. Notez ou imprimez son code secret : il ne sera "
                    "plus affiché."
                )
                % {"name": beneficiary.user.first_name},
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
    session = _session_or_404(request, session_id)
    people = {p.beneficiary_id: p.beneficiary for p in session.participations.all()}
    added = request.POST.get("ajouter", "")
    if added.isdigit():
        extra = (
            beneficiaries_for_user(request.user, structure=session.structure)
            .filter(pk=int(added))
            .first()
        )
        if extra is not None:
            people[extra.pk] = extra
    errors = []
    for beneficiary_id, beneficiary in people.items():
        mark = request.POST.get(f"presence-{beneficiary_id}", "")
        if not mark and beneficiary_id == (int(added) if added.isdigit() else None):
            mark = Attendance.PRESENT
        if not mark:
            continue
        try:
            services.attendance_set(
                by=request.user,
                session=session,
                beneficiary=beneficiary,
                attendance=mark,
            )
        except ValidationError as error:
            errors.extend(error.messages)
    if errors:
        messages.error(request, " ".join(dict.fromkeys(errors)))
    else:
        messages.success(request, _("Les présences sont enregistrées."))
    return redirect("workshops:session_detail", session_id=session.pk)


@require_GET
@login_required
def accompaniment_list(request):
    _manager_required(request)
    records = selectors.accompaniments_for_user(request.user)
    return render(
        request, "workshops/accompaniment_list.html", {"accompaniments": records}
    )


@require_GET
@login_required
def accompaniment_detail(request, accompaniment_id: int):
    record = _accompaniment_or_404(request, accompaniment_id)
    return render(
        request, "workshops/accompaniment_detail.html", {"accompaniment": record}
    )


@require_http_methods(["GET", "POST"])
@login_required
def accompaniment_create(request):
    _manager_required(request)
    form = AccompanimentForm(
        request.POST if request.method == "POST" else None,
        structures=structures_for_user(request.user).order_by("name"),
        beneficiaries=beneficiaries_for_user(request.user),
        initial={"date": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            record = services.accompaniment_create(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("L'accompagnement est enregistré."))
            # The report form comes pre-filled: one click files it.
            return redirect(
                "workshops:accompaniment_report", accompaniment_id=record.pk
            )
    return render(request, "workshops/accompaniment_form.html", {"form": form})
