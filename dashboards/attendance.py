"""The only writer of SessionAttendanceTally: each session's enrolled,
present, absent, excused and marked counts, kept in the transaction of every
participation written or deleted (a mark set or taken back, a person enrolled
or taken off the list, a profile erased), so the network dashboard and the
indicators (`held_attendance_summed`, registered with workshops.reports) sum
columns of the held sessions instead of grouping 25,000 participations per
request.

What counts as present or marked belongs to `workshops.reports`
(`attendance_counts`); this module only stores it per session. A session moved,
cancelled or re-dated keeps its counts: which sessions are held is decided at
read time, from the sessions themselves.

Concurrency: before a participation that may change the counts is written or
deleted, the session's row is locked (FOR NO KEY
UPDATE: the services' own lock on the session waits for it and it for them);
then the session is recounted from its rows (a handful, by index). Two marks
at once wait for each other and the second recounts with the first one
committed, so the counts never drift. Locking the session, not the counter
row, keeps one lock order in every path (session, then participations): a
new participation's foreign key is checked at commit against the session
row, so a lock on the counter row held meanwhile deadlocked the attendance
sheet against the guided mode. No code moves a participation to another
session (it would need both sessions recounted).
Bulk loads and repairs: `attendance_tallies_recount` (run by
``manage.py dashboard_tallies_recount``).
"""

from django.db import connection, transaction
from django.db.models import Count, QuerySet, Sum
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from dashboards.models import SessionAttendanceTally
from workshops.models import Participation, WorkshopSession
from workshops.reports import attendance_counts

COUNTED = ("enrolled", "present", "absent", "excused", "marked")
BATCH = 2000


def _counts(prefix: str = "") -> dict:
    """What a session's row holds, as aggregates over its participations
    (`prefix` leads from the counted model to a participation)."""
    counted = "pk" if not prefix else f"{prefix}pk"
    return {"enrolled": Count(counted), **attendance_counts(prefix)}


def held_attendance_summed(held: QuerySet[WorkshopSession]) -> dict[str, int]:
    """Enrolled, present, absent, excused and marked people over these
    sessions, summed from their rows (one query): what the indicators would
    count over every participation of the sessions."""
    sums = held.order_by().aggregate(
        **{name: Sum(f"attendance_tally__{name}") for name in COUNTED}
    )
    return {name: value or 0 for name, value in sums.items()}


def _lock(session_id: int) -> None:
    """Lock the session's row until the caller's transaction ends."""
    list(
        WorkshopSession.objects.select_for_update(no_key=True)
        .filter(pk=session_id)
        .values_list("pk", flat=True)
    )


def session_attendance_recount(session_id: int, *, create: bool = True) -> None:
    """Set one session's counts from its participations (three queries).
    `create=False` only updates an existing row (a session being deleted must
    not get a new one)."""
    with transaction.atomic(savepoint=False):
        _lock(session_id)
        counts = Participation.objects.filter(session_id=session_id).aggregate(
            **_counts()
        )
        rows = SessionAttendanceTally.objects.filter(session_id=session_id)
        if rows.update(**counts) or not create:
            return
        # A session made without its row (a bulk load before the recount).
        SessionAttendanceTally.objects.bulk_create(
            [SessionAttendanceTally(session_id=session_id)], ignore_conflicts=True
        )
        rows.update(**counts)


@transaction.atomic
def attendance_tallies_recount() -> int:
    """Rebuild every session's counts from the participations (one grouped
    scan: for bulk loads and repairs, never on a page). Returns the rows."""
    SessionAttendanceTally.objects.all().delete()
    rows = (
        WorkshopSession.objects.annotate(**_counts("participations__"))
        .values("pk", *COUNTED)
        .order_by()
    )
    SessionAttendanceTally.objects.bulk_create(
        (
            SessionAttendanceTally(
                session_id=row["pk"], **{name: row[name] for name in COUNTED}
            )
            for row in rows
        ),
        batch_size=BATCH,
    )
    return SessionAttendanceTally.objects.count()


@receiver(post_save, sender=WorkshopSession, dispatch_uid="attendance_tally_session")
def _session_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        SessionAttendanceTally.objects.bulk_create(
            [SessionAttendanceTally(session_id=instance.pk)], ignore_conflicts=True
        )


def _may_change_counts(instance, update_fields, adding: bool) -> bool:
    # A person added to the list counts as enrolled; then guided mode saves
    # steps and heartbeats often: only a mark matters.
    return instance.session_id is not None and (
        adding or update_fields is None or "attendance" in update_fields
    )


@receiver(pre_save, sender=Participation, dispatch_uid="attendance_tally_lock")
def _participation_before(sender, instance, raw=False, update_fields=None, **kw):
    if raw or not _may_change_counts(instance, update_fields, instance._state.adding):
        return
    if connection.in_atomic_block:  # else nothing would hold the lock
        _lock(instance.session_id)


@receiver(post_save, sender=Participation, dispatch_uid="attendance_tally_saved")
def _participation_saved(
    sender, instance, created, raw=False, update_fields=None, **kwargs
):
    if raw or not _may_change_counts(instance, update_fields, created):
        return
    session_attendance_recount(instance.session_id)


@receiver(pre_delete, sender=Participation, dispatch_uid="attendance_tally_unlock")
def _participation_deleting(sender, instance, **kwargs):
    if connection.in_atomic_block:  # always: deletions run in a transaction
        _lock(instance.session_id)


@receiver(post_delete, sender=Participation, dispatch_uid="attendance_tally_gone")
def _participation_deleted(sender, instance, **kwargs):
    # In a session's deletion its counter row may be gone already: never
    # create one for a session on its way out.
    session_attendance_recount(instance.session_id, create=False)
