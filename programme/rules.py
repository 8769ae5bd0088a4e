"""When an automatic milestone is met: what the data of the apps below shows.

One owner for the three rules (AutoRule): all the structure's professionals
trained (training.path), its first diagnostic finished, its first workshop
held. `rules_met_on` answers for many structures in a constant number of
queries.
"""

import datetime

from django.db.models import Min
from django.utils import timezone

from diagnostics.models import DiagnosticRun
from lms.validators import DATE_MIN
from programme.models import AutoRule
from training.path import structure_trained_counts
from workshops.reports import sessions_held


def trained_counts(structure_ids) -> dict[int, tuple[int, int]]:
    """(professionals trained on P1–P4, professionals) per structure, from the
    training app (training.path.structure_trained_counts); (0, 0) for a
    structure that has none."""
    return structure_trained_counts(structure_ids=list(structure_ids))


def rules_met_on(
    *, structure_ids, today: datetime.date | None = None
) -> dict[tuple[int, str], datetime.date]:
    """{(structure pk, rule): the day the data met it} for the rules that are
    met; a constant number of queries whatever the number of structures."""
    ids = list(structure_ids)
    today = today or timezone.localdate()
    met: dict[tuple[int, str], datetime.date] = {}
    via = "learner__beneficiary_profile__structure_id"
    for row in (
        DiagnosticRun.objects.filter(**{f"{via}__in": ids}, finished_at__isnull=False)
        .values(via)
        .annotate(first=Min("finished_at"))
        .order_by()
    ):
        met[(row[via], AutoRule.FIRST_DIAGNOSTIC)] = timezone.localdate(row["first"])
    for row in (
        sessions_held(structures=ids, start=DATE_MIN, end=today)
        .values("structure_id")
        .annotate(first=Min("date"))
        .order_by()
    ):
        met[(row["structure_id"], AutoRule.FIRST_WORKSHOP)] = row["first"]
    for pk, (trained, total) in trained_counts(ids).items():
        if total and trained >= total:
            met[(pk, AutoRule.TRAINED)] = today
    return met
