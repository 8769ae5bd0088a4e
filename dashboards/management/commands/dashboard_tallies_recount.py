"""Rebuild the dashboards' day counters from the completions and attempts, each
session's attendance counts and each beneficiary's last activity (after a bulk
load; the platform keeps them up to date by itself otherwise)."""

from django.core.management.base import BaseCommand

from dashboards.attendance import attendance_tallies_recount
from dashboards.last_active import last_active_recount
from dashboards.tallies import day_tallies_recount


class Command(BaseCommand):
    help = (
        "Recompte les compteurs des tableaux de bord (leçons, exercices réussis, "
        "présences aux ateliers, dernière activité des bénéficiaires)."
    )

    def handle(self, *args, **options):
        count = day_tallies_recount()
        self.stdout.write(f"Compteurs recomptés : {count} jour(s) de structure.")
        sessions = attendance_tallies_recount()
        self.stdout.write(f"Présences recomptées : {sessions} atelier(s).")
        moved = last_active_recount()
        self.stdout.write(f"Dernière activité corrigée : {moved} bénéficiaire(s).")
