"""One archive holds the whole platform: the database and the uploaded files.

`backup_create` writes a plain .tar: `database/` (PostgreSQL: a pg_dump custom
format file, taken inside one snapshot; SQLite: a copy made with sqlite3's
backup API), `media/` (MEDIA_ROOT), and `manifest.json` last (date, app
version, database engine, applied migrations, a SHA-256 of every file).
`backup_restore` checks the whole archive before it changes anything, refuses
an archive from another engine or with migrations this code does not know,
then replaces the database and the media. See docs/operations.md.

The database is copied before the media: a file uploaded in between is an extra
file in the archive (harmless); a file deleted in between may be missing.
"""

import hashlib
import importlib.metadata
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connection, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = "relais-numerique/sauvegarde"
VERSION = 1
MANIFEST = "manifest.json"
DB_FILES = {"postgresql": "database/relais.dump", "sqlite": "database/relais.sqlite3"}
CHUNK = 1024 * 1024
NOT_A_BACKUP = "Ce fichier n'est pas une sauvegarde de Relais numérique."


class BackupError(Exception):
    """An archive that cannot be made or restored; the message says why, in French."""


@dataclass(frozen=True)
class BackupSummary:
    """What an archive holds, from its manifest."""

    path: Path
    created_at: str
    app_version: str
    engine: str
    migrations: int
    files: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _app_version() -> str:
    try:
        return importlib.metadata.version("relais-numerique")
    except importlib.metadata.PackageNotFoundError:
        return "inconnue"


def pg_tool(name: str) -> str:
    """pg_dump / pg_restore / psql: from PG_BIN_DIR, else the newest Debian
    /usr/lib/postgresql/*/bin (as scripts/postgres.sh), else the PATH."""
    folders = [os.environ["PG_BIN_DIR"]] if os.environ.get("PG_BIN_DIR") else []
    folders += [
        str(p)
        for p in sorted(
            Path("/usr/lib/postgresql").glob("*/bin"),
            key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
            reverse=True,
        )
    ]
    for folder in folders:
        if (Path(folder) / name).exists():
            return str(Path(folder) / name)
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} est introuvable : installez PostgreSQL (client).")
    return found


def _pg_args() -> tuple[list[str], dict]:
    db = connection.settings_dict
    args = ["--dbname", db["NAME"]]
    if db.get("HOST"):
        args += ["--host", db["HOST"]]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = os.environ | ({"PGPASSWORD": db["PASSWORD"]} if db.get("PASSWORD") else {})
    return args, env


def _run(args: list[str], env: dict, what: str) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{what} a échoué : {result.stderr.strip()[-2000:]}")


def _engine() -> str:
    if connection.vendor not in DB_FILES:
        raise BackupError(f"Base de données non prise en charge : {connection.vendor}.")
    return connection.vendor


def _database_dump(target: Path) -> None:
    if _engine() == "postgresql":
        # pg_dump reads everything inside one repeatable-read snapshot.
        args, env = _pg_args()
        _run(
            [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(target)]
            + args,
            env,
            "pg_dump",
        )
        return
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        # The backup API copies a consistent state even while others write.
        connection.connection.backup(copy)
    finally:
        copy.close()


def _media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def backup_create(*, folder: Path) -> BackupSummary:
    """Write `relais-sauvegarde-<date>.tar` in `folder` and return its summary.
    Raises BackupError when the database cannot be copied."""
    folder.mkdir(parents=True, exist_ok=True)
    engine = _engine()
    now = timezone.now()
    applied = sorted(MigrationRecorder(connection).applied_migrations())
    name = f"relais-sauvegarde-{timezone.localtime(now):%Y%m%d-%H%M%S}.tar"
    target = folder / name
    partial = folder / f".{name}.partiel"
    checksums: dict[str, str] = {}
    with tempfile.TemporaryDirectory(dir=folder) as work:
        dump = Path(work) / "database"
        _database_dump(dump)
        with tarfile.open(partial, "w") as archive:
            member = DB_FILES[engine]
            checksums[member] = _sha256(dump)
            archive.add(dump, arcname=member)
            media_root = Path(settings.MEDIA_ROOT)
            for path in _media_files():
                member = "media/" + path.relative_to(media_root).as_posix()
                checksums[member] = _sha256(path)
                archive.add(path, arcname=member)
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "cree_le": now.isoformat(),
                "version_application": _app_version(),
                "moteur": engine,
                "migrations": [f"{app}.{name}" for app, name in applied],
                "fichiers": checksums,
            }
            data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            info.mtime = int(now.timestamp())
            archive.addfile(info, io.BytesIO(data))
    # Only a complete archive gets its final name.
    os.replace(partial, target)
    return _summary(target, manifest)


def _summary(path: Path, manifest: dict) -> BackupSummary:
    return BackupSummary(
        path=path,
        created_at=manifest["cree_le"],
        app_version=manifest["version_application"],
        engine=manifest["moteur"],
        migrations=len(manifest["migrations"]),
        files=sum(1 for k in manifest["fichiers"] if k.startswith("media/")),
    )


def _manifest(archive: tarfile.TarFile) -> dict:
    try:
        member = archive.getmember(MANIFEST)
        manifest = json.load(archive.extractfile(member))
    except (KeyError, ValueError, AttributeError) as error:
        raise BackupError(
            "Ce fichier n'est pas une sauvegarde de Relais numérique."
        ) from error
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise BackupError("Ce fichier n'est pas une sauvegarde de Relais numérique.")
    return manifest


def backup_check(*, path: Path) -> BackupSummary:
    """Read the archive and check it can be restored here: every checksum, the
    engine, the migrations. Changes nothing. Raises BackupError saying why not."""
    try:
        with tarfile.open(path, "r:") as archive:
            manifest = _manifest(archive)
            expected = manifest["fichiers"]
            seen = set()
            for member in archive.getmembers():
                if member.name == MANIFEST:
                    continue
                if member.name not in expected or not member.isfile():
                    raise BackupError(
                        f"Fichier inattendu dans l'archive : {member.name}"
                    )
                digest = hashlib.sha256()
                source = archive.extractfile(member)
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                if digest.hexdigest() != expected[member.name]:
                    raise BackupError(
                        f"L'archive est abîmée : {member.name} ne correspond pas à "
                        "son empreinte. Rien n'a été modifié."
                    )
                seen.add(member.name)
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"Archive illisible : {error}") from error
    missing = set(expected) - seen
    if missing:
        raise BackupError(
            f"Fichiers absents de l'archive : {', '.join(sorted(missing))}"
        )
    if manifest["moteur"] != _engine():
        raise BackupError(
            f"Cette sauvegarde vient d'une base {manifest['moteur']} ; "
            f"la base configurée est {_engine()}."
        )
    known = {f"{app}.{name}" for app, name in MigrationLoader(None).disk_migrations}
    ahead = sorted(set(manifest["migrations"]) - known)
    if ahead:
        raise BackupError(
            "Cette sauvegarde vient d'une version plus récente de l'application "
            f"(migrations inconnues ici : {', '.join(ahead[:5])}). Installez cette "
            "version avant de restaurer."
        )
    return _summary(path, manifest)


def _database_load(dump: Path, engine: str) -> None:
    if engine == "postgresql":
        connections.close_all()
        args, env = _pg_args()
        script = dump.with_suffix(".sql")
        _run(
            [pg_tool("pg_restore"), "--no-owner", "--file", str(script), str(dump)],
            env,
            "pg_restore",
        )
        # Tables of later migrations go too (the schema becomes the archive's),
        # and in the same transaction as the load: a failure changes nothing.
        drop = dump.with_name("drop.sql")
        drop.write_text("DROP SCHEMA public CASCADE;\nCREATE SCHEMA public;\n")
        _run(
            [pg_tool("psql"), "--quiet", "--no-psqlrc", "--single-transaction"]
            + ["--set", "ON_ERROR_STOP=1", "--file", str(drop), "--file", str(script)]
            + args,
            env,
            "psql",
        )
        return
    # Into the open connection: the backup API replaces every page of the
    # database under its lock, a file or (in tests) an in-memory one.
    connection.ensure_connection()
    source = sqlite3.connect(dump)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


def backup_restore(*, path: Path) -> BackupSummary:
    """Replace the database and the media with the archive's, after
    backup_check. Raises BackupError (nothing changed when the check fails)."""
    summary = backup_check(path=path)
    media_root = Path(settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=media_root.parent) as work:
        work = Path(work)
        with tarfile.open(path, "r:") as archive:
            # The "data" filter refuses absolute paths, "..", links and devices.
            archive.extractall(work, filter="data")
        _database_load(work / DB_FILES[summary.engine], summary.engine)
        restored = work / "media"
        restored.mkdir(exist_ok=True)
        former = work / "media-before-restore"
        former.mkdir()
        media_root.mkdir(exist_ok=True)
        # Entry by entry, not the folder itself: MEDIA_ROOT may be a mount point.
        for entry in media_root.iterdir():
            os.replace(entry, former / entry.name)
        for entry in restored.iterdir():
            os.replace(entry, media_root / entry.name)
    # Pages, routes and sessions cached from the former data.
    cache.clear()
    return summary


def migrations_pending() -> int:
    """How many migrations of this code the database lacks (an older archive)."""
    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))
