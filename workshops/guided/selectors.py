"""Guided mode, reads: a lesson's steps (cut by courses.steps), whether a
session is live, who may follow it, and the professional's board. Nothing here
writes."""

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Audience, CoursePage, LessonPage
from courses.steps import LessonStep, lesson_steps
from simulators.selectors import simulator_statuses_for_users
from workshops.models import Participation, WorkshopSession

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L to mix up


CODE_LENGTH = 6

# How a lesson splits into steps belongs to courses; the old name stays.
GuidedStep = LessonStep


@dataclass
class BoardRow:
    participation: Participation
    name: str
    step: GuidedStep | None
    lesson_done: bool
    needs_help: bool = field(init=False)
    # Inside a simulator: the screen they are on (from 1), of how many.
    simulator_screen: int | None = None
    simulator_total: int | None = None

    def __post_init__(self):
        self.needs_help = self.participation.help_requested_at is not None


def code_normalize(code: str) -> str:
    return "".join(code.split()).upper()


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


def _simulator_screens(session: WorkshopSession, rows: list[BoardRow]) -> None:
    """Fill in the simulator screen of everyone whose step holds a simulator
    (one query for the whole room; none when no step holds one)."""
    inside = []
    for row in rows:
        blocks = row.step.blocks if row.step else ()
        simulator = next((b for b in blocks if b.block_type == "simulator"), None)
        if simulator is not None:
            inside.append((row, simulator))
    if not inside:
        return
    statuses = simulator_statuses_for_users(
        lesson_id=session.guided_lesson_id,
        user_ids={row.participation.beneficiary.user_id for row, _s in inside},
    )
    for row, simulator in inside:
        total = len(simulator.value["screens"])
        status = statuses.get(
            (row.participation.beneficiary.user_id, str(simulator.id))
        )
        done = status.screens_done if status else 0
        row.simulator_total = total
        row.simulator_screen = min(done + 1, total) if done < total else None


def board_get(*, session: WorkshopSession) -> dict:
    """Each participant's step in this session and call for help, and their
    screen inside a simulator; three queries whatever the room's size."""
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
    _simulator_screens(session, rows)
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
