from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from quizzes.importers import quizapp_import
from quizzes.management.commands._report import print_report, read_file


class Command(BaseCommand):
    help = _("Importe un export JSON (dumpdata) de django-quiz-app.")

    def add_arguments(self, parser):
        parser.add_argument("path", help=_("Fichier JSON produit par dumpdata."))
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Tout vérifier et compter, sans rien enregistrer."),
        )

    def handle(self, *args, path, dry_run, **options):
        report = quizapp_import(data=read_file(path), dry_run=dry_run)
        print_report(self, report)
