"""Guided mode, writes: starting and stopping it, joining, moving through the
steps, calls for help, and what the professional does for a participant."""

import datetime
import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import LessonPage
from courses.services import lesson_complete
from workshops.guided.selectors import (
    CODE_ALPHABET,
    CODE_LENGTH,
    check_follows,
    is_live,
    lesson_steps,
    lessons_to_choose,
)
from workshops.models import Attendance, Participation, WorkshopSession
from workshops.services import check_manages, lock_open


def _scheduled_start(session: WorkshopSession) -> datetime.datetime:
    return timezone.make_aware(
        datetime.datetime.combine(session.date, session.start_time)
    )


def _code_generate() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))


@transaction.atomic
def guided_start(
    *, by, session: WorkshopSession, lesson: LessonPage
) -> WorkshopSession:
    """Open the guided mode on `lesson` and give the session a join code.

    Changing the lesson while live keeps the code and brings everyone back to
    the first step; starting again after the end draws a new code.

    Raises PermissionDenied if `by` does not manage the structure,
    ValidationError if the session is cancelled, not today, or the lesson
    cannot be followed."""
    check_manages(by, session.structure)
    session = lock_open(session)
    if session.date != timezone.localdate():
        raise ValidationError(
            _("Le mode guidé se lance le jour de l'atelier, le %(date)s.")
            % {"date": session.date.strftime("%d/%m/%Y")}
        )
    allowed = {
        lesson.pk for _c, lessons in lessons_to_choose(session) for lesson in lessons
    }
    if lesson.pk not in allowed:
        raise ValidationError(_("Choisissez une leçon publiée de l'atelier."))
    now = timezone.now()
    if not is_live(session, now):
        # A fresh start: a new code, valid until the session's end, and no
        # call for help left over from an earlier run.
        session.join_code = ""
        session.guided_started_at = now
        duration = datetime.timedelta(minutes=session.duration_minutes)
        session.guided_ends_at = max(
            _scheduled_start(session) + duration, now + duration
        )
        Participation.objects.filter(session=session).update(help_requested_at=None)
    if session.guided_lesson_id != lesson.pk:
        session.guided_lesson = lesson
        Participation.objects.filter(session=session).update(
            current_step=0, help_requested_at=None, finished_at=None
        )
    fields = ["guided_lesson", "guided_started_at", "guided_ends_at", "join_code"]
    for _attempt in range(5):
        if not session.join_code:
            session.join_code = _code_generate()
        try:
            with transaction.atomic():
                session.save(update_fields=fields)
        except IntegrityError:
            session.join_code = ""  # taken by another session: draw again
        else:
            return session
    raise ValidationError(_("Impossible de créer un code. Réessayez."))


@transaction.atomic
def guided_stop(*, by, session: WorkshopSession) -> None:
    """End the guided mode now: the code stops working at once."""
    check_manages(by, session.structure)
    WorkshopSession.objects.filter(pk=session.pk).update(guided_ends_at=timezone.now())


@transaction.atomic
def guided_join(*, session: WorkshopSession, user) -> Participation:
    """The user's place in the live session, marked present (idempotent).

    Someone of the structure who was not enrolled is added: they are in the
    room. Raises PermissionDenied for anyone else, ValidationError once the
    session is over."""
    if not is_live(session):
        raise ValidationError(_("Cet atelier est terminé."))
    check_follows(session, user)
    now = timezone.now()
    try:
        with transaction.atomic():
            participation, _created = Participation.objects.get_or_create(
                session=session,
                beneficiary=user.beneficiary_profile,
                defaults={"attendance": Attendance.PRESENT},
            )
    except IntegrityError:
        participation = Participation.objects.get(
            session=session, beneficiary=user.beneficiary_profile
        )
    participation.attendance = Attendance.PRESENT
    participation.joined_at = participation.joined_at or now
    participation.last_seen_at = now
    participation.save(update_fields=["attendance", "joined_at", "last_seen_at"])
    return participation


def _last_step(session: WorkshopSession) -> int:
    return max(len(lesson_steps(session.guided_lesson)) - 1, 0)


def guided_step_set(*, participation: Participation, step: int) -> Participation:
    """Move a participant to a step (from 0), kept within the lesson: one
    UPDATE, so a move never waits on a read."""
    participation.current_step = min(max(step, 0), _last_step(participation.session))
    participation.last_seen_at = timezone.now()
    participation.save(update_fields=["current_step", "last_seen_at"])
    return participation


def guided_help_set(*, participation: Participation, needed: bool) -> Participation:
    """Raise or lower the participant's « J'ai besoin d'aide »."""
    participation.help_requested_at = timezone.now() if needed else None
    participation.last_seen_at = timezone.now()
    participation.save(update_fields=["help_requested_at", "last_seen_at"])
    return participation


@transaction.atomic
def guided_finish(*, participation: Participation) -> None:
    """The participant finished the lesson: it counts in their progress."""
    session = participation.session
    lesson_complete(user=participation.beneficiary.user, lesson=session.guided_lesson)
    now = timezone.now()
    participation.current_step = _last_step(session)
    participation.finished_at = now
    participation.last_seen_at = now
    participation.save(update_fields=["current_step", "finished_at", "last_seen_at"])


def _participation_for(by, session: WorkshopSession, participation_id: int):
    """The participation, locked: the participant's own move at the same
    moment waits for this one. Refused on a cancelled session."""
    check_manages(by, session.structure)
    lock_open(session)
    participation = (
        Participation.objects.select_for_update(of=("self",))
        .select_related("beneficiary__user", "session")
        .filter(session=session, pk=participation_id)
        .first()
    )
    if participation is None:
        raise PermissionDenied(_("Cette personne ne participe pas à l'atelier."))
    return participation


@transaction.atomic
def step_done_for(*, by, session: WorkshopSession, participation_id: int) -> None:
    """The professional moves a participant one step on (someone without a
    device, or who got stuck), answers their call for help, and marks them
    present: they are in the room."""
    participation = _participation_for(by, session, participation_id)
    participation.current_step = min(
        participation.current_step + 1, _last_step(session)
    )
    participation.help_requested_at = None
    participation.attendance = Attendance.PRESENT
    participation.save(
        update_fields=["current_step", "help_requested_at", "attendance"]
    )


@transaction.atomic
def lesson_done_for(*, by, session: WorkshopSession, participation_id: int) -> None:
    """The professional records the whole lesson as done for a participant,
    who is then marked present."""
    participation = _participation_for(by, session, participation_id)
    if session.guided_lesson is None:
        raise ValidationError(_("Choisissez d'abord la leçon de l'atelier."))
    lesson_complete(user=participation.beneficiary.user, lesson=session.guided_lesson)
    participation.current_step = _last_step(session)
    participation.finished_at = timezone.now()
    participation.help_requested_at = None
    participation.attendance = Attendance.PRESENT
    participation.save(
        update_fields=[
            "current_step",
            "finished_at",
            "help_requested_at",
            "attendance",
        ]
    )


@transaction.atomic
def help_given(*, by, session: WorkshopSession, participation_id: int) -> None:
    """The professional came: the call for help is answered."""
    participation = _participation_for(by, session, participation_id)
    participation.help_requested_at = None
    participation.save(update_fields=["help_requested_at"])
