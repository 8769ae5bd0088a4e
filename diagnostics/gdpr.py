"""What diagnostics hold about a person, declared to people.gdpr (see
DiagnosticsConfig): their runs and answers, their levels, the levels proposed."""

from django.db.models import Prefetch

from diagnostics.models import (
    DiagnosticRun,
    ItemResponse,
    LevelProposal,
    LevelRecord,
)
from people.gdpr import register_personal_data


def _label(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


# The columns the exports below write out (with what LevelRecord.origin
# reads), not whole pages, people and levels per row (issue 13).
_PERSON = ("first_name", "last_name", "username")
_LEVEL_COLUMNS = (
    "area__name",
    "level__code",
    "level__name",
    "source",
    "course__title",
    "run_id",
    "learner_id",
    *(f"recorded_by__{name}" for name in _PERSON),
    "recorded_at",
    "note",
)
_PROPOSAL_COLUMNS = (
    "area__name",
    "level__code",
    "level__name",
    "course__title",
    "status",
    "created_at",
    *(f"decided_by__{name}" for name in _PERSON),
    "decided_at",
    "reason",
)


def runs_export(user) -> list[dict]:
    """The person's diagnostic runs with their answers, oldest first (3 queries)."""
    runs = list(
        DiagnosticRun.objects.filter(learner=user)
        .select_related("diagnostic", "conducted_by")
        .prefetch_related(
            "diagnostic__screening_questions",
            Prefetch(
                "responses",
                queryset=ItemResponse.objects.select_related(
                    "item__area", "item__level", "item__question"
                ).order_by("pk"),
            ),
        )
        .order_by("started_at", "pk")
    )
    rows = []
    for run in runs:
        questions = {
            str(q.pk): q.text for q in run.diagnostic.screening_questions.all()
        }
        rows.append(
            {
                "diagnostic": run.diagnostic.title,
                "mode": run.get_mode_display(),
                "mene_par": _label(run.conducted_by),
                "commence_le": run.started_at,
                "termine_le": run.finished_at,
                "reperage": {
                    questions.get(key, key): value
                    for key, value in run.screening_answers.items()
                },
                "reponses": [
                    {
                        "domaine": response.item.area.name,
                        "niveau": response.item.level.code,
                        "item": str(response.item),
                        "reussi": response.passed,
                        "reponse_ecrite": response.answer.get("text", "")
                        if isinstance(response.answer, dict)
                        else "",
                        "note": response.note,
                    }
                    for response in run.responses.all()
                ],
            }
        )
    return rows


def runs_erase(user) -> int:
    """Clear the answers the person wrote and the notes about them; whether each
    item was passed stays for the figures. Returns the responses changed."""
    changed = []
    for response in ItemResponse.objects.filter(run__learner=user).only(
        "pk", "answer", "note"
    ):
        answer = response.answer if isinstance(response.answer, dict) else {}
        if answer.get("text"):
            answer = {**answer, "text": ""}
        if answer != response.answer or response.note:
            response.answer = answer
            response.note = ""
            changed.append(response)
    ItemResponse.objects.bulk_update(changed, ["answer", "note"], batch_size=500)
    return len(changed)


def levels_export(user) -> list[dict]:
    """The levels recorded for the person, oldest first (one query)."""
    return [
        {
            "domaine": record.area.name,
            "niveau": f"{record.level.code} · {record.level.name}",
            "origine": record.origin,
            "enregistre_par": _label(record.recorded_by),
            "enregistre_le": record.recorded_at,
            "raison": record.note,
        }
        for record in LevelRecord.objects.filter(learner=user)
        .select_related("area", "level", "course", "recorded_by")
        .only(*_LEVEL_COLUMNS)
        .order_by("recorded_at", "pk")
    ]


def levels_erase(user) -> int:
    """Clear the reasons written about the person's levels (a correction, a
    validation); the levels stay. Returns the records changed."""
    return LevelRecord.objects.filter(learner=user).exclude(note="").update(note="")


def proposals_export(user) -> list[dict]:
    """The levels a course proposed for the person, oldest first (one query)."""
    return [
        {
            "domaine": proposal.area.name,
            "niveau": f"{proposal.level.code} · {proposal.level.name}",
            "parcours": proposal.course.title,
            "etat": proposal.get_status_display(),
            "propose_le": proposal.created_at,
            "decide_par": _label(proposal.decided_by),
            "decide_le": proposal.decided_at,
            "raison": proposal.reason,
        }
        for proposal in LevelProposal.objects.filter(learner=user)
        .select_related("area", "level", "course", "decided_by")
        .only(*_PROPOSAL_COLUMNS)
        .order_by("created_at", "pk")
    ]


def proposals_erase(user) -> int:
    """Clear the reasons given for declining or validating the person's proposed
    levels; the decisions stay. Returns the proposals changed."""
    return (
        LevelProposal.objects.filter(learner=user).exclude(reason="").update(reason="")
    )


register_personal_data(
    "diagnostics",
    runs_export,
    runs_erase,
    models=("diagnostics.DiagnosticRun", "diagnostics.ItemResponse"),
    erased=("diagnostics.ItemResponse.answer", "diagnostics.ItemResponse.note"),
    kept={
        "diagnostics.DiagnosticRun.screening_answers": "answers chosen from the "
        "proposed list, for the structure's figures",
    },
)
register_personal_data(
    "niveaux",
    levels_export,
    levels_erase,
    models=("diagnostics.LevelRecord",),
    erased=("diagnostics.LevelRecord.note",),
)
register_personal_data(
    "niveaux_proposes",
    proposals_export,
    proposals_erase,
    models=("diagnostics.LevelProposal",),
    erased=("diagnostics.LevelProposal.reason",),
)
