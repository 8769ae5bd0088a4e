"""Where attestation PDFs are written: a private folder, never under MEDIA_ROOT."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateAttestationStorage(FileSystemStorage):
    """No public address: a PDF leaves only through the download view
    (holder, their structure's professionals, coordinators)."""

    def url(self, name):
        raise ValueError("Attestation files have no URL: use training:download.")


def attestation_storage() -> PrivateAttestationStorage:
    return PrivateAttestationStorage(location=settings.ATTESTATION_ROOT)
