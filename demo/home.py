"""What the professional's home « À faire » shows in the demo (issue 15): a
level proposal waiting for Nadia (Marcel finished the first beneficiary course)
and a session held three days ago whose attendance is marked but whose report
is not written yet. Every name is fictitious."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from courses.models import Audience, CoursePage, LessonPage
from courses.services import enrollment_create, lesson_complete
from diagnostics.models import LevelProposal, ProposalStatus
from people.models import BeneficiaryProfile
from workshops.models import Attendance, WorkshopSession
from workshops.services import attendance_set, session_create, session_enrol

UNREPORTED_TITLE = "Les mots de passe sans stress"
PROPOSAL_LEARNER = "CRBC67"


def _unreported_session_load(pro, structure, today) -> int:
    if WorkshopSession.objects.filter(
        structure=structure, title=UNREPORTED_TITLE
    ).exists():
        return 0
    session = session_create(
        by=pro,
        structure=structure,
        title=UNREPORTED_TITLE,
        date=today - datetime.timedelta(days=3),
        start_time=datetime.time(14, 0),
        duration_minutes=90,
        place="Salle informatique",
        capacity=8,
        themes=["prendre_en_main_du_materiel"],
    )
    for profile in BeneficiaryProfile.objects.filter(structure=structure).order_by(
        "login_code"
    )[:2]:
        session_enrol(by=pro, session=session, beneficiary=profile)
        attendance_set(
            by=pro, session=session, beneficiary=profile, attendance=Attendance.PRESENT
        )
    return 1


def _pending_proposal_load() -> int:
    """Marcel has done every lesson of the first beneficiary course; its level
    waits for the professional. Made directly: the demo's quiz answers are
    not played through here."""
    profile = BeneficiaryProfile.objects.select_related("user").get(
        login_code=PROPOSAL_LEARNER
    )
    course = (
        CoursePage.objects.live()
        .filter(audience=Audience.BENEFICIARY, target_level__isnull=False)
        .exclude(competence_area__isnull=True)
        .order_by("path")
        .first()
    )
    if course is None or LevelProposal.objects.filter(learner=profile.user).exists():
        return 0
    enrollment_create(user=profile.user, course=course)
    for lesson in LessonPage.objects.in_course(course):
        lesson_complete(user=profile.user, lesson=lesson)
    LevelProposal.objects.get_or_create(
        learner=profile.user,
        course=course,
        status=ProposalStatus.PENDING,
        defaults={"area": course.competence_area, "level": course.target_level},
    )
    return 1


@transaction.atomic
def demo_home_load() -> int:
    """The demo's to-dos for Nadia (pro.corbeil), once; returns how many rows
    were created (0 when they exist)."""
    pro = get_user_model().objects.get(username="pro.corbeil")
    structure = pro.memberships.select_related("structure").first().structure
    today = timezone.localdate()
    return _unreported_session_load(pro, structure, today) + _pending_proposal_load()
