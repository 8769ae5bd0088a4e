"""Writes of diagnostics: runs, item responses, confirmed levels, proposals."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.selectors import course_quiz_ids
from diagnostics.models import (
    Diagnostic,
    DiagnosticItem,
    DiagnosticRun,
    ItemKind,
    ItemResponse,
    LevelProposal,
    LevelRecord,
    LevelSource,
    ProposalStatus,
    RunMode,
)
from diagnostics.scoring import area_level_rank
from diagnostics.selectors import may_conduct, run_area_levels
from lms.validators import text_check
from people.audit import audit_record
from people.models import AuditAction
from quizzes.services import answer_is_right
from skills.models import CompetenceArea, Level

# LevelRecord.note and LevelProposal.reason hold 300 characters.
REASON_MAX_LENGTH = 300


def run_start(*, diagnostic: Diagnostic, learner, by, mode: str) -> DiagnosticRun:
    """Start a run: alone (self), or with a professional of the learner's structure.

    Raises ValidationError for a draft diagnostic or an unknown mode, and
    PermissionDenied when `by` may not run it with this learner.
    """
    if diagnostic.draft:
        raise ValidationError(_("Ce diagnostic n'est pas encore publié."))
    if mode == RunMode.SELF:
        if by.pk != learner.pk or not learner.is_active:
            raise PermissionDenied
        conducted_by = None
    elif mode in (RunMode.ASSISTED, RunMode.PAPER):
        if not may_conduct(by, learner):
            raise PermissionDenied
        conducted_by = by
    else:
        raise ValidationError(_("Mode de passation inconnu."))
    return DiagnosticRun.objects.create(
        diagnostic=diagnostic, learner=learner, conducted_by=conducted_by, mode=mode
    )


def _check_open(run: DiagnosticRun, by) -> None:
    allowed = (
        by.pk == run.learner_id
        if run.mode == RunMode.SELF
        else by.pk == run.conducted_by_id or may_conduct(by, run.learner)
    )
    if not allowed:
        raise PermissionDenied
    if not run.is_open:
        raise ValidationError(_("Ce diagnostic est terminé."))


@transaction.atomic
def run_screening_save(*, run: DiagnosticRun, by, answers: dict[str, str]) -> None:
    """Keep the screening answers (equipment, connection, use, confidence).

    Raises ValidationError for an answer that is not one of the proposed ones.
    """
    _check_open(run, by)
    questions = {str(q.pk): q for q in run.diagnostic.screening_questions.all()}
    clean = {}
    for key, value in answers.items():
        question = questions.get(str(key))
        if question is None or (value and value not in question.choice_list):
            raise ValidationError(_("Cette réponse n'est pas proposée."))
        if value:
            clean[str(key)] = value
    run.screening_answers = clean
    run.save(update_fields=["screening_answers"])


@transaction.atomic
def run_area_record(
    *, run: DiagnosticRun, by, area: CompetenceArea, answers: dict[int, dict]
) -> int | None:
    """Record an area's items in level order, stopping at the first failure.

    `answers` maps item id to {"passed": bool} for tasks or {"choice_ids": [...],
    "text": ...} for questions. Returns the level rank reached in the area.
    Raises ValidationError for an item outside this diagnostic's area or an area
    recorded twice.
    """
    _check_open(run, by)
    items = list(
        DiagnosticItem.objects.filter(diagnostic=run.diagnostic, area=area)
        .select_related("level", "question")
        .order_by("level__rank", "sort_order")
    )
    known = {item.pk for item in items}
    if not set(answers) <= known:
        raise ValidationError(_("Cet item ne fait pas partie de ce domaine."))
    if ItemResponse.objects.filter(run=run, item__in=items).exists():
        raise ValidationError(_("Ce domaine est déjà rempli."))
    for given in answers.values():
        # Stored as typed, asked or not: a 1 MB answer or a NUL byte is refused.
        text_check(str(given.get("text", "")))
    failed = False
    results = []
    for item in items:
        given = answers.get(item.pk, {})
        if failed:
            passed = False  # not asked after the first failure
        elif item.kind == ItemKind.TASK:
            passed = bool(given.get("passed"))
        else:
            passed = answer_is_right(
                question=item.question,
                choice_ids=given.get("choice_ids", []),
                text=given.get("text", ""),
            )
        failed = failed or not passed
        ItemResponse.objects.create(run=run, item=item, passed=passed, answer=given)
        results.append((item.level.rank, passed))
    return area_level_rank(results)


@transaction.atomic
def run_finish(
    *, run: DiagnosticRun, by, corrections: dict[int, tuple[int, str]] | None = None
) -> list[LevelRecord]:
    """Close a run and record a level per measured area.

    For an assisted or paper run the professional confirms each level or
    corrects it: `corrections` maps area id to (level rank, reason), and a
    correction needs a reason. Raises ValidationError, keyed by area id, for a
    missing reason or an unknown level.
    """
    _check_open(run, by)
    corrections = corrections or {}
    if corrections and run.mode == RunMode.SELF:
        raise PermissionDenied
    levels = {level.rank: level for level in Level.objects.all()}
    computed = run_area_levels(run=run)
    records = []
    errors = {}
    for area_id, rank in sorted(computed.items()):
        note = ""
        if area_id in corrections:
            rank_given, reason = corrections[area_id]
            if rank_given not in levels:
                errors[area_id] = _("Ce niveau n'existe pas.")
                continue
            if rank_given != rank:
                try:
                    text_check(reason, max_length=REASON_MAX_LENGTH)
                except ValidationError as exc:
                    errors[area_id] = exc.messages[0]
                    continue
                if not reason.strip():
                    errors[area_id] = _(
                        "Vous avez changé le niveau : indiquez pourquoi vous le "
                        "corrigez."
                    )
                    continue
                note = reason.strip()
                rank = rank_given
        if rank is None:
            continue
        records.append(
            LevelRecord(
                learner=run.learner,
                area_id=area_id,
                level=levels[rank],
                source=LevelSource.DIAGNOSTIC if not note else LevelSource.PROFESSIONAL,
                run=run,
                recorded_by=by,
                note=note,
            )
        )
    if errors:
        raise ValidationError(errors)
    LevelRecord.objects.bulk_create(records)
    run.finished_at = timezone.now()
    run.save(update_fields=["finished_at"])
    return records


def _current_rank(learner, area_id: int) -> int | None:
    latest = (
        LevelRecord.objects.filter(learner=learner, area_id=area_id)
        .select_related("level")
        .order_by("-recorded_at", "-pk")
        .first()
    )
    return latest.level.rank if latest else None


@transaction.atomic
def level_evidence_check(*, learner, course):
    """When a learner has finished a course and passed its quizzes, propose its
    target level in its area (beneficiaries) or record it (professionals).

    Returns the new LevelProposal or LevelRecord, or None. Raises nothing.
    """
    from courses.models import Enrollment
    from quizzes.models import Attempt

    if not (course.competence_area_id and course.target_level_id):
        return None
    if not Enrollment.objects.filter(
        user=learner, course=course, completed_at__isnull=False
    ).exists():
        return None
    quiz_ids = course_quiz_ids(course)
    passed = set(
        Attempt.objects.filter(
            user=learner, quiz_id__in=quiz_ids, passed=True
        ).values_list("quiz_id", flat=True)
    )
    if passed != quiz_ids:
        return None
    target = course.target_level
    current = _current_rank(learner, course.competence_area_id)
    if current is not None and current >= target.rank:
        return None
    if hasattr(learner, "beneficiary_profile"):
        # A professional declined this level for this course: passing another
        # quiz later is no new evidence, and must not undo their decision.
        if LevelProposal.objects.filter(
            learner=learner,
            course=course,
            level=target,
            status=ProposalStatus.DECLINED,
        ).exists():
            return None
        proposal, _created = LevelProposal.objects.get_or_create(
            learner=learner,
            course=course,
            status=ProposalStatus.PENDING,
            defaults={"area_id": course.competence_area_id, "level": target},
        )
        return proposal
    return LevelRecord.objects.create(
        learner=learner,
        area_id=course.competence_area_id,
        level=target,
        source=LevelSource.COURSE,
        course=course,
        recorded_by=learner,
    )


@transaction.atomic
def level_proposal_decide(
    *, by, proposal_id: int, validate: bool, reason: str = ""
) -> LevelProposal:
    """Validate (recording the level) or decline a pending proposal.

    Raises PermissionDenied if `by` does not follow this learner, and
    ValidationError for a decided proposal or a decline without a reason.
    """
    proposal = (
        LevelProposal.objects.select_for_update()
        .select_related("learner", "level")
        .filter(pk=proposal_id)
        .first()
    )
    if proposal is None or not may_conduct(by, proposal.learner):
        raise PermissionDenied
    if proposal.status != ProposalStatus.PENDING:
        raise ValidationError(_("Cette proposition a déjà été traitée."))
    if not validate and not reason.strip():
        raise ValidationError(_("Indiquez pourquoi vous refusez ce niveau."))
    text_check(reason, max_length=REASON_MAX_LENGTH)
    proposal.status = ProposalStatus.VALIDATED if validate else ProposalStatus.DECLINED
    proposal.decided_by = by
    proposal.decided_at = timezone.now()
    proposal.reason = reason.strip()
    proposal.save()
    audit_record(
        by=by,
        action=AuditAction.VALIDATION,
        target=proposal.learner,
        details={
            "validated": validate,
            "level": str(proposal.level),
            "proposal": proposal.pk,
        },
    )
    if validate:
        LevelRecord.objects.create(
            learner=proposal.learner,
            area_id=proposal.area_id,
            level=proposal.level,
            source=LevelSource.COURSE,
            course_id=proposal.course_id,
            recorded_by=by,
            note=proposal.reason,
        )
    return proposal
