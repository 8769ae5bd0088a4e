"""A structure's programme: the page, opening and editing it, milestones,
check-ins and the printable summary."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms.errors import error_message_add, form_errors_add
from people import roles
from people.selectors import structures_for_user
from programme import selectors, services
from programme.forms import CheckInForm, MilestoneForm, ProgrammeForm
from programme.models import Programme
from programme.models.calls import public_labels
from programme.views.access import (
    coordinator_required,
    milestone_or_404,
    structure_or_404,
)


@require_GET
@login_required
def programme_home(request):
    """Coordinators go to the network's view; a professional to their
    (first) structure's programme."""
    if roles.user_is_coordinator(request.user):
        return redirect("programme:network")
    if not request.user.manages_beneficiaries:
        raise PermissionDenied
    structure = structures_for_user(request.user).order_by("name", "pk").first()
    if structure is None:
        return render(request, "programme/no_programme.html", {"structure": None})
    return redirect("programme:detail", structure_id=structure.pk)


def _milestone_forms(request, view, coordinator: bool, owners):
    """(milestone, its form or None) for each milestone: coordinators edit
    every one, a professional only those they own."""
    rows = []
    for milestone in view.milestones:
        editable = coordinator or milestone.owner_id == request.user.pk
        form = None
        if editable:
            initial = {"status": milestone.status, "notes": milestone.notes}
            if coordinator:
                initial |= {
                    "title": milestone.title,
                    "due_date": milestone.due_date,
                    "owner": milestone.owner_id,
                }
            form = MilestoneForm(
                initial=initial,
                prefix=f"jalon-{milestone.pk}",
                owners=owners if coordinator else None,
            )
        rows.append((milestone, form))
    return rows


def _owners(structure):
    """Who may own a milestone: the network's coordinators and the structure's
    professionals."""
    return (
        selectors.coordinators_get() | selectors.structure_professionals(structure)
    ).distinct()


@require_GET
@login_required
def programme_detail(request, structure_id: int):
    structure = structure_or_404(request, structure_id)
    programme = selectors.programme_for_structure(structure)
    coordinator = roles.user_is_coordinator(request.user)
    if programme is None:
        return render(
            request,
            "programme/no_programme.html",
            {"structure": structure, "coordinator": coordinator},
        )
    today = timezone.localdate()
    view = selectors.programme_view_get(programme=programme, today=today)
    owners = list(_owners(structure)) if coordinator else None
    return render(
        request,
        "programme/programme_detail.html",
        {
            "structure": structure,
            "view": view,
            "programme": programme,
            "publics": public_labels(programme.needs_publics),
            "milestones": _milestone_forms(request, view, coordinator, owners),
            "coordinator": coordinator,
            "today": today,
            "check_in_form": CheckInForm(initial={"date": today}, prefix="point")
            if coordinator
            else None,
        },
    )


def _programme_form(request, structure, *, programme: Programme | None):
    initial = {}
    if programme is None:
        initial = {"start_date": timezone.localdate(), "network_referent": request.user}
    else:
        initial = {
            "start_date": programme.start_date,
            "stage": programme.stage,
            "network_referent": programme.network_referent_id,
            "structure_referents": list(
                programme.structure_referents.values_list("pk", flat=True)
            ),
            "needs_publics": programme.needs_publics,
            **{name: getattr(programme, name) for name in services.NEEDS_FIELDS},
        }
    return ProgrammeForm(
        request.POST or None,
        initial=initial,
        coordinators=selectors.coordinators_get(),
        professionals=selectors.structure_professionals(structure),
        opening=programme is None,
    )


@require_http_methods(["GET", "POST"])
@login_required
def programme_open(request, structure_id: int):
    coordinator_required(request)
    structure = structure_or_404(request, structure_id)
    if selectors.programme_for_structure(structure) is not None:
        return redirect("programme:detail", structure_id=structure.pk)
    form = _programme_form(request, structure, programme=None)
    if request.method == "POST" and form.is_valid():
        try:
            services.programme_open(
                by=request.user, structure=structure, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Programme ouvert, avec ses jalons."))
            return redirect("programme:detail", structure_id=structure.pk)
    return render(
        request,
        "programme/programme_form.html",
        {"structure": structure, "form": form, "opening": True},
    )


@require_http_methods(["GET", "POST"])
@login_required
def programme_edit(request, structure_id: int):
    coordinator_required(request)
    structure = structure_or_404(request, structure_id)
    programme = selectors.programme_for_structure(structure)
    if programme is None:
        return redirect("programme:open", structure_id=structure.pk)
    form = _programme_form(request, structure, programme=programme)
    if request.method == "POST" and form.is_valid():
        try:
            services.programme_update(
                by=request.user, programme=programme, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Programme enregistré."))
            return redirect("programme:detail", structure_id=structure.pk)
    return render(
        request,
        "programme/programme_form.html",
        {"structure": structure, "form": form, "opening": False},
    )


@require_POST
@login_required
def milestone_update(request, milestone_id: int):
    milestone = milestone_or_404(request, milestone_id)
    structure = milestone.programme.structure
    coordinator = roles.user_is_coordinator(request.user)
    if not coordinator and milestone.owner_id != request.user.pk:
        raise PermissionDenied
    form = MilestoneForm(
        request.POST,
        prefix=f"jalon-{milestone.pk}",
        owners=list(_owners(structure)) if coordinator else None,
    )
    target = redirect("programme:detail", structure_id=structure.pk)
    target["Location"] += f"#jalon-{milestone.pk}"
    if not form.is_valid():
        errors = [e for field in form.errors.values() for e in field]
        messages.error(
            request,
            _("Jalon « %(title)s » non enregistré : %(errors)s")
            % {"title": milestone.title, "errors": " ".join(errors)},
        )
        return target
    try:
        services.milestone_update(
            by=request.user, milestone=milestone, **form.cleaned_data
        )
    except ValidationError as error:
        error_message_add(request, error)
    else:
        messages.success(
            request, _("Jalon « %(title)s » enregistré.") % {"title": milestone.title}
        )
    return target


@require_POST
@login_required
def check_in_create(request, structure_id: int):
    coordinator_required(request)
    structure = structure_or_404(request, structure_id)
    programme = selectors.programme_for_structure(structure)
    if programme is None:
        return redirect("programme:open", structure_id=structure.pk)
    form = CheckInForm(request.POST, prefix="point")
    target = redirect("programme:detail", structure_id=structure.pk)
    target["Location"] += "#points"
    if not form.is_valid():
        errors = [e for field in form.errors.values() for e in field]
        messages.error(
            request, _("Point d'étape non enregistré : %s") % " ".join(errors)
        )
        return target
    try:
        services.check_in_create(
            by=request.user, programme=programme, **form.cleaned_data
        )
    except ValidationError as error:
        error_message_add(request, error)
    else:
        messages.success(
            request, _("Point d'étape enregistré, avec les chiffres du jour.")
        )
    return target


@require_GET
@login_required
def programme_summary(request, structure_id: int):
    """The printable summary for the structure and its funders (A4, plain)."""
    structure = structure_or_404(request, structure_id)
    programme = selectors.programme_for_structure(structure)
    if programme is None:
        return redirect("programme:detail", structure_id=structure.pk)
    today = timezone.localdate()
    view = selectors.programme_view_get(programme=programme, today=today)
    return render(
        request,
        "programme/programme_summary.html",
        {
            "structure": structure,
            "programme": programme,
            "view": view,
            "publics": public_labels(programme.needs_publics),
            "today": today,
            "snapshot": selectors.indicators_snapshot_get(
                structure=structure, start=programme.start_date, end=today
            ),
        },
    )
