"""Background work of the exports app, run by django-q2's cluster."""

from exports import services


def export_job_run(job_id: int) -> str:
    """Queued by export_job_request / export_job_retry: produce the file."""
    job = services.export_job_run(job_id=job_id)
    return job.status if job is not None else "skipped"


def export_jobs_expire() -> int:
    """Hourly (schedule of migration 0002): expired files removed."""
    return services.export_jobs_expire()
