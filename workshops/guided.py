"""Guided mode: the whole room follows one lesson, step by step.

The professional starts it on the day of the session; participants join on
their own device with a short code (or its QR code) and move through the
lesson's steps; the professional's board shows where each one is and who asked
for help, and can move someone forward who has no device.

A lesson's steps: every step of its « Étapes guidées » blocks is one step; the
other blocks between them are grouped into one step each (an introduction, a
closing quiz), so a lesson without guided steps is a single step.

The code stays valid until `guided_ends_at`: the scheduled end of the session,
or, when the session starts late, its duration counted from the start; stopping
the guided mode ends it at once. Wrong codes count against the address
(people.throttle), so a code cannot be guessed.
"""

import datetime
import secrets
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Audience, CoursePage, LessonPage
from courses.services import lesson_complete
from workshops.models import Attendance, Participation, WorkshopSession
from workshops.services import check_manages, lock_open

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L to mix up
CODE_LENGTH = 6


@dataclass(frozen=True)
class GuidedStep:
    number: int  # from 1
    title: str
    blocks: tuple = ()  # stream blocks shown as they are in the lesson
    step: object = None  # or one step of a guided-steps block
    step_in_group: int = 0
    group_size: int = 0


@dataclass
class BoardRow:
    participation: Participation
    name: str
    step: GuidedStep | None
    lesson_done: bool
    needs_help: bool = field(init=False)

    def __post_init__(self):
        self.needs_help = self.participation.help_requested_at is not None


def lesson_steps(lesson: LessonPage | None) -> list[GuidedStep]:
    """The lesson cut into the steps the room goes through."""
    if lesson is None:
        return []
    steps: list[GuidedStep] = []
    pending: list = []

    def flush() -> None:
        if not pending:
            return
        first = pending[0]
        title = first.value["text"] if first.block_type == "heading" else lesson.title
        steps.append(
            GuidedStep(number=len(steps) + 1, title=title, blocks=tuple(pending))
        )
        pending.clear()

    for block in lesson.body:
        if block.block_type != "guided_steps":
            pending.append(block)
            continue
        flush()
        group = list(block.value["steps"])
        for index, step in enumerate(group, start=1):
            steps.append(
                GuidedStep(
                    number=len(steps) + 1,
                    title=block.value["title"],
                    step=step,
                    step_in_group=index,
                    group_size=len(group),
                )
            )
    flush()
    return steps or [GuidedStep(number=1, title=lesson.title)]


def code_normalize(code: str) -> str:
    return "".join(code.split()).upper()


def _scheduled_start(session: WorkshopSession) -> datetime.datetime:
    return timezone.make_aware(
        datetime.datetime.combine(session.date, session.start_time)
    )


def is_live(session: WorkshopSession, now: datetime.datetime | None = None) -> bool:
    """Whether participants may join and follow the session right now."""
    now = now or timezone.now()
    return (
        session.cancelled_at is None
        and session.guided_lesson_id is not None
        and session.guided_lesson.live
        and session.guided_ends_at is not None
        and session.guided_ends_at > now
        and bool(session.join_code)
    )


def lessons_to_choose(session: WorkshopSession) -> list[tuple[CoursePage, list]]:
    """The lessons the session may follow, by course: those of its courses, or
    of every published course for beneficiaries when it names none."""
    courses = list(session.courses.live().order_by("title"))
    if not courses:
        courses = list(
            CoursePage.objects.live()
            .filter(audience=Audience.BENEFICIARY)
            .order_by("title")
        )
    if not courses:
        return []
    lessons = list(LessonPage.objects.in_courses(courses).defer_streamfields())
    return [
        (course, [lesson for lesson in lessons if lesson.path.startswith(course.path)])
        for course in courses
    ]


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


def code_was_given(code: str) -> bool:
    """Whether a session ever had this code (it may have ended since)."""
    code = code_normalize(code)
    return len(code) == CODE_LENGTH and (
        WorkshopSession.objects.filter(join_code=code).exists()
    )


def session_for_code(code: str) -> WorkshopSession | None:
    """The live session with this join code, or None."""
    code = code_normalize(code)
    if len(code) != CODE_LENGTH:
        return None
    session = (
        WorkshopSession.objects.select_related("structure", "guided_lesson")
        .filter(join_code=code)
        .first()
    )
    return session if session is not None and is_live(session) else None


def check_follows(session: WorkshopSession, user) -> None:
    """Raises PermissionDenied unless `user` is an active beneficiary of the
    session's structure."""
    profile = getattr(user, "beneficiary_profile", None)
    if (
        not user.is_active
        or profile is None
        or profile.structure_id != session.structure_id
    ):
        raise PermissionDenied(
            _(
                "Cet atelier est réservé aux personnes suivies par la structure "
                "qui l'organise."
            )
        )


def participation_get(*, session: WorkshopSession, user) -> Participation | None:
    """The user's place in the session if they joined it, without writing.

    Raises PermissionDenied for anyone who may not follow it."""
    check_follows(session, user)
    return (
        Participation.objects.filter(
            session=session, beneficiary=user.beneficiary_profile
        )
        .select_related("beneficiary__user")
        .first()
    )


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


def board_get(*, session: WorkshopSession) -> dict:
    """Each participant's step in this session and call for help; two queries
    whatever the room's size."""
    steps = lesson_steps(session.guided_lesson)
    participations = list(
        Participation.objects.filter(session=session)
        .select_related("beneficiary__user")
        .order_by("beneficiary__user__first_name", "pk")
    )
    rows = [
        BoardRow(
            participation=p,
            name=p.beneficiary.user.first_name,
            step=steps[min(p.current_step, len(steps) - 1)] if steps else None,
            lesson_done=p.finished_at is not None,
        )
        for p in participations
    ]
    # Calls for help first, the longest waiting first; then everyone by name.
    waiting = sorted(
        (r for r in rows if r.needs_help),
        key=lambda r: r.participation.help_requested_at,
    )
    rows = waiting + [r for r in rows if not r.needs_help]
    return {
        "steps": steps,
        "rows": rows,
        "helped": [r.name for r in rows if r.needs_help],
        "live": is_live(session),
    }
