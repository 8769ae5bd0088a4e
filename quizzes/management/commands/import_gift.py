from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from quizzes.importers import gift_import, gift_import_as_quiz
from quizzes.management.commands._report import decode, print_report, read_file


class Command(BaseCommand):
    help = _("Importe des questions au format Moodle GIFT dans la banque.")

    def add_arguments(self, parser):
        parser.add_argument("path", help=_("Fichier GIFT (texte UTF-8)."))
        parser.add_argument(
            "--quiz-title",
            default="",
            help=_(
                "Créer aussi un exercice (brouillon) de ce titre avec ces questions."
            ),
        )

    def handle(self, *args, path, quiz_title, **options):
        text = decode(read_file(path))
        if quiz_title.strip():
            report = gift_import_as_quiz(text=text, title=quiz_title.strip())
        else:
            report = gift_import(text=text)
        print_report(self, report)
