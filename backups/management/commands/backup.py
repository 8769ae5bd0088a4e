"""manage.py backup [--dossier DIR]: the database and the media in one .tar."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from backups.archive import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Sauvegarde la base de données et les fichiers envoyés dans une archive .tar."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dossier",
            type=Path,
            default=settings.BACKUP_DIR,
            help="Dossier où écrire l'archive (BACKUP_DIR, par défaut ./sauvegardes).",
        )

    def handle(self, *args, dossier: Path, **options):
        try:
            summary = backup_create(folder=dossier)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde écrite : {summary.path} ({summary.engine}, "
                f"{summary.migrations} migrations, {summary.files} fichiers)."
            )
        )
