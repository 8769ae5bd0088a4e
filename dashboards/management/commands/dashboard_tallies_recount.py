"""Rebuild the dashboards' day counters from the completions and attempts
(after a bulk load; the platform keeps them up to date by itself otherwise)."""

from django.core.management.base import BaseCommand

from dashboards.tallies import day_tallies_recount


class Command(BaseCommand):
    help = "Recompte les compteurs des tableaux de bord (leçons, exercices réussis)."

    def handle(self, *args, **options):
        count = day_tallies_recount()
        self.stdout.write(f"Compteurs recomptés : {count} jour(s) de structure.")
