"""Background work of the training app, run by django-q2's cluster."""

from training import services


def attestation_pdf_make(attestation_id: int) -> str:
    """Queued when an attestation is issued or its PDF retried."""
    attestation = services.attestation_pdf_make(attestation_id=attestation_id)
    return attestation.pdf_status if attestation is not None else "skipped"
