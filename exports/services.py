"""Writes of the exports app: ask for an export, run it, retry it, expire it.

The task (`export_job_run`) streams the producer's rows to a temporary file in
the private export folder, updates the progress once per chunk, then renames
the file into place and only then marks the job done: a half-written file is
never offered. Each run claims the job by bumping `attempts`; the progress and
the final state are written only while that claim holds, so a stale worker
(whose job was rerun meanwhile) changes nothing and removes its own file.
"""

import logging
import os
import secrets
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_q.tasks import async_task

from exports.models import ExportJob
from exports.registry import export_kind_get
from lms.spreadsheet import export_write_csv, export_write_xlsx
from people.audit import audit_record
from people.models import AuditAction, Structure
from people.selectors import structures_for_user

logger = logging.getLogger(__name__)

TASK = "exports.tasks.export_job_run"
WRITERS = {
    ExportJob.Format.XLSX: export_write_xlsx,
    ExportJob.Format.CSV: export_write_csv,
}
# A temporary file: never listed, never offered; removed by the cleanup when
# its worker died.
PART_SUFFIX = ".part"


class ExportError(Exception):
    """A producer's failure with a French message the requester may read."""


def _enqueue(job: ExportJob) -> None:
    transaction.on_commit(
        lambda: async_task(TASK, job.pk, task_name=f"export-{job.pk}")
    )


def export_job_request(*, user, kind: str, params: dict, file_format: str) -> ExportJob:
    """Record the export and queue its task after the commit. Raises
    PermissionDenied for a role that may not ask for this kind, and
    ValidationError (French) for an unknown kind or format."""
    export_kind = export_kind_get(kind)
    if not export_kind.allowed(user):
        raise PermissionDenied
    if file_format not in ExportJob.Format.values:
        raise ValidationError(_("Choisissez le format du fichier : xlsx ou CSV."))
    scope = sorted(structures_for_user(user).values_list("pk", flat=True))
    job = ExportJob(
        requester=user,
        scope=scope,
        kind=kind,
        params=params,
        file_format=file_format,
    )
    job.full_clean()
    with transaction.atomic():
        job.save()
        # The journal names what was asked, never the rows.
        audit_record(
            by=user,
            action=AuditAction.EXPORT_FILE,
            target_label=str(export_kind.label),
            details={
                "job": job.pk,
                "kind": kind,
                "format": file_format,
                "params": params,
            },
        )
    _enqueue(job)
    return job


def export_job_retry(*, user, job: ExportJob) -> ExportJob:
    """Queue a failed job again, from scratch. Raises ValidationError when the
    job has not failed, PermissionDenied when the user may no longer ask."""
    if job.requester_id != user.pk or not export_kind_get(job.kind).allowed(user):
        raise PermissionDenied
    with transaction.atomic():
        updated = ExportJob.objects.filter(
            pk=job.pk, status=ExportJob.Status.FAILED
        ).update(
            status=ExportJob.Status.PENDING,
            error="",
            progress_done=0,
            progress_total=0,
            started_at=None,
            finished_at=None,
        )
        if not updated:
            raise ValidationError(_("Seul un export échoué peut être relancé."))
        job.refresh_from_db()
        _enqueue(job)
    return job


def _root() -> Path:
    """The private export folder (the file field's storage)."""
    return Path(ExportJob._meta.get_field("file").storage.location)


def _paths(job: ExportJob, attempt: int) -> tuple[Path, str]:
    """A fresh temporary path for this attempt, and the final file's name
    (relative to the storage), unguessable either way."""
    root = _root()
    root.mkdir(parents=True, exist_ok=True)
    token = secrets.token_hex(12)
    temporary = root / f"{job.pk}-{attempt}-{token}.{job.file_format}{PART_SUFFIX}"
    return temporary, f"{job.pk}-{token}.{job.file_format}"


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)


def _claim(job_id: int) -> tuple[ExportJob, int] | None:
    """Take the job for this run (pending, or running with a dead worker),
    resetting its progress; None when there is nothing to run."""
    with transaction.atomic():
        job = ExportJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or not job.in_progress:
            return None
        job.attempts += 1
        job.status = ExportJob.Status.RUNNING
        job.started_at = timezone.now()
        job.progress_done = job.progress_total = 0
        job.error = ""
        job.save(
            update_fields=[
                "attempts",
                "status",
                "started_at",
                "progress_done",
                "progress_total",
                "error",
            ]
        )
        return job, job.attempts


def export_job_run(*, job_id: int) -> ExportJob | None:
    """Produce the job's file (the django-q2 task's body). A done, failed or
    expired job is left alone, so running it twice does no harm. Raises
    nothing: a failure is stored on the job as a French message."""
    claimed = _claim(job_id)
    if claimed is None:
        return None
    job, attempt = claimed
    mine = ExportJob.objects.filter(
        pk=job.pk, attempts=attempt, status=ExportJob.Status.RUNNING
    )
    temporary, final_name = _paths(job, attempt)
    final_path = _root() / final_name
    try:
        kind = export_kind_get(job.kind)
        allowed = structures_for_user(job.requester).values("pk")
        structures = Structure.objects.filter(pk__in=job.scope).filter(pk__in=allowed)
        header, total, rows = kind.producer(
            **kind.arguments_from(job.params, structures)
        )
        mine.update(progress_total=total)
        WRITERS[job.file_format](
            temporary,
            header,
            rows,
            on_progress=lambda done: mine.update(progress_done=done),
        )
        os.replace(temporary, final_path)
    except Exception as error:
        _remove(temporary)
        if isinstance(error, ExportError):
            message = str(error)
        else:
            logger.exception("Export job %s failed", job.pk)
            message = _(
                "L'export n'a pas pu être produit. Réessayez ; si l'erreur "
                "revient, prévenez l'équipe qui gère la plateforme."
            )
        mine.update(
            status=ExportJob.Status.FAILED,
            error=message,
            finished_at=timezone.now(),
        )
        job.refresh_from_db()
        return job
    now = timezone.now()
    written = mine.update(
        status=ExportJob.Status.DONE,
        file=final_name,
        finished_at=now,
        expires_at=now + settings.EXPORT_FILE_TTL,
    )
    if not written:
        # Another run took the job over meanwhile: its file is the one offered.
        _remove(final_path)
    job.refresh_from_db()
    return job


def export_jobs_expire(*, now=None) -> int:
    """Delete the files of jobs past their expiry and mark them expired; also
    remove files older than the time to live that no job offers (a dead
    worker's part file, a deleted job's file). Returns the number of jobs
    expired. Raises nothing."""
    now = now or timezone.now()
    expired = 0
    due = ExportJob.objects.filter(
        status=ExportJob.Status.DONE, expires_at__lte=now
    ).only("pk", "file")
    for job in due.iterator(chunk_size=500):
        if job.file:
            job.file.storage.delete(job.file.name)
        expired += ExportJob.objects.filter(
            pk=job.pk, status=ExportJob.Status.DONE
        ).update(status=ExportJob.Status.EXPIRED, file="")
    root = _root()
    if root.is_dir():
        # Older than the time to live and offered by no job: a part file whose
        # worker died, or the file of a job deleted with its requester.
        limit = (now - settings.EXPORT_FILE_TTL).timestamp()
        old = {p.name: p for p in root.iterdir() if p.stat().st_mtime < limit}
        offered = set(
            ExportJob.objects.filter(
                status=ExportJob.Status.DONE, file__in=list(old)
            ).values_list("file", flat=True)
        )
        for name, path in old.items():
            if name not in offered and path.is_file():
                _remove(path)
    return expired
