"""What simulators hold about a person, declared to people.gdpr (see
SimulatorsConfig). Typed values are never stored: only how far the person got."""

from people.gdpr import register_personal_data
from simulators.models import SimulatorProgress


def simulator_progress_export(user) -> list[dict]:
    """The simulators the person practised on, oldest first (one query)."""
    return [
        {
            "lecon": progress.lesson.title,
            "entrainement": progress.block_id,
            "ecrans_reussis": progress.screens_done,
            "commence_le": progress.started_at,
            "mis_a_jour_le": progress.updated_at,
            "reussi_le": progress.completed_at,
        }
        for progress in SimulatorProgress.objects.filter(user=user)
        .select_related("lesson")
        .only(
            "lesson__title",
            "block_id",
            "screens_done",
            "started_at",
            "updated_at",
            "completed_at",
        )
        .order_by("started_at", "pk")
    ]


# No eraser: the rows hold no free text; they stay, as completions do, so the
# figures stay true.
register_personal_data(
    "entrainements_simules",
    simulator_progress_export,
    models=("simulators.SimulatorProgress",),
    kept={"simulators.SimulatorProgress.block_id": "which exercise, not the person"},
)
