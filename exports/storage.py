"""Where export files are written: a private folder, never under MEDIA_ROOT."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def export_storage() -> FileSystemStorage:
    """The export folder (settings.EXPORT_ROOT), without a public URL: files
    leave it only through the download view."""
    return FileSystemStorage(location=settings.EXPORT_ROOT, base_url=None)
