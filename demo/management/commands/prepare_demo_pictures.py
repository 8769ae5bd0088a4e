from django.core.management.base import BaseCommand

from demo.pictures import picture_renditions_create


class Command(BaseCommand):
    help = (
        "Prépare les tailles d'affichage des illustrations de la démo, pour que "
        "la première ouverture d'une leçon soit rapide."
    )

    def handle(self, *args, **options):
        count = picture_renditions_create()
        self.stdout.write(self.style.SUCCESS(f"{count} illustration(s) prête(s)."))
