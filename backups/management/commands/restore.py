"""manage.py restore ARCHIVE [--yes]: replace the database and the media."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backups.archive import (
    BackupError,
    backup_check,
    backup_restore,
    migrations_pending,
)


class Command(BaseCommand):
    help = (
        "Restaure une sauvegarde (manage.py backup) : remplace la base de données "
        "et les fichiers envoyés. Vérifie l'archive avant de rien modifier."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="Le fichier .tar à restaurer.")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="Ne pas demander de confirmation (scripts, tests de restauration).",
        )

    def handle(self, *args, archive: Path, yes: bool, **options):
        try:
            summary = backup_check(path=archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Archive vérifiée : sauvegarde du {summary.created_at}, version "
            f"{summary.app_version}, {summary.migrations} migrations, "
            f"{summary.files} fichiers."
        )
        if not yes:
            answer = input(
                "Les données actuelles (base et fichiers) seront remplacées. "
                "Continuer ? Tapez « oui » : "
            )
            if answer.strip().lower() != "oui":
                raise CommandError("Restauration annulée : rien n'a été modifié.")
        try:
            backup_restore(path=archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS("Restauration terminée."))
        pending = migrations_pending()
        if pending:
            self.stdout.write(
                f"La sauvegarde est plus ancienne que l'application : lancez "
                f"« manage.py migrate » ({pending} migrations à appliquer)."
            )
