"""Activity reports, the one write: `report_save`."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from workshops.cra import ANONYMOUS_COUNT_FIELDS, PlaceType
from workshops.models import (
    Accompaniment,
    ActivityReport,
    WorkshopSession,
)
from workshops.reports.selectors import session_report_refusal
from workshops.services import check_manages


@transaction.atomic
def report_save(
    *,
    by,
    session: WorkshopSession | None = None,
    accompaniment: Accompaniment | None = None,
    date: datetime.date,
    participant_count: int,
    duration_minutes: int,
    themes: list[str] | None = None,
    level: str = "",
    comment: str = "",
    place_type: str = PlaceType.STRUCTURE,
    place_detail: str = "",
    place_town: str = "",
    place_postcode: str = "",
    procedure_detail: str = "",
    materials: list[str] | None = None,
    anon_total: int = 0,
    **anonymous_counts: int,
) -> ActivityReport:
    """Write or rewrite the one report of a session or an accompaniment. A
    session's report carries the CRA's collective fields: place, démarche,
    devices, and the anonymous participants (`anon_total`, and the counters
    named in workshops/cra.py as `anonymous_counts`, each breakdown within the
    total); an accompaniment's has them on the accompaniment itself.

    Raises PermissionDenied if `by` does not manage its structure, ValidationError
    for a cancelled or not yet started session, a date in the future or an
    invalid field, ValueError unless exactly one activity is given."""
    if (session is None) == (accompaniment is None):
        raise ValueError("Give a session or an accompaniment.")
    activity = session if session is not None else accompaniment
    check_manages(by, activity.structure)
    # Lock the activity: two saves at once update one report, never make two.
    activity = type(activity).objects.select_for_update().get(pk=activity.pk)
    if session is not None:
        refusal = session_report_refusal(activity)
        if refusal:
            raise ValidationError(refusal)
        report = ActivityReport.objects.filter(session=activity).first()
    else:
        report = ActivityReport.objects.filter(accompaniment=activity).first()
    if report is None:
        report = ActivityReport(
            structure_id=activity.structure_id,
            session=activity if session is not None else None,
            accompaniment=activity if accompaniment is not None else None,
            author=by,
        )
    if isinstance(themes, list | tuple):
        themes = list(dict.fromkeys(themes))
    report.date = date
    report.participant_count = participant_count
    report.duration_minutes = duration_minutes
    report.themes = [] if themes is None else themes
    report.level_id = level or None
    report.comment = (comment or "").strip()
    report.place_type = place_type
    report.place_detail = (place_detail or "").strip()
    report.place_town = (place_town or "").strip()
    report.place_postcode = (place_postcode or "").strip()
    report.procedure_detail = (procedure_detail or "").strip()
    report.materials = list(dict.fromkeys(materials or []))
    unknown = set(anonymous_counts) - {"anon_already_helped", *ANONYMOUS_COUNT_FIELDS}
    if unknown:
        raise TypeError(f"Unknown counters: {sorted(unknown)}")
    report.anon_total = anon_total or 0
    for name in ("anon_already_helped", *ANONYMOUS_COUNT_FIELDS):
        setattr(report, name, anonymous_counts.get(name) or 0)
    errors: dict = {}
    if isinstance(date, datetime.date) and date > timezone.localdate():
        errors["date"] = [
            _(
                "Le compte rendu porte sur une activité passée : la date ne peut "
                "pas être dans le futur."
            )
        ]
    try:
        report.full_clean()
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)
    report.save()
    return report


# --- Indicators -------------------------------------------------------------
