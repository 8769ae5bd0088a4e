from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from quizzes.importers import gift_export
from quizzes.importers.gift import quiz_questions_for_export
from quizzes.models import Quiz


class Command(BaseCommand):
    help = _("Exporte les questions d'un exercice au format Moodle GIFT.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiz", type=int, required=True, help=_("Id de l'exercice.")
        )
        parser.add_argument(
            "-o", "--output", default="", help=_("Fichier à écrire (sinon : l'écran).")
        )

    def handle(self, *args, quiz, output, **options):
        found = Quiz.objects.filter(pk=quiz).first()
        if found is None:
            raise CommandError(_("Aucun exercice n'a l'id %(id)s.") % {"id": quiz})
        questions = quiz_questions_for_export(quiz=found)
        text = gift_export(questions=questions)
        if not output:
            self.stdout.write(text, ending="")
            return
        try:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            raise CommandError(
                _("Écriture impossible dans %(path)s : %(error)s")
                % {"path": output, "error": exc.strerror}
            ) from exc
        self.stdout.write(
            _("%(n)s questions écrites dans %(path)s.")
            % {"n": len(questions), "path": output}
        )
