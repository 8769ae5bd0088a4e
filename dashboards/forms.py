"""The dashboards' filters: the period, and for the network the département,
the sort and the structures to compare."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from dashboards.selectors import Period
from lms.paging import Sort, SortField
from lms.select_widget import DateInput, QuickRadioSelect, QuickSelect

MONTH, QUARTER, YEAR, DATES = "mois", "trimestre", "annee", "dates"
PERIOD_CHOICES = [
    (MONTH, _("Ce mois-ci")),
    (QUARTER, _("Les 3 derniers mois")),
    (YEAR, _("Cette année")),
    (DATES, _("Dates choisies")),
]
# A longer span is most likely a typing slip (2206 for 2026).
LONGEST_DAYS = 5 * 366


def _months_back(day: datetime.date, months: int) -> datetime.date:
    """The first day of the month `months` before this day's month."""
    index = day.year * 12 + day.month - 1 - months
    return datetime.date(index // 12, index % 12 + 1, 1)


def preset_period(key: str, today: datetime.date) -> Period:
    """This month, the last three months (this one and the two before) or this
    year, each up to today."""
    if key == QUARTER:
        return Period(_months_back(today, 2), today)
    if key == YEAR:
        return Period(datetime.date(today.year, 1, 1), today)
    return Period(today.replace(day=1), today)


class PeriodForm(forms.Form):
    """A preset period or two dates (both included)."""

    periode = forms.ChoiceField(
        label=_("Période"),
        choices=PERIOD_CHOICES,
        required=False,
        widget=QuickRadioSelect,
    )
    debut = forms.DateField(
        label=_("Du (dates choisies)"), required=False, widget=DateInput
    )
    fin = forms.DateField(
        label=_("Au (dates choisies)"), required=False, widget=DateInput
    )

    def __init__(self, data=None, *, today: datetime.date, **kwargs):
        if data is not None and not data.get("periode"):
            # A link with dates only means those dates; nothing means this month.
            data = data.copy()
            data["periode"] = DATES if data.get("debut") or data.get("fin") else MONTH
        super().__init__(data, **kwargs)
        self.fields["periode"].initial = MONTH
        self.today = today

    def clean(self):
        cleaned = super().clean()
        key = cleaned.get("periode") or MONTH
        start, end = cleaned.get("debut"), cleaned.get("fin")
        cleaned["periode"] = key
        if key != DATES:
            cleaned["period"] = preset_period(key, self.today)
            return cleaned
        if "debut" in self.errors or "fin" in self.errors:
            return cleaned
        if not start or not end:
            raise ValidationError(
                _("Pour des dates choisies, indiquez le premier et le dernier jour.")
            )
        if start > end:
            raise ValidationError(
                _(
                    "La période est inversée : le premier jour (%(start)s) doit "
                    "précéder le dernier (%(end)s)."
                )
                % {"start": f"{start:%d/%m/%Y}", "end": f"{end:%d/%m/%Y}"}
            )
        if (end - start).days > LONGEST_DAYS:
            raise ValidationError(_("Choisissez une période de cinq ans au plus."))
        cleaned["period"] = Period(start, end)
        return cleaned

    def period(self) -> Period:
        """The chosen period; this month when the form is invalid."""
        if self.is_valid():
            return self.cleaned_data["period"]
        return preset_period(MONTH, self.today)


# The network table's sorts: attributes of dashboards.selectors.Figures, the
# name then the pk last so that the order is total.
def _sort(label, *fields) -> Sort:
    return Sort(label, (*fields, "name", "pk"))


NETWORK_SORTS = {
    "nom": Sort(_("Nom de la structure"), ("name", "pk")),
    "beneficiaires": _sort(_("Bénéficiaires"), "-beneficiaries_total"),
    "nouveaux": _sort(_("Nouveaux bénéficiaires"), "-beneficiaries_new"),
    "actifs": _sort(_("Bénéficiaires actifs"), "-beneficiaries_active"),
    "ateliers": _sort(_("Ateliers tenus"), "-sessions_held"),
    "heures": _sort(_("Heures d'atelier"), "-session_minutes"),
    "presence": _sort(_("Taux de présence"), "-attendance_rate"),
    "diagnostics": _sort(_("Diagnostics"), "-diagnostics_done"),
    "progres": _sort(_("Niveaux gagnés"), "-level_gains"),
    "lecons": _sort(_("Leçons terminées"), "-lessons_completed"),
    "exercices": _sort(_("Exercices réussis"), "-quizzes_passed"),
    "a_venir": _sort(_("Ateliers à venir"), "-sessions_upcoming"),
    "manquants": _sort(_("Comptes rendus manquants"), "-reports_missing"),
    "inactives": _sort(_("Sans activité d'abord"), "-inactive"),
}


class NetworkForm(PeriodForm):
    """The period, the département and the sort of the network table."""

    departement = forms.ChoiceField(
        label=_("Département"), required=False, widget=QuickSelect
    )
    tri = SortField(NETWORK_SORTS)

    def __init__(self, *args, departements: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["departement"].choices = [
            ("", _("Tous les départements")),
            *((code, code) for code in departements),
        ]
        self.order_fields(["periode", "debut", "fin", "departement", "tri"])

    def departement_value(self) -> str:
        """The chosen département, or "" (all) for a missing or unknown one."""
        if self.is_valid():
            return self.cleaned_data["departement"]
        value = self.data.get("departement", "")
        return value if value in dict(self.fields["departement"].choices) else ""

    def sort_value(self) -> str:
        return (self.cleaned_data.get("tri") if self.is_valid() else "") or "nom"
