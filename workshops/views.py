import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from people.selectors import beneficiaries_for_user, structures_for_user
from workshops import selectors, services
from workshops.forms import AccompanimentForm, EnrolForm, SessionForm
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
    form = SessionForm(request.POST or None, structures=structures)
    if request.method == "POST" and form.is_valid():
        try:
            session = services.session_create(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("L'atelier est planifié."))
            return redirect("workshops:session_detail", session_id=session.pk)
    return render(request, "workshops/session_form.html", {"form": form})


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
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(request, _("La personne est inscrite."))
    return redirect("workshops:session_detail", session_id=session.pk)


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
        messages.error(request, " ".join(errors))
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
    _manager_required(request)
    record = (
        selectors.accompaniments_for_user(request.user)
        .filter(pk=accompaniment_id)
        .first()
    )
    if record is None:
        raise Http404
    return render(
        request, "workshops/accompaniment_detail.html", {"accompaniment": record}
    )


@require_http_methods(["GET", "POST"])
@login_required
def accompaniment_create(request):
    _manager_required(request)
    form = AccompanimentForm(
        request.POST or None,
        structures=structures_for_user(request.user).order_by("name"),
        beneficiaries=beneficiaries_for_user(request.user),
        initial={"date": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.accompaniment_create(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("L'accompagnement est enregistré."))
            return redirect("workshops:accompaniment_list")
    return render(request, "workshops/accompaniment_form.html", {"form": form})
