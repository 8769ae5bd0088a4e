"""Every kind of export people may ask for, registered in one place.

Each app's row producers (`producer(*, structures, ...) -> (header, total,
rows)`) join here with who may ask for them and how a request's data becomes
their arguments. Imported by ExportsConfig.ready().
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy

from dashboards.exports import network_figures_rows
from dashboards.forms import NetworkForm
from dashboards.selectors import departements_get
from exports.registry import export_kind_register
from people.roles import user_is_coordinator
from people.selectors import structures_for_user
from workshops.exports import (
    activities_export_rows,
    beneficiaries_export_rows,
    indicators_export_rows,
)
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


export_kind_register(
    "indicators",
    label=gettext_lazy("Indicateurs de la période"),
    producer=indicators_export_rows,
    allowed=_may_manage,
    params_from=indicators_params_from,
    arguments_from=indicators_arguments_from,
    filename="indicateurs",
)


# --- Activities on the Coop's layout, and beneficiaries (workshops.exports) --


def _anonymised(data, *, user) -> bool:
    """The network (coordinators) only ever gets anonymised rows; a structure's
    professionals choose."""
    return user_is_coordinator(user) or data.get("anonyme") == "1"


def activities_params_from(data, *, user) -> dict:
    return {
        **indicators_params_from(data, user=user),
        "anonymised": _anonymised(data, user=user),
    }


def activities_arguments_from(params: dict, structures: QuerySet) -> dict:
    return {
        **indicators_arguments_from(params, structures),
        "anonymised": bool(params.get("anonymised")),
    }


def beneficiaries_params_from(data, *, user) -> dict:
    params = indicators_params_from(data, user=user)
    return {
        "structure_id": params["structure_id"],
        "anonymised": _anonymised(data, user=user),
    }


def beneficiaries_arguments_from(params: dict, structures: QuerySet) -> dict:
    if params.get("structure_id") is not None:
        structures = structures.filter(pk=params["structure_id"])
    return {"structures": structures, "anonymised": bool(params.get("anonymised"))}


export_kind_register(
    "activities",
    label=gettext_lazy("Activités (format de La Coop de la médiation numérique)"),
    producer=activities_export_rows,
    allowed=_may_manage,
    params_from=activities_params_from,
    arguments_from=activities_arguments_from,
    filename="activites",
)

export_kind_register(
    "beneficiaries",
    label=gettext_lazy("Bénéficiaires suivis"),
    producer=beneficiaries_export_rows,
    allowed=_may_manage,
    params_from=beneficiaries_params_from,
    arguments_from=beneficiaries_arguments_from,
    filename="beneficiaires",
)


# --- The network dashboard's table (dashboards) ------------------------------


def network_params_from(data, *, user) -> dict:
    """The network dashboard's period and département, as on its page."""
    form = NetworkForm(
        data, today=timezone.localdate(), departements=departements_get(user)
    )
    if not form.is_valid():
        raise _form_errors(form)
    period = form.cleaned_data["period"]
    return {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "departement": form.cleaned_data["departement"],
    }


export_kind_register(
    "network_figures",
    label=gettext_lazy("Chiffres du réseau, structure par structure"),
    producer=network_figures_rows,
    allowed=user_is_coordinator,
    params_from=network_params_from,
    filename="chiffres-reseau",
)
