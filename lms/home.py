"""Where a person lands after signing in, and the learner's home page.

The home gathers what three apps know about one learner (courses, levels,
workshops); it lives in the project, above them all, so none of them has to
import upward."""

import datetime
from dataclasses import dataclass

from courses.models import Audience, CoursePage
from courses.selectors import CourseCard, my_learning_get
from diagnostics.selectors import learner_standing_get
from people import roles
from workshops.models import WorkshopSession
from workshops.selectors import upcoming_sessions_for_learner


@dataclass
class LearnerHome:
    name: str
    # The course « Continuer » resumes: the latest one started and not finished,
    # or else the recommended one.
    resume: CoursePage | None
    started: bool
    cards: list[CourseCard]
    sessions: list[WorkshopSession]
    recommended: CoursePage | None
    recommended_reason: str  # the area whose next level it aims at, or ""


def learner_audience(user) -> str:
    return (
        Audience.BENEFICIARY
        if roles.user_has_role(user, roles.BENEFICIARY)
        else Audience.PROFESSIONAL
    )


def _recommended(
    *, user, audience: str, skip: set[int]
) -> tuple[CoursePage | None, str]:
    """The next course from the learner's levels (the first area, by number,
    whose next level a course aims at); without levels, the first course of the
    audience's catalogue at the lowest level (5 queries at most)."""
    for standing in sorted(
        learner_standing_get(user=user, audience=audience),
        key=lambda each: each.area.number,
    ):
        for course in standing.courses:
            if course.pk not in skip:
                return course, standing.area.name
    course = (
        CoursePage.objects.live()
        .filter(audience=audience)
        .exclude(pk__in=skip)
        .order_by("target_level__rank", "path")
        .first()
    )
    return course, ""


def learner_home_get(*, user, today: datetime.date) -> LearnerHome:
    """Everything the learner's home shows, in 9 queries at most whatever the
    number of courses, records or sessions."""
    cards = my_learning_get(user=user)
    in_progress = [card for card in cards if not card.progress.complete]
    recommended, reason = _recommended(
        user=user,
        audience=learner_audience(user),
        skip={card.course.pk for card in cards},
    )
    return LearnerHome(
        name=user.display_name,
        resume=in_progress[0].course if in_progress else recommended,
        started=bool(in_progress),
        cards=cards,
        sessions=upcoming_sessions_for_learner(user=user, today=today),
        recommended=recommended,
        recommended_reason=reason,
    )


def landing_url_name(user) -> str:
    """The page a person lands on after signing in: their own work, never an
    empty page (beneficiaries: their home; professionals: what needs doing in
    their structures, one click from its dashboard; coordinators: the network's
    dashboard; authors: the administration)."""
    names = roles.user_role_names(user)
    if roles.BENEFICIARY in names:
        return "learner_home"
    if roles.COORDINATOR in names:
        return "dashboards:network"
    if roles.PROFESSIONAL in names:
        return "dashboards:todo"
    if user.is_superuser or not names.isdisjoint(roles.ADMIN_ROLES):
        return "wagtailadmin_home"
    return "learner_home"
