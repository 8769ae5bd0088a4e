from training.views.attestations import download, pdf_retry, revoke, verify, verify_form
from training.views.kit import kit, structure_contact, structure_contact_edit
from training.views.progress import mine, team

__all__ = [
    "download",
    "kit",
    "mine",
    "pdf_retry",
    "revoke",
    "structure_contact",
    "structure_contact_edit",
    "team",
    "verify",
    "verify_form",
]
