"""Every kind of export people may ask for, registered in one place.

Each app's row producers (`producer(*, structures, ...) -> (header, total,
rows)`) join here with who may ask for them and how a request's data becomes
their arguments. Imported by ExportsConfig.ready().
"""

import datetime
from collections.abc import Iterator

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from exports.registry import export_kind_register
from people.models import Structure
from people.selectors import structures_for_user
from workshops import reports
from workshops.forms import IndicatorsFilterForm


def _may_manage(user) -> bool:
    return user.is_authenticated and user.manages_beneficiaries


def _form_errors(form) -> ValidationError:
    return ValidationError(
        [message for messages in form.errors.values() for message in messages]
    )


# --- Indicators of a period (workshops.reports) ------------------------------


def indicators_params_from(data, *, user) -> dict:
    """The indicators page's filter (period, one structure or all) as params.
    Raises PermissionDenied for another structure (a 404, as on the page) and
    ValidationError with the form's French messages."""
    form = IndicatorsFilterForm(data, structures=structures_for_user(user))
    if not form.is_valid():
        if "structure" in form.errors:
            raise PermissionDenied
        raise _form_errors(form)
    structure = form.cleaned_data.get("structure")
    return {
        "start": form.cleaned_data["debut"].isoformat(),
        "end": form.cleaned_data["fin"].isoformat(),
        "structure_id": structure.pk if structure is not None else None,
    }


def indicators_arguments_from(params: dict, structures: QuerySet) -> dict:
    if params.get("structure_id") is not None:
        structures = structures.filter(pk=params["structure_id"])
    return {
        "structures": structures,
        "start": datetime.date.fromisoformat(params["start"]),
        "end": datetime.date.fromisoformat(params["end"]),
    }


def indicators_export_rows(
    *, structures: QuerySet[Structure], start: datetime.date, end: datetime.date
) -> tuple[list[str], int, Iterator[list]]:
    """The period's indicators, one `rubrique, indicateur, valeur` row per
    figure (the figures of workshops.reports.indicators_get: five queries)."""
    structures = list(structures.order_by("name"))
    figures = reports.indicators_get(
        user=None,
        start=start,
        end=end,
        structures=Structure.objects.filter(pk__in=[s.pk for s in structures]),
    )
    attendance = figures["attendance"]
    period, workshops, help_ = _("Période"), _("Ateliers"), _("Accompagnements")
    rows = [
        [period, _("Du"), f"{figures['start']:%d/%m/%Y}"],
        [period, _("Au"), f"{figures['end']:%d/%m/%Y}"],
        [period, _("Structures"), ", ".join(s.name for s in structures)],
        [workshops, _("Ateliers tenus (comptes rendus)"), figures["sessions_held"]],
        [workshops, _("Participants"), figures["participants"]],
        [workshops, _("Heures d'atelier"), figures["session_hours"]],
        [workshops, _("Inscrits aux ateliers tenus"), attendance["enrolled"]],
        [workshops, _("Présents"), attendance["present"]],
        [workshops, _("Absents"), attendance["absent"]],
        [workshops, _("Excusés"), attendance["excused"]],
        [workshops, _("Taux de présence (%)"), attendance["rate"]],
        [
            workshops,
            _("Ateliers passés sans compte rendu"),
            figures["missing_reports"]["sessions"],
        ],
        [help_, _("Accompagnements individuels"), figures["accompaniments"]],
        [help_, _("Personnes accompagnées"), figures["accompanied"]],
        [help_, _("Heures d'accompagnement"), figures["accompaniment_hours"]],
        [
            help_,
            _("Accompagnements sans compte rendu"),
            figures["missing_reports"]["accompaniments"],
        ],
    ]
    rows += [
        [_("Autonomie constatée"), a["label"], a["count"]] for a in figures["autonomy"]
    ]
    rows += [
        [_("Niveau des ateliers"), lv["label"], lv["count"]] for lv in figures["levels"]
    ]
    rows += [
        [_("Thèmes des ateliers"), t["label"], t["sessions"]] for t in figures["themes"]
    ]
    rows += [
        [_("Thèmes des accompagnements"), t["label"], t["accompaniments"]]
        for t in figures["themes"]
    ]
    header = [_("Rubrique"), _("Indicateur"), _("Valeur")]
    return header, len(rows), iter(rows)


export_kind_register(
    "indicators",
    label=gettext_lazy("Indicateurs de la période"),
    producer=indicators_export_rows,
    allowed=_may_manage,
    params_from=indicators_params_from,
    arguments_from=indicators_arguments_from,
    filename="indicateurs",
)
