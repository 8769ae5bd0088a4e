from exports.views.jobs import (
    job_detail,
    job_download,
    job_list,
    job_request,
    job_retry,
    job_status,
)

__all__ = [
    "job_detail",
    "job_download",
    "job_list",
    "job_request",
    "job_retry",
    "job_status",
]
