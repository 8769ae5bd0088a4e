"""Writes about workshop sessions, their participants and individual help."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from people.models import BeneficiaryProfile, Structure
from people.selectors import structures_for_user
from workshops.models import (
    Accompaniment,
    Attendance,
    Participation,
    WorkshopSession,
)

ATTENDANCE_MARKS = {Attendance.PRESENT, Attendance.ABSENT, Attendance.EXCUSED}


def _check_manages(by, structure: Structure) -> None:
    if not structures_for_user(by).filter(pk=structure.pk).exists():
        raise PermissionDenied(_("Vous ne gérez pas cette structure."))


def _check_beneficiary(session: WorkshopSession, beneficiary: BeneficiaryProfile):
    if beneficiary.structure_id != session.structure_id:
        raise ValidationError(
            _("Cette personne n'est pas suivie par la structure de l'atelier.")
        )


@transaction.atomic
def session_create(
    *,
    by,
    structure: Structure,
    title: str,
    date: datetime.date,
    start_time: datetime.time,
    duration_minutes: int = 120,
    place: str = "",
    level: str = "debutant",
    capacity: int = 8,
    themes: list[str] | None = None,
    courses=(),
    leaders=(),
) -> WorkshopSession:
    """Plan a session in a structure; `by` leads it unless leaders are given.

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    on an invalid field or a leader outside the structure."""
    _check_manages(by, structure)
    session = WorkshopSession(
        structure=structure,
        title=title.strip(),
        date=date,
        start_time=start_time,
        duration_minutes=duration_minutes,
        place=place.strip(),
        level=level,
        capacity=capacity,
        themes=list(themes or []),
        created_by=by,
    )
    session.full_clean()
    session.save()
    leaders = list(leaders) or [by]
    for leader in leaders:
        if not structures_for_user(leader).filter(pk=structure.pk).exists():
            raise ValidationError(
                _("%(name)s ne fait pas partie de la structure.")
                % {"name": leader.get_full_name() or leader.get_username()}
            )
    session.leaders.set(leaders)
    session.courses.set(list(courses))
    return session


@transaction.atomic
def session_enrol(
    *, by, session: WorkshopSession, beneficiary: BeneficiaryProfile
) -> Participation:
    """Enrol a beneficiary of the session's structure (idempotent).

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    for a person of another structure or a full session."""
    _check_manages(by, session.structure)
    _check_beneficiary(session, beneficiary)
    # Lock the session so two enrolments cannot both take the last seat.
    WorkshopSession.objects.select_for_update().get(pk=session.pk)
    existing = Participation.objects.filter(
        session=session, beneficiary=beneficiary
    ).first()
    if existing is not None:
        return existing
    if Participation.objects.filter(session=session).count() >= session.capacity:
        raise ValidationError(
            _("L'atelier est complet : ses %(capacity)d places sont prises.")
            % {"capacity": session.capacity}
        )
    try:
        with transaction.atomic():
            return Participation.objects.create(
                session=session, beneficiary=beneficiary
            )
    except IntegrityError:
        return Participation.objects.get(session=session, beneficiary=beneficiary)


@transaction.atomic
def attendance_set(
    *,
    by,
    session: WorkshopSession,
    beneficiary: BeneficiaryProfile,
    attendance: str,
) -> Participation:
    """Record whether a person came; a person of the structure who was not
    enrolled is added on the spot (capacity does not stop someone already there).

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    for an unknown mark or a person of another structure."""
    _check_manages(by, session.structure)
    _check_beneficiary(session, beneficiary)
    if attendance not in ATTENDANCE_MARKS:
        raise ValidationError(_("Choisissez Présent, Absent ou Excusé."))
    participation, _created = Participation.objects.get_or_create(
        session=session, beneficiary=beneficiary
    )
    participation.attendance = attendance
    participation.full_clean()
    participation.save(update_fields=["attendance"])
    return participation


@transaction.atomic
def accompaniment_create(
    *,
    by,
    structure: Structure,
    date: datetime.date,
    autonomy: str,
    duration_minutes: int = 30,
    beneficiary: BeneficiaryProfile | None = None,
    themes: list[str] | None = None,
    referral: str = "",
    notes: str = "",
) -> Accompaniment:
    """Record one-to-one help given by `by` (the person may stay anonymous).

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    on an invalid field or a person of another structure."""
    _check_manages(by, structure)
    if beneficiary is not None and beneficiary.structure_id != structure.pk:
        raise ValidationError(_("Cette personne n'est pas suivie par cette structure."))
    record = Accompaniment(
        structure=structure,
        professional=by,
        beneficiary=beneficiary,
        date=date,
        duration_minutes=duration_minutes,
        themes=list(themes or []),
        autonomy=autonomy,
        referral=referral.strip(),
        notes=notes.strip(),
    )
    record.full_clean()
    record.save()
    return record
