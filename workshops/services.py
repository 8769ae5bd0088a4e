"""Writes about workshop sessions, their participants and individual help."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from people.models import BeneficiaryProfile, Structure
from people.selectors import structures_for_user
from people.services import beneficiary_create
from workshops.cra import PlaceType
from workshops.models import (
    ATTENDANCE_MARKS,
    Accompaniment,
    Attendance,
    Participation,
    WorkshopSession,
)


def check_manages(by, structure: Structure) -> None:
    if not structures_for_user(by).filter(pk=structure.pk).exists():
        raise PermissionDenied(_("Vous ne gérez pas cette structure."))


def _check_beneficiary(session: WorkshopSession, beneficiary: BeneficiaryProfile):
    if beneficiary.structure_id != session.structure_id:
        raise ValidationError(
            _("Cette personne n'est pas suivie par la structure de l'atelier.")
        )


def _check_leaders(leaders: list, structure: Structure) -> None:
    for leader in leaders:
        if not structures_for_user(leader).filter(pk=structure.pk).exists():
            raise ValidationError(
                {
                    "leaders": _("%(name)s ne fait pas partie de la structure.")
                    % {"name": leader.get_full_name() or leader.get_username()}
                },
                code="leader_outside",
            )


def lock_open(session: WorkshopSession) -> WorkshopSession:
    # The row lock orders this write after any enrolment, cancellation or edit
    # in flight, and the fresh row tells whether the session was cancelled since.
    locked = WorkshopSession.objects.select_for_update().get(pk=session.pk)
    if locked.cancelled_at is not None:
        raise ValidationError(
            _(
                "Cet atelier est annulé : on ne peut plus le modifier, y inscrire "
                "quelqu'un ni noter les présences."
            ),
            code="cancelled",
        )
    return locked


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
    level: str = "N1",
    capacity: int = 8,
    themes: list[str] | None = None,
    courses=(),
    leaders=(),
) -> WorkshopSession:
    """Plan a session in a structure; `by` leads it unless leaders are given.

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    on an invalid field or a leader outside the structure."""
    check_manages(by, structure)
    leaders = list(leaders) or [by]
    _check_leaders(leaders, structure)
    session = WorkshopSession(
        structure=structure,
        title=title.strip(),
        date=date,
        start_time=start_time,
        duration_minutes=duration_minutes,
        place=place.strip(),
        level_id=level,
        capacity=capacity,
        themes=list(themes or []),
        created_by=by,
    )
    session.full_clean()
    session.save()
    session.leaders.set(leaders)
    session.courses.set(list(courses))
    return session


@transaction.atomic
def session_update(
    *,
    by,
    session: WorkshopSession,
    title: str,
    date: datetime.date,
    start_time: datetime.time,
    duration_minutes: int,
    place: str,
    level: str,
    capacity: int,
    themes: list[str] | None = None,
    courses=(),
    leaders=(),
) -> WorkshopSession:
    """Change a planned session (its structure stays); `by` leads it unless
    leaders are given. Returns the updated session.

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    for a cancelled session, an invalid field, a leader outside the structure or
    fewer seats than people already on the list."""
    check_manages(by, session.structure)
    locked = lock_open(session)
    leaders = list(leaders) or [by]
    _check_leaders(leaders, locked.structure)
    taken = Participation.objects.filter(session=locked).count()
    if capacity < taken:
        raise ValidationError(
            {
                "capacity": _(
                    "%(taken)d personnes sont déjà sur la liste : prévoyez au "
                    "moins %(taken)d places, ou retirez d'abord des personnes."
                )
                % {"taken": taken}
            },
            code="capacity_below_taken",
        )
    locked.title = title.strip()
    locked.date = date
    locked.start_time = start_time
    locked.duration_minutes = duration_minutes
    locked.place = place.strip()
    locked.level_id = level
    locked.capacity = capacity
    locked.themes = list(themes or [])
    locked.full_clean()
    locked.save()
    locked.leaders.set(leaders)
    locked.courses.set(list(courses))
    return locked


@transaction.atomic
def session_cancel(*, by, session: WorkshopSession, reason: str) -> WorkshopSession:
    """Cancel a session, with the reason; its list stays as it was.

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    without a reason or for a session already cancelled."""
    check_manages(by, session.structure)
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            {"reason": _("Indiquez le motif de l'annulation.")},
            code="reason_missing",
        )
    locked = WorkshopSession.objects.select_for_update().get(pk=session.pk)
    if locked.cancelled_at is not None:
        raise ValidationError(
            _("Cet atelier est déjà annulé."), code="already_cancelled"
        )
    locked.cancelled_at = timezone.now()
    locked.cancel_reason = reason
    locked.save(update_fields=["cancelled_at", "cancel_reason"])
    return locked


@transaction.atomic
def session_enrol(
    *, by, session: WorkshopSession, beneficiary: BeneficiaryProfile
) -> Participation:
    """Enrol a beneficiary of the session's structure (idempotent).

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    for a person of another structure, a cancelled or a full session."""
    check_manages(by, session.structure)
    _check_beneficiary(session, beneficiary)
    # Locked, so two enrolments cannot both take the last seat.
    session = lock_open(session)
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
def session_attendance_save(
    *, by, session: WorkshopSession, marks: dict[BeneficiaryProfile, str]
) -> list[Participation]:
    """Record a session's attendance sheet, all marks or none; a person of the
    structure who was not enrolled is added on the spot (capacity does not stop
    someone already there). Returns the participations, in the order of `marks`.

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    (nothing saved) for a cancelled session, an unknown mark or a person of
    another structure."""
    check_manages(by, session.structure)
    errors = []
    for beneficiary, mark in marks.items():
        try:
            _check_beneficiary(session, beneficiary)
        except ValidationError as error:
            errors.append(error)
        if mark not in ATTENDANCE_MARKS:
            errors.append(ValidationError(_("Choisissez Présent, Absent ou Excusé.")))
    if errors:
        raise ValidationError(errors)
    if not marks:
        return []
    session = lock_open(session)
    saved = []
    for beneficiary, mark in marks.items():
        participation, _created = Participation.objects.get_or_create(
            session=session, beneficiary=beneficiary
        )
        participation.attendance = mark
        participation.full_clean()
        participation.save(update_fields=["attendance"])
        saved.append(participation)
    return saved


def attendance_set(
    *,
    by,
    session: WorkshopSession,
    beneficiary: BeneficiaryProfile,
    attendance: str,
) -> Participation:
    """Record whether one person came: session_attendance_save for one mark,
    with the same errors."""
    return session_attendance_save(
        by=by, session=session, marks={beneficiary: attendance}
    )[0]


@transaction.atomic
def session_unenrol(*, by, participation: Participation) -> None:
    """Take a person off a session's list (their attendance mark goes with them).

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    for a cancelled session."""
    session = participation.session
    check_manages(by, session.structure)
    lock_open(session)
    Participation.objects.filter(pk=participation.pk).delete()


@transaction.atomic
def session_walk_in_create(
    *,
    by,
    session: WorkshopSession,
    first_name: str,
    consent_text: str,
    year_of_birth: int | None = None,
    phone: str = "",
    email: str = "",
) -> tuple[Participation, str]:
    """Create the account of a person who came without one, in the session's
    structure, and mark them present; return the participation and the clear PIN
    (shown once). Nothing is kept if either step fails.

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    for a cancelled session or what beneficiary_create refuses."""
    check_manages(by, session.structure)
    lock_open(session)
    user, pin = beneficiary_create(
        by=by,
        structure=session.structure,
        first_name=first_name,
        consent_text=consent_text,
        year_of_birth=year_of_birth,
        phone=phone,
        email=email,
    )
    participation = attendance_set(
        by=by,
        session=session,
        beneficiary=user.beneficiary_profile,
        attendance=Attendance.PRESENT,
    )
    return participation, pin


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
    place_type: str = PlaceType.STRUCTURE,
    place_detail: str = "",
    place_town: str = "",
    place_postcode: str = "",
    procedure_detail: str = "",
    materials: list[str] | None = None,
    redirected: bool = False,
    redirection_kind: str = "",
    redirection_detail: str = "",
    notes: str = "",
) -> Accompaniment:
    """Record one-to-one help given by `by` (the person may stay anonymous), on
    the CRA's fields (workshops/cra.py). Without a réorientation, its kind and
    précision are dropped.

    Raises PermissionDenied if `by` does not manage the structure, ValidationError
    on an invalid field (the model's CRA rules included) or a person of another
    structure."""
    check_manages(by, structure)
    if beneficiary is not None and beneficiary.structure_id != structure.pk:
        raise ValidationError(_("Cette personne n'est pas suivie par cette structure."))
    record = Accompaniment(
        structure=structure,
        professional=by,
        beneficiary=beneficiary,
        date=date,
        duration_minutes=duration_minutes,
        themes=list(dict.fromkeys(themes or [])),
        autonomy=autonomy,
        place_type=place_type,
        place_detail=place_detail.strip(),
        place_town=place_town.strip(),
        place_postcode=place_postcode.strip(),
        procedure_detail=procedure_detail.strip(),
        materials=list(dict.fromkeys(materials or [])),
        redirected=bool(redirected),
        redirection_kind=redirection_kind if redirected else "",
        redirection_detail=redirection_detail.strip() if redirected else "",
        notes=notes.strip(),
    )
    record.full_clean()
    record.save()
    return record
