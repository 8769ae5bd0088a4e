"""The only writer of the dashboards' day counters (StructureDayTally).

A lesson completion, and an attempt that starts or stops counting as passed,
move their structure's counter for that local day in the transaction that
writes them: a completion created (+1) or deleted (-1); `attempt_passed_changed`
(+1 or -1), an attempt created already passed (+1) and a passed attempt
deleted (-1). The structure is the learner's
beneficiary profile's: when a profile is created, moved to another structure or
deleted, the learner's counts move with it. Professionals' own learning is not
a structure's activity and is not counted. Bulk loads and repairs rebuild
everything with `day_tallies_recount` (``manage.py dashboard_tallies_recount``).
"""

import datetime

from django.db import transaction
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from courses.models import LessonCompletion
from dashboards.models import StructureDayTally
from dashboards.selectors import stored_value
from lms.counters import counter_add
from people.models import BeneficiaryProfile
from quizzes.models import Attempt, AttemptState
from quizzes.signals import attempt_passed_changed
from quizzes.tallies import attempt_counts

LESSONS = "lessons_completed"
QUIZZES = "quizzes_passed"


def day_tally_add(*, structure_id: int, day: datetime.date, **deltas: int) -> None:
    """Move one structure's counters of one day (1 query, 3 on first use)."""
    counter_add(StructureDayTally, {"structure_id": structure_id, "day": day}, deltas)


def _structure_of(user_id: int) -> int | None:
    return (
        BeneficiaryProfile.objects.filter(user_id=user_id)
        .values_list("structure_id", flat=True)
        .first()
    )


def _count(user_id: int, moment: datetime.datetime | None, name: str, delta: int):
    if moment is None or not delta:
        return
    structure_id = _structure_of(user_id)
    if structure_id is not None:
        day_tally_add(
            structure_id=structure_id,
            day=timezone.localdate(moment),
            **{name: delta},
        )


def _by_day(queryset, field: str, structure_key: str | None = None) -> list[dict]:
    keys = ["day"] if structure_key is None else [structure_key, "day"]
    return list(
        queryset.annotate(day=TruncDate(field))
        .values(*keys)
        .annotate(n=Count("pk"))
        .order_by()
    )


def _passed():
    return Attempt.objects.filter(state=AttemptState.FINISHED, passed=True)


def _user_move(user_id: int, structure_id: int, sign: int) -> None:
    """Add (sign 1) or take back (sign -1) everything this learner counted."""
    lessons = LessonCompletion.objects.filter(user_id=user_id)
    for name, rows in (
        (LESSONS, _by_day(lessons, "completed_at")),
        (QUIZZES, _by_day(_passed().filter(user_id=user_id), "finished_at")),
    ):
        for row in rows:
            day_tally_add(
                structure_id=structure_id, day=row["day"], **{name: sign * row["n"]}
            )


@transaction.atomic
def day_tallies_recount() -> int:
    """Rebuild every day counter from the completions and attempts (two grouped
    scans: for bulk loads and repairs, never on a page). Returns the rows."""
    StructureDayTally.objects.all().delete()
    key = "user__beneficiary_profile__structure_id"
    tallies: dict[tuple[int, datetime.date], StructureDayTally] = {}
    for name, rows in (
        (LESSONS, _by_day(LessonCompletion.objects.all(), "completed_at", key)),
        (QUIZZES, _by_day(_passed(), "finished_at", key)),
    ):
        for row in rows:
            if row[key] is None:
                continue
            tally = tallies.setdefault(
                (row[key], row["day"]),
                StructureDayTally(structure_id=row[key], day=row["day"]),
            )
            setattr(tally, name, row["n"])
    StructureDayTally.objects.bulk_create(tallies.values(), batch_size=2000)
    return len(tallies)


@receiver(post_save, sender=LessonCompletion, dispatch_uid="day_tally_completion")
def _completion_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        _count(instance.user_id, instance.completed_at, LESSONS, 1)


@receiver(post_delete, sender=LessonCompletion, dispatch_uid="day_tally_uncomplete")
def _completion_deleted(sender, instance, **kwargs):
    _count(instance.user_id, instance.completed_at, LESSONS, -1)


@receiver(attempt_passed_changed, dispatch_uid="day_tally_passed")
def _passed_changed(sender, attempt, delta, **kwargs):
    _count(attempt.user_id, attempt.finished_at, QUIZZES, delta)


@receiver(post_save, sender=Attempt, dispatch_uid="day_tally_attempt_created")
def _attempt_created(sender, instance, created, raw=False, **kwargs):
    # An attempt is graded after it is created (`attempt_passed_changed`); one
    # written already passed (an import, a fixture) counts from the start.
    if created and not raw:
        _count(
            instance.user_id, instance.finished_at, QUIZZES, attempt_counts(instance)[1]
        )


@receiver(post_delete, sender=Attempt, dispatch_uid="day_tally_attempt_deleted")
def _attempt_deleted(sender, instance, **kwargs):
    _count(
        instance.user_id, instance.finished_at, QUIZZES, -attempt_counts(instance)[1]
    )


@receiver(pre_save, sender=BeneficiaryProfile, dispatch_uid="day_tally_profile_old")
def _profile_before(sender, instance, raw=False, update_fields=None, **kwargs):
    instance._tally_structure_id = (
        None if raw else stored_value(instance, "structure", update_fields)
    )


@receiver(post_save, sender=BeneficiaryProfile, dispatch_uid="day_tally_profile")
def _profile_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    old = getattr(instance, "_tally_structure_id", None)
    if created:
        _user_move(instance.user_id, instance.structure_id, 1)
    elif old is not None and old != instance.structure_id:
        _user_move(instance.user_id, old, -1)
        _user_move(instance.user_id, instance.structure_id, 1)


@receiver(post_delete, sender=BeneficiaryProfile, dispatch_uid="day_tally_profile_gone")
def _profile_deleted(sender, instance, **kwargs):
    # In a cascade (a user deleted), completions removed before the profile
    # took themselves back; those still present go now, and any removed after
    # find no profile and count nothing.
    _user_move(instance.user_id, instance.structure_id, -1)
