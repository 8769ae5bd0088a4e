"""Uploaded files (Wagtail images and documents, renditions): a full disk is
said plainly and leaves nothing half-written."""

import contextlib
import errno

from django.core.files.storage import FileSystemStorage


class StorageFullError(OSError):
    """The media disk (or quota) is full: the file was not kept.
    lms.views.server_error turns it into a French page (HTTP 507)."""


class MediaStorage(FileSystemStorage):
    """FileSystemStorage that removes a partly written file when the disk fills
    up and raises StorageFullError instead of a bare OSError."""

    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except OSError as error:
            if error.errno not in (errno.ENOSPC, errno.EDQUOT):
                raise
            # Django's storage leaves the truncated file behind: a later read
            # would serve a broken picture under a valid name.
            with contextlib.suppress(OSError):
                self.delete(name)
            raise StorageFullError(error.errno, error.strerror, name) from error
