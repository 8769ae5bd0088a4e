"""manage.py backup and restore: a round trip gives back the same rows and the
same files; a damaged archive, or one from a newer version, is refused before
anything changes. Runs on SQLite and on PostgreSQL (pg_dump / pg_restore)."""

import datetime
import io
import json
import tarfile

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from people.models import BeneficiaryProfile, Structure, User
from tests import builders
from workshops.services import session_create, session_enrol

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture
def data(media, corbeil, pro_corbeil):
    """A structure's people, a session with its participants, an uploaded file."""
    people = [
        builders.beneficiary(corbeil, by=pro_corbeil, first_name=name)[0]
        for name in ("Awa", "Bintou", "Chloé")
    ]
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Premiers pas sur la tablette",
        date=datetime.date.today() + datetime.timedelta(days=3),
        start_time=datetime.time(14, 0),
    )
    for profile in people:
        session_enrol(by=pro_corbeil, session=session, beneficiary=profile)
    name = default_storage.save(
        "documents/guide.txt", ContentFile("Allumer, puis glisser.\n" * 50)
    )
    return {"file": name}


def _counts() -> dict[str, int]:
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            counts[model._meta.db_table] = model._default_manager.count()
    return counts


def _backup(tmp_path) -> "tarfile.TarFile":
    call_command(
        "backup", "--dossier", str(tmp_path / "archives"), stdout=io.StringIO()
    )
    (archive,) = (tmp_path / "archives").glob("relais-sauvegarde-*.tar")
    return archive


def _wipe(media) -> None:
    call_command("flush", "--no-input")
    for path in media.rglob("*"):
        if path.is_file():
            path.unlink()


def test_a_restored_backup_gives_back_the_rows_and_the_files(data, media, tmp_path):
    before = _counts()
    names = sorted(
        BeneficiaryProfile.objects.values_list("user__first_name", "login_code")
    )
    original = (media / data["file"]).read_bytes()
    archive = _backup(tmp_path)

    _wipe(media)
    assert BeneficiaryProfile.objects.count() == 0
    out = io.StringIO()
    call_command("restore", str(archive), "--yes", stdout=out)

    assert "Restauration terminée" in out.getvalue()
    assert _counts() == before
    assert (
        sorted(BeneficiaryProfile.objects.values_list("user__first_name", "login_code"))
        == names
    )
    assert Structure.objects.get().name == "Centre social de Corbeil"
    assert (media / data["file"]).read_bytes() == original
    assert User.objects.filter(username="pro.corbeil").exists()


def test_the_manifest_lists_version_migrations_and_checksums(data, tmp_path):
    archive = _backup(tmp_path)

    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        names = tar.getnames()

    assert manifest["moteur"] == connection.vendor
    assert manifest["version_application"]
    assert "people.0001_initial" in manifest["migrations"]
    assert set(manifest["fichiers"]) == set(names) - {"manifest.json"}
    assert any(name.startswith("media/documents/") for name in names)
    assert all(len(digest) == 64 for digest in manifest["fichiers"].values())


def _rewrite(archive, change) -> None:
    """Rebuild the archive with `change(name, bytes) -> bytes` applied."""
    with tarfile.open(archive) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]
    with tarfile.open(archive, "w") as tar:
        for member, content in members:
            content = change(member.name, content)
            member.size = len(content)
            tar.addfile(member, io.BytesIO(content))


def test_a_damaged_archive_is_refused_and_nothing_changes(data, media, tmp_path):
    archive = _backup(tmp_path)
    _rewrite(
        archive,
        lambda name, content: content + b"!" if name.startswith("media/") else content,
    )
    BeneficiaryProfile.objects.filter(user__first_name="Awa").delete()

    with pytest.raises(CommandError, match="abîmée"):
        call_command("restore", str(archive), "--yes")

    assert BeneficiaryProfile.objects.count() == 2


def test_an_archive_from_a_newer_version_is_refused(data, tmp_path):
    archive = _backup(tmp_path)

    def ahead(name, content):
        if name != "manifest.json":
            return content
        manifest = json.loads(content)
        manifest["migrations"].append("people.9999_from_the_future")
        return json.dumps(manifest).encode()

    _rewrite(archive, ahead)

    with pytest.raises(CommandError, match="version plus récente"):
        call_command("restore", str(archive), "--yes")


def test_restore_asks_for_confirmation(data, tmp_path, monkeypatch):
    archive = _backup(tmp_path)
    BeneficiaryProfile.objects.filter(user__first_name="Awa").delete()
    monkeypatch.setattr("builtins.input", lambda prompt: "non")

    with pytest.raises(CommandError, match="annulée"):
        call_command("restore", str(archive), stdout=io.StringIO())

    assert BeneficiaryProfile.objects.count() == 2


def test_a_file_that_is_not_a_backup_is_refused(tmp_path):
    other = tmp_path / "autre.tar"
    with tarfile.open(other, "w") as tar:
        tar.addfile(tarfile.TarInfo("photo.jpg"), io.BytesIO(b""))

    with pytest.raises(CommandError, match="pas une sauvegarde"):
        call_command("restore", str(other), "--yes")
