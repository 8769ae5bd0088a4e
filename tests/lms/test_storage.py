"""A full disk on upload: a French page, no image row, no truncated file."""

import errno
import io
import os

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from lms.storage import MediaStorage, StorageFullError


def _png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def full_disk(monkeypatch):
    """The disk fills up halfway through writing: a truncated file is left,
    then OSError(ENOSPC), as FileSystemStorage does on a real full disk."""
    written = []

    def _save(self, name, content):
        os.makedirs(os.path.dirname(self.path(name)), exist_ok=True)
        with open(self.path(name), "wb") as half:
            half.write(b"\x89PNG half")
        written.append(self.path(name))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(FileSystemStorage, "_save", _save)
    return written


def test_the_media_storage_is_the_default_one():
    assert isinstance(default_storage._wrapped, MediaStorage)


def test_a_full_disk_removes_the_half_written_file_and_says_so(full_disk, tmp_path):
    storage = MediaStorage(location=tmp_path)

    with pytest.raises(StorageFullError) as raised:
        storage.save("photo.png", ContentFile(_png()))

    assert raised.value.errno == errno.ENOSPC
    assert full_disk and not any(tmp_path.iterdir())


def test_other_os_errors_pass_through(monkeypatch, tmp_path):
    def _save(self, name, content):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(FileSystemStorage, "_save", _save)

    with pytest.raises(PermissionError):
        MediaStorage(location=tmp_path).save("photo.png", ContentFile(b"x"))


@pytest.mark.django_db
def test_an_image_uploaded_on_a_full_disk_gets_a_french_page_and_no_row(
    admin_user, full_disk
):
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    Image = get_image_model()

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Tablette",
            "file": ContentFile(_png(), name="tablette-disque-plein.png"),
        },
    )

    assert response.status_code == 507
    page = response.content.decode()
    assert "Le fichier n'a pas été enregistré" in page
    assert "Rien n'a été enregistré" in page
    assert Image.objects.count() == 0
    assert full_disk
    assert not any(os.path.exists(path) for path in full_disk)
