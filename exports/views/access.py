"""Who may open an export page: its requester, and no one else.

Another person's job does not exist for them (404), whatever their role.
"""

from django.http import Http404

from exports import selectors


def job_or_404(request, job_id: int):
    """The signed-in user's own job; else Http404."""
    job = selectors.export_job_for_user(request.user, job_id)
    if job is None:
        raise Http404
    return job
