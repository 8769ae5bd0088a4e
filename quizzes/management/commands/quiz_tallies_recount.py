"""Rebuild the quiz statistics counters from the attempts (after a bulk load
or a restore; the platform keeps them up to date by itself otherwise)."""

from django.core.management.base import BaseCommand

from quizzes.tallies import quiz_tallies_recount


class Command(BaseCommand):
    help = "Recompte les statistiques des exercices à partir des tentatives."

    def handle(self, *args, **options):
        count = quiz_tallies_recount()
        self.stdout.write(f"Statistiques recomptées pour {count} exercice(s).")
