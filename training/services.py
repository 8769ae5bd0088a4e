"""Writes of the training app: issuing, rendering, e-mailing and revoking
attestations. Reads live in training.path and training.selectors."""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_q.tasks import async_task

from lms.validators import text_check
from people import roles
from training.codes import code_generate
from training.models import (
    PROFESSIONAL_PATH,
    Attestation,
    AttestationStatus,
    PdfStatus,
)
from training.path import path_progress_get
from training.pdf import PdfUnavailable, pdf_render, qr_data_uri

logger = logging.getLogger(__name__)

TASK = "training.tasks.attestation_pdf_make"
REASON_MAX = 1000


def verification_url(code: str) -> str:
    """The public address a QR code points to (absolute)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "training:verify", kwargs={"code": code}
    )


def _enqueue_pdf(attestation: Attestation) -> None:
    pk = attestation.pk
    transaction.on_commit(lambda: async_task(TASK, pk, task_name=f"attestation-{pk}"))


def attestation_issue_if_complete(*, user) -> Attestation | None:
    """Issue the person's attestation once their path is complete (idempotent:
    the unique constraint per holder and path settles two completions racing),
    then queue its PDF. Returns the attestation, new or old, or None while the
    path is not complete."""
    existing = Attestation.objects.filter(holder=user, path=PROFESSIONAL_PATH).first()
    if existing is not None:
        return existing
    progress = path_progress_get(users=[user])[user.pk]
    if not progress.complete:
        return None
    name = user.get_full_name() or user.get_username()
    try:
        with transaction.atomic():
            attestation = Attestation.objects.create(
                holder=user,
                path=PROFESSIONAL_PATH,
                holder_name=name[:200],
                modules=[entry.module.title for entry in progress.modules],
                issued_on=timezone.localdate(),
                network_name=settings.NETWORK_NAME,
                code=_unused_code(),
            )
    except IntegrityError:
        # Someone else issued it between our read and our write.
        return Attestation.objects.get(holder=user, path=PROFESSIONAL_PATH)
    _enqueue_pdf(attestation)
    return attestation


def _unused_code() -> str:
    # 30¹⁰ codes: a clash is all but impossible; check anyway.
    while True:
        code = code_generate()
        if not Attestation.objects.filter(code=code).exists():
            return code


def attestation_pdf_make(*, attestation_id: int) -> Attestation | None:
    """Render the attestation's PDF (the task's body); e-mail it to the holder
    the first time it is ready, if they have an address. On failure the
    attestation stays, marked « Non produit » with the reason."""
    attestation = (
        Attestation.objects.select_related("holder").filter(pk=attestation_id).first()
    )
    if attestation is None:
        return None
    url = verification_url(attestation.code)
    context = {"attestation": attestation, "url": url, "qr": qr_data_uri(url)}
    try:
        _html, pdf = pdf_render("training/attestation_pdf.html", context)
    except PdfUnavailable as exc:
        attestation.pdf_status = PdfStatus.FAILED
        attestation.pdf_error = str(exc)[:300]
        attestation.save(update_fields=["pdf_status", "pdf_error"])
        return attestation
    old = attestation.pdf.name
    attestation.pdf.save(
        f"attestation-{attestation.code}.pdf", ContentFile(pdf), save=False
    )
    attestation.pdf_status = PdfStatus.READY
    attestation.pdf_error = ""
    attestation.save(update_fields=["pdf", "pdf_status", "pdf_error"])
    if old and old != attestation.pdf.name:
        attestation.pdf.storage.delete(old)
    if attestation.emailed_at is None and attestation.is_valid:
        _email(attestation, pdf)
    return attestation


def _email(attestation: Attestation, pdf: bytes) -> None:
    holder = attestation.holder
    if holder is None or not holder.email:
        return
    context = {
        "attestation": attestation,
        "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("training:mine"),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    message = EmailMessage(
        subject=_("Votre attestation de formation « Relais numérique »"),
        body=render_to_string("training/email/attestation_body.txt", context),
        to=[holder.email],
    )
    message.attach(f"attestation-{attestation.code}.pdf", pdf, "application/pdf")
    message.send()
    Attestation.objects.filter(pk=attestation.pk).update(emailed_at=timezone.now())
    attestation.emailed_at = timezone.now()


def attestation_pdf_retry(*, by, attestation: Attestation) -> Attestation:
    """Queue the PDF again (coordinators, after a failure). Raises
    PermissionDenied for anyone else."""
    if not roles.user_is_coordinator(by):
        raise PermissionDenied
    attestation.pdf_status = PdfStatus.PENDING
    attestation.pdf_error = ""
    attestation.save(update_fields=["pdf_status", "pdf_error"])
    _enqueue_pdf(attestation)
    return attestation


@transaction.atomic
def attestation_revoke(*, by, attestation_id: int, reason: str) -> Attestation:
    """Revoke an attestation with a reason, and journal it. Raises
    PermissionDenied for anyone but a coordinator, ValidationError for an empty
    reason or an attestation already revoked."""
    from people.audit import audit_record
    from people.models import AuditAction

    if not roles.user_is_coordinator(by):
        raise PermissionDenied
    attestation = (
        Attestation.objects.select_for_update(of=("self",))
        .select_related("holder")
        .get(pk=attestation_id)
    )
    reason = text_check((reason or "").strip(), max_length=REASON_MAX)
    if not reason:
        raise ValidationError(_("Indiquez le motif de la révocation."))
    if attestation.status == AttestationStatus.REVOKED:
        raise ValidationError(_("Cette attestation est déjà révoquée."))
    attestation.status = AttestationStatus.REVOKED
    attestation.revoked_at = timezone.now()
    attestation.revoked_by = by
    attestation.revoked_reason = reason
    attestation.save(
        update_fields=["status", "revoked_at", "revoked_by", "revoked_reason"]
    )
    audit_record(
        by=by,
        action=AuditAction.ATTESTATION_REVOKE,
        target=attestation.holder,
        target_label=attestation.holder_name,
        details={"code": attestation.code, "reason": reason},
    )
    return attestation
