"""« Mes exports »: ask for an export, follow its progress, download it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from exports import selectors, services
from exports.models import ExportJob
from exports.registry import export_kind_get
from exports.views.access import job_or_404
from lms.errors import error_message_add
from lms.paging import page_get


@require_GET
@login_required
def job_list(request):
    page = page_get(request, selectors.export_jobs_for_user(request.user))
    for job in page.object_list:
        job.label = selectors.export_job_label(job)
    return render(request, "exports/job_list.html", {"jobs": page})


def _back(request) -> str:
    """Where the request came from (to show its error there), else the list."""
    back = request.POST.get("retour", "")
    if url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return back
    return "exports:job_list"


@require_POST
@login_required
def job_request(request):
    try:
        kind = export_kind_get(request.POST.get("kind", ""))
        if not kind.allowed(request.user):
            raise PermissionDenied
        job = services.export_job_request(
            user=request.user,
            kind=kind.key,
            params=kind.params_from(request.POST, user=request.user),
            file_format=request.POST.get("format", ExportJob.Format.XLSX),
        )
    except PermissionDenied:
        raise Http404 from None
    except ValidationError as error:
        error_message_add(request, error)
        return redirect(_back(request))
    messages.success(
        request, _("Votre export est demandé : il se prépare en arrière-plan.")
    )
    return redirect("exports:job_detail", job_id=job.pk)


@require_GET
@login_required
@never_cache
def job_detail(request, job_id: int):
    job = job_or_404(request, job_id)
    return render(
        request,
        "exports/job_detail.html",
        {
            "job": job,
            "label": selectors.export_job_label(job),
            "downloadable": selectors.export_job_downloadable(job, request.user),
            "filename": selectors.export_job_filename(job),
        },
    )


@require_GET
@login_required
@never_cache
def job_status(request, job_id: int):
    job = job_or_404(request, job_id)
    return JsonResponse(selectors.export_job_status_get(job))


@require_GET
@login_required
@never_cache
def job_download(request, job_id: int):
    job = job_or_404(request, job_id)
    if not selectors.export_job_downloadable(job, request.user):
        raise Http404
    try:
        handle = job.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(
        handle, as_attachment=True, filename=selectors.export_job_filename(job)
    )


@require_POST
@login_required
def job_retry(request, job_id: int):
    job = job_or_404(request, job_id)
    try:
        services.export_job_retry(user=request.user, job=job)
    except PermissionDenied:
        raise Http404 from None
    except ValidationError as error:
        error_message_add(request, error)
    else:
        messages.success(request, _("L'export est relancé."))
    return redirect("exports:job_detail", job_id=job.pk)
