"""The figures a dashboard table shows, in order: one list for the network
table, the comparison and the export, so their columns never drift apart."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from dashboards.selectors import Figures


@dataclass(frozen=True)
class Column:
    key: str  # also the sort key of the network table (forms.NETWORK_SORTS)
    label: str
    attribute: str  # of dashboards.selectors.Figures

    def value(self, figures: Figures):
        return getattr(figures, self.attribute)

    def display(self, figures: Figures) -> str:
        """The value as shown: hours with one decimal and a comma, a rate in
        percent, « — » when no attendance was marked."""
        value = self.value(figures)
        if value is None:
            return "—"
        if self.attribute == "session_hours":
            return f"{value:.1f}".replace(".", ",")
        if self.attribute == "attendance_rate":
            return f"{value}\u202f%"
        return f"{value:,}".replace(",", "\u202f")


COLUMNS = [
    Column("beneficiaires", _("Bénéficiaires"), "beneficiaries_total"),
    Column("nouveaux", _("Nouveaux bénéficiaires"), "beneficiaries_new"),
    Column("actifs", _("Actifs (30 jours)"), "beneficiaries_active"),
    Column("ateliers", _("Ateliers tenus"), "sessions_held"),
    Column("heures", _("Heures d'atelier"), "session_hours"),
    Column("presence", _("Taux de présence"), "attendance_rate"),
    Column("diagnostics", _("Diagnostics"), "diagnostics_done"),
    Column("progres", _("Niveaux gagnés"), "level_gains"),
    Column("lecons", _("Leçons terminées"), "lessons_completed"),
    Column("exercices", _("Exercices réussis"), "quizzes_passed"),
    Column("a_venir", _("Ateliers à venir"), "sessions_upcoming"),
    Column("manquants", _("Comptes rendus manquants"), "reports_missing"),
]
