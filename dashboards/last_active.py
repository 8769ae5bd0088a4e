"""The only writer of BeneficiaryProfile.last_active_at: the dashboards' one
definition of a beneficiary's activity, kept as it happens so that « active in
the last 30 days » is one range on the profiles instead of four probes per
person.

A person's last activity is the latest of: a lesson finished (`completed_at`),
an exercise started (`Attempt.started_at`), a diagnostic started
(`DiagnosticRun.started_at`), a session they were marked present at (midnight
of the session's day, local time). It is the dashboards' rule only: retention
and the professionals' lists (people.selectors, people.activity) have their own,
wider one (sign-ins, enrolments, accompaniments…).

Each write moves the profile in the transaction of the row: a row added moves
it forward (one UPDATE, never back). A row deleted, or a presence taken back,
that carried the profile's last activity recomputes it from the rows left, so
the value is always exact (one query when the row was not the latest, six
otherwise). A session re-dated recomputes the people marked present at it.
Bulk loads and repairs: `last_active_recount` (run by
``manage.py dashboard_tallies_recount``; `user_ids` for a few people).
"""

import datetime

from django.db import transaction
from django.db.models import Max, Q
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from courses.models import LessonCompletion
from dashboards.selectors import day_start, stored_value
from diagnostics.models import DiagnosticRun
from people.models import BeneficiaryProfile
from quizzes.models import Attempt
from workshops.models import Attendance, Participation, WorkshopSession

BATCH = 2000


def latest_by_user(
    *,
    user_ids: list[int] | None = None,
    completions=LessonCompletion,
    attempts=Attempt,
    runs=DiagnosticRun,
    participations=Participation,
) -> dict[int, datetime.datetime]:
    """Each person's last activity from the rows, by user pk (all people, or
    `user_ids`); people with none are left out. Four grouped queries. The
    models may be a migration's historical ones."""
    found: dict[int, datetime.datetime] = {}

    def keep(user_id, moment):
        if moment is not None and (user_id not in found or moment > found[user_id]):
            found[user_id] = moment

    for model, user, field in (
        (completions, "user_id", "completed_at"),
        (attempts, "user_id", "started_at"),
        (runs, "learner_id", "started_at"),
    ):
        rows = model.objects.all()
        if user_ids is not None:
            rows = rows.filter(**{f"{user}__in": user_ids})
        for user_id, moment in (
            rows.values(user).annotate(m=Max(field)).order_by().values_list(user, "m")
        ):
            keep(user_id, moment)
    present = participations.objects.filter(attendance=Attendance.PRESENT)
    if user_ids is not None:
        present = present.filter(beneficiary__user_id__in=user_ids)
    for user_id, day in (
        present.values("beneficiary__user_id")
        .annotate(m=Max("session__date"))
        .order_by()
        .values_list("beneficiary__user_id", "m")
    ):
        keep(user_id, day_start(day) if day else None)
    return found


@transaction.atomic
def last_active_recount(
    *, profiles=BeneficiaryProfile, user_ids: list[int] | None = None, **models
) -> int:
    """Set every profile's last activity (or only `user_ids`' profiles) from
    the rows (bulk loads, repairs, the migration, a session re-dated; never on
    a page). Returns the profiles whose value changed."""
    latest = latest_by_user(user_ids=user_ids, **models)
    rows = profiles.objects.only("pk", "user_id", "last_active_at")
    if user_ids is not None:
        rows = rows.filter(user_id__in=user_ids)
    changed = []
    for profile in rows:
        value = latest.get(profile.user_id)
        if profile.last_active_at != value:
            profile.last_active_at = value
            changed.append(profile)
    profiles.objects.bulk_update(changed, ["last_active_at"], batch_size=BATCH)
    return len(changed)


def _move_forward(profiles: Q, moment: datetime.datetime | None) -> None:
    """One UPDATE: the profile's last activity becomes `moment` if later."""
    if moment is None:
        return
    BeneficiaryProfile.objects.filter(profiles).filter(
        Q(last_active_at__isnull=True) | Q(last_active_at__lt=moment)
    ).update(last_active_at=moment)


def _taken_back(profiles: Q, moment: datetime.datetime | None) -> None:
    """A row dated `moment` is gone: recompute the profile if it was its last
    activity (one query when it was not)."""
    if moment is None:
        return
    profile = (
        BeneficiaryProfile.objects.filter(profiles, last_active_at=moment)
        .values_list("pk", "user_id")
        .first()
    )
    if profile is None:
        return
    pk, user_id = profile
    value = latest_by_user(user_ids=[user_id]).get(user_id)
    BeneficiaryProfile.objects.filter(pk=pk).update(last_active_at=value)


def _of_user(user_id: int) -> Q:
    return Q(user_id=user_id)


@receiver(post_save, sender=LessonCompletion, dispatch_uid="last_active_completion")
def _completion_saved(sender, instance, created, raw=False, **kwargs):
    if not raw:
        _move_forward(_of_user(instance.user_id), instance.completed_at)


@receiver(post_delete, sender=LessonCompletion, dispatch_uid="last_active_uncomplete")
def _completion_deleted(sender, instance, **kwargs):
    _taken_back(_of_user(instance.user_id), instance.completed_at)


@receiver(post_save, sender=Attempt, dispatch_uid="last_active_attempt")
def _attempt_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        _move_forward(_of_user(instance.user_id), instance.started_at)


@receiver(post_delete, sender=Attempt, dispatch_uid="last_active_attempt_gone")
def _attempt_deleted(sender, instance, **kwargs):
    _taken_back(_of_user(instance.user_id), instance.started_at)


@receiver(post_save, sender=DiagnosticRun, dispatch_uid="last_active_run")
def _run_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        _move_forward(_of_user(instance.learner_id), instance.started_at)


@receiver(post_delete, sender=DiagnosticRun, dispatch_uid="last_active_run_gone")
def _run_deleted(sender, instance, **kwargs):
    _taken_back(_of_user(instance.learner_id), instance.started_at)


def _session_day(participation: Participation) -> datetime.datetime:
    return day_start(participation.session.date)


@receiver(post_save, sender=Participation, dispatch_uid="last_active_presence")
def _participation_saved(
    sender, instance, created, raw=False, update_fields=None, **kwargs
):
    # Guided mode saves its step and heartbeat often: only a mark matters.
    if raw or (update_fields is not None and "attendance" not in update_fields):
        return
    if instance.attendance == Attendance.PRESENT:
        _move_forward(Q(pk=instance.beneficiary_id), _session_day(instance))
    elif not created:
        _taken_back(Q(pk=instance.beneficiary_id), _session_day(instance))


@receiver(post_delete, sender=Participation, dispatch_uid="last_active_presence_gone")
def _participation_deleted(sender, instance, **kwargs):
    if instance.attendance == Attendance.PRESENT:
        _taken_back(Q(pk=instance.beneficiary_id), _session_day(instance))


def present_user_ids(session_id: int) -> list[int]:
    """The accounts marked present at a session (whose last activity may be
    its day)."""
    return list(
        Participation.objects.filter(
            session_id=session_id, attendance=Attendance.PRESENT
        ).values_list("beneficiary__user_id", flat=True)
    )


@receiver(pre_save, sender=WorkshopSession, dispatch_uid="last_active_session_day")
def _session_before(sender, instance, raw=False, update_fields=None, **kwargs):
    # Keep the stored day: a session re-dated moves its present people's last
    # activity (one query per session saved; sessions are saved rarely).
    if not raw:
        instance._stored_day = stored_value(instance, "date", update_fields)


@receiver(post_save, sender=WorkshopSession, dispatch_uid="last_active_session_redated")
def _session_redated(sender, instance, created, raw=False, **kwargs):
    stored = instance.__dict__.pop("_stored_day", None)
    if created or raw or stored is None or stored == instance.date:
        return
    user_ids = present_user_ids(instance.pk)
    if user_ids:
        last_active_recount(user_ids=user_ids)


@receiver(post_save, sender=BeneficiaryProfile, dispatch_uid="last_active_profile")
def _profile_created(sender, instance, created, raw=False, **kwargs):
    # A profile given to someone who already did things (rare: four queries).
    if created and not raw:
        value = latest_by_user(user_ids=[instance.user_id]).get(instance.user_id)
        if value is not None:
            BeneficiaryProfile.objects.filter(pk=instance.pk).update(
                last_active_at=value
            )
            instance.last_active_at = value
