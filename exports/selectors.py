"""Reads of the exports app: a person's own jobs, and nothing else."""

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from exports.models import ExportJob
from exports.registry import export_kinds
from people.selectors import structures_for_user


def export_jobs_for_user(user) -> QuerySet[ExportJob]:
    """The jobs this user asked for, newest first (one query per page)."""
    return ExportJob.objects.filter(requester=user).order_by("-created_at", "-pk")


def export_job_for_user(user, job_id: int) -> ExportJob | None:
    """The user's own job, or None (another person's job does not exist for
    them). One query."""
    return export_jobs_for_user(user).filter(pk=job_id).first()


def export_job_downloadable(job: ExportJob, user) -> bool:
    """Done, not expired, and every structure it covers still the user's: a
    person who left a structure no longer takes its data away. One query."""
    if job.status != ExportJob.Status.DONE or not job.file:
        return False
    if job.expires_at is None or job.expires_at <= timezone.now():
        return False
    allowed = set(
        structures_for_user(user).filter(pk__in=job.scope).values_list("pk", flat=True)
    )
    return allowed == set(job.scope)


def export_job_label(job: ExportJob) -> str:
    kind = export_kinds().get(job.kind)
    return kind.label if kind is not None else job.kind


def export_job_filename(job: ExportJob) -> str:
    """The name the browser saves the file under."""
    kind = export_kinds().get(job.kind)
    stem = kind.filename if kind is not None else job.kind
    when = timezone.localtime(job.created_at)
    return f"{stem}-{when:%Y-%m-%d-%Hh%M}.{job.file_format}"


def export_job_status_get(job: ExportJob) -> dict:
    """What the progress page shows, as JSON for its refresh. No query."""
    return {
        "status": job.status,
        "status_label": str(job.get_status_display()),
        "done": job.progress_done,
        "total": job.progress_total,
        "percent": job.percent,
        "in_progress": job.in_progress,
        "error": job.error,
        "download_url": (
            reverse("exports:job_download", args=[job.pk])
            if job.status == ExportJob.Status.DONE
            else ""
        ),
    }
