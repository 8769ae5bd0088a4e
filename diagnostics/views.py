from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.models import Audience
from courses.selectors import my_learning_get
from diagnostics.forms import LevelConfirmForm
from diagnostics.models import (
    Diagnostic,
    DiagnosticRun,
    ItemKind,
    LevelProposal,
    RunMode,
)
from diagnostics.selectors import (
    diagnostics_for,
    learner_standing_get,
    may_conduct,
    pending_proposals_get,
    run_areas_get,
    run_found_levels_get,
    run_standing_get,
)
from diagnostics.services import (
    level_proposal_decide,
    run_area_record,
    run_finish,
    run_screening_save,
    run_start,
)
from lms.errors import error_message_add
from people.selectors import beneficiaries_for_user
from quizzes.models import Attempt
from skills.models import Level


def _audience(user) -> str:
    return (
        Audience.BENEFICIARY
        if hasattr(user, "beneficiary_profile")
        else Audience.PROFESSIONAL
    )


def _run_or_404(request, run_id: int) -> DiagnosticRun:
    run = (
        DiagnosticRun.objects.select_related("diagnostic", "learner")
        .filter(pk=run_id)
        .first()
    )
    if run is None:
        raise Http404
    user = request.user
    if user.pk == run.learner_id:
        return run
    if run.mode != RunMode.SELF and may_conduct(user, run.learner):
        return run
    raise Http404


def _next_step(run: DiagnosticRun):
    for entry in run_areas_get(run=run):
        if not entry.done:
            return redirect("diagnostics:run_area", run.pk, entry.area.number)
    return redirect("diagnostics:run_result", run.pk)


@login_required
@require_GET
def diagnostic_list(request):
    return render(
        request,
        "diagnostics/diagnostic_list.html",
        {
            "diagnostics": diagnostics_for(audience=_audience(request.user)),
            "open_runs": DiagnosticRun.objects.filter(
                learner=request.user, finished_at__isnull=True, mode=RunMode.SELF
            ).select_related("diagnostic"),
        },
    )


@login_required
@require_POST
def run_start_self(request, diagnostic_id: int):
    diagnostic = get_object_or_404(
        diagnostics_for(audience=_audience(request.user)), pk=diagnostic_id
    )
    run = run_start(
        diagnostic=diagnostic, learner=request.user, by=request.user, mode=RunMode.SELF
    )
    return redirect("diagnostics:run_screening", run.pk)


@login_required
@require_POST
def run_start_assisted(request, diagnostic_id: int, beneficiary_id: int):
    profile = get_object_or_404(beneficiaries_for_user(request.user), pk=beneficiary_id)
    diagnostic = get_object_or_404(
        diagnostics_for(audience=Audience.BENEFICIARY), pk=diagnostic_id
    )
    mode = RunMode.PAPER if request.POST.get("mode") == "paper" else RunMode.ASSISTED
    try:
        run = run_start(
            diagnostic=diagnostic, learner=profile.user, by=request.user, mode=mode
        )
    except PermissionDenied as exc:
        raise Http404 from exc
    return redirect("diagnostics:run_screening", run.pk)


@login_required
@require_http_methods(["GET", "POST"])
def run_screening(request, run_id: int):
    run = _run_or_404(request, run_id)
    if not run.is_open:
        return redirect("diagnostics:run_result", run.pk)
    questions = list(run.diagnostic.screening_questions.all())
    if request.method == "POST":
        answers = {str(q.pk): request.POST.get(f"q{q.pk}", "") for q in questions}
        try:
            run_screening_save(run=run, by=request.user, answers=answers)
        except ValidationError as exc:
            error_message_add(request, exc)
        except PermissionDenied as exc:
            raise Http404 from exc
        else:
            return _next_step(run)
    return render(
        request,
        "diagnostics/run_screening.html",
        {"run": run, "questions": questions},
    )


def _area_answers(request, items) -> dict[int, dict]:
    answers = {}
    for item in items:
        key = f"item{item.pk}"
        if item.kind == ItemKind.TASK:
            answers[item.pk] = {"passed": request.POST.get(key) == "yes"}
        elif item.question.kind in ("single", "multiple"):
            answers[item.pk] = {"choice_ids": request.POST.getlist(key)}
        else:
            answers[item.pk] = {"text": request.POST.get(key, "")}
    return answers


@login_required
@require_http_methods(["GET", "POST"])
def run_area(request, run_id: int, area_number: int):
    run = _run_or_404(request, run_id)
    if not run.is_open:
        return redirect("diagnostics:run_result", run.pk)
    areas = run_areas_get(run=run)
    entry = next((a for a in areas if a.area.number == area_number), None)
    if entry is None:
        raise Http404
    if entry.done:
        return _next_step(run)
    if request.method == "POST":
        try:
            run_area_record(
                run=run,
                by=request.user,
                area=entry.area,
                answers=_area_answers(request, entry.items),
            )
        except (ValidationError, ValueError) as exc:
            error_message_add(request, exc, default=_("Réponse invalide."))
        except PermissionDenied as exc:
            raise Http404 from exc
        else:
            return _next_step(run)
    position = [a.area.pk for a in areas].index(entry.area.pk) + 1
    return render(
        request,
        "diagnostics/run_area.html",
        {
            "run": run,
            "entry": entry,
            "position": position,
            "total": len(areas),
            "observer": run.mode != RunMode.SELF and request.user.pk != run.learner_id,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def run_result(request, run_id: int):
    run = _run_or_404(request, run_id)
    conducting = run.mode != RunMode.SELF and request.user.pk != run.learner_id
    if not run.is_open:
        return _run_result_closed(request, run, conducting=conducting)
    found = run_found_levels_get(run=run)
    form = (
        LevelConfirmForm(
            request.POST if request.method == "POST" else None,
            found=found,
            levels=list(Level.objects.all()),
        )
        if conducting
        else None
    )
    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            run_finish(
                run=run,
                by=request.user,
                corrections=form.corrections() if form else None,
            )
        except ValidationError as exc:
            if form is None:
                error_message_add(request, exc)
                return redirect("diagnostics:run_result", run.pk)
            # Rendered again, so that each corrected level stays as chosen.
            form.add_service_error(exc)
        except PermissionDenied as exc:
            raise Http404 from exc
        else:
            messages.success(request, _("Les niveaux sont enregistrés."))
            return redirect("diagnostics:run_result", run.pk)
    return render(
        request,
        "diagnostics/run_result.html",
        {"run": run, "found": found, "form": form, "conducting": conducting},
    )


def _run_result_closed(request, run: DiagnosticRun, *, conducting: bool):
    profile = getattr(run.learner, "beneficiary_profile", None)
    if not conducting:
        levels_url = reverse("diagnostics:my_levels")
    elif profile is not None:
        # The professional follows the person's levels on the person's page.
        levels_url = (
            reverse("people:beneficiary_detail", kwargs={"beneficiary_id": profile.pk})
            + "#niveaux"
        )
    else:
        levels_url = None
    name = _learner_name(run.learner)
    return render(
        request,
        "diagnostics/run_result.html",
        {
            "run": run,
            "conducting": conducting,
            "learner_name": name,
            "standing": run_standing_get(run=run, name=name if conducting else None),
            "levels_url": levels_url,
        },
    )


def _learner_name(user) -> str:
    return user.first_name.strip() or user.get_username()


@login_required
@require_GET
def my_levels(request):
    return render(
        request,
        "diagnostics/my_levels.html",
        {
            "standing": learner_standing_get(
                user=request.user, audience=_audience(request.user)
            ),
            "levels": list(Level.objects.all()),
            "proposals": pending_proposals_get(learner=request.user),
            "courses_section": {"cards": my_learning_get(user=request.user)},
            "quizzes_section": {
                "attempts": list(
                    Attempt.objects.filter(user=request.user)
                    .select_related("quiz")
                    .order_by("-started_at")[:50]
                )
            },
        },
    )


@login_required
@require_POST
def proposal_decide(request, proposal_id: int, decision: str):
    if decision not in ("valider", "refuser"):
        raise Http404
    try:
        proposal = level_proposal_decide(
            by=request.user,
            proposal_id=proposal_id,
            validate=decision == "valider",
            reason=request.POST.get("reason", ""),
        )
    except PermissionDenied as exc:
        raise Http404 from exc
    except ValidationError as exc:
        error_message_add(request, exc)
        proposal = get_object_or_404(LevelProposal, pk=proposal_id)
    else:
        messages.success(
            request,
            _("Niveau validé.") if decision == "valider" else _("Proposition refusée."),
        )
    profile = getattr(proposal.learner, "beneficiary_profile", None)
    if profile is None:
        return redirect("diagnostics:my_levels")
    return redirect("people:beneficiary_detail", beneficiary_id=profile.pk)


@login_required
@require_GET
def diagnostic_paper(request, diagnostic_id: int):
    """A printable version, filled on paper and typed in afterwards."""
    diagnostic = get_object_or_404(
        Diagnostic.objects.filter(draft=False), pk=diagnostic_id
    )
    items = (
        diagnostic.items.select_related("area", "level", "question")
        .prefetch_related("question__choices")
        .order_by("area__number", "level__rank", "sort_order")
    )
    areas: dict = {}
    for item in items:
        areas.setdefault(item.area, []).append(item)
    return render(
        request,
        "diagnostics/diagnostic_paper.html",
        {
            "diagnostic": diagnostic,
            "screening": diagnostic.screening_questions.all(),
            "areas": list(areas.items()),
        },
    )
