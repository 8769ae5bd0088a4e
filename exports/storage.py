"""Where export files are written: a private folder, never under MEDIA_ROOT."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateExportStorage(FileSystemStorage):
    """A folder with no public address: files leave it only through the
    download view (requester only, before expiry)."""

    def url(self, name):
        raise ValueError("Export files have no URL: use exports:job_download.")


def export_storage() -> PrivateExportStorage:
    """The export folder, settings.EXPORT_ROOT."""
    return PrivateExportStorage(location=settings.EXPORT_ROOT)
