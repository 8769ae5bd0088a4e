from django.core.management.base import BaseCommand

from exports.services import export_jobs_expire


class Command(BaseCommand):
    help = (
        "Supprime les fichiers d'export expirés (et les fichiers temporaires "
        "abandonnés) ; la tâche planifiée fait de même chaque heure."
    )

    def handle(self, *args, **options):
        expired = export_jobs_expire()
        self.stdout.write(f"{expired} export(s) expiré(s).")
