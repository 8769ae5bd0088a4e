"""Demo workshops in the Corbeil centre: two past sessions with attendance and
an activity report, one held today (to try the guided mode), an upcoming one
with enrolled beneficiaries, and two individual accompaniments with their
reports, so the indicators show figures. Every name and remark is fictitious."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from courses.models import Audience, CoursePage
from dashboards.attendance import session_attendance_recount
from dashboards.last_active import last_active_recount, present_user_ids
from people.models import BeneficiaryProfile, Structure
from workshops.models import (
    Accompaniment,
    Attendance,
    WorkshopSession,
)
from workshops.reports import report_initial_get, report_save
from workshops.services import (
    accompaniment_create,
    attendance_set,
    session_create,
    session_enrol,
)

PAST_TITLE = "Découvrir la tablette"
SECOND_PAST_TITLE = "Naviguer sur internet"
UPCOMING_TITLE = "Créer son adresse e-mail"
TODAY_TITLE = "Atelier du jour : prendre en main la tablette"

# Past sessions: (title, days ago, hour, duration, themes, marks, remark).
PAST_SESSIONS = [
    (
        PAST_TITLE,
        7,
        14,
        120,
        ["prendre_en_main_du_materiel", "navigation_sur_internet"],
        (
            ("CRBA23", Attendance.PRESENT),
            ("CRBB45", Attendance.PRESENT),
            ("CRBC67", Attendance.EXCUSED),
        ),
        "Bonne dynamique ; revoir le clavier à la prochaine séance.",
    ),
    (
        SECOND_PAST_TITLE,
        21,
        10,
        90,
        ["navigation_sur_internet"],
        (
            ("CRBA23", Attendance.PRESENT),
            ("CRBB45", Attendance.ABSENT),
            ("CRBC67", Attendance.PRESENT),
        ),
        "Recherche d'horaires de bus réussie par chacun.",
    ),
]


def _past_sessions_load(pro, structure, people, today) -> int:
    created = 0
    for title, days_ago, hour, minutes, themes, marks, _remark in PAST_SESSIONS:
        if WorkshopSession.objects.filter(structure=structure, title=title).exists():
            continue
        past = session_create(
            by=pro,
            structure=structure,
            title=title,
            date=today - datetime.timedelta(days=days_ago),
            start_time=datetime.time(hour, 0),
            duration_minutes=minutes,
            place="Salle informatique",
            capacity=8,
            themes=themes,
        )
        for code, mark in marks:
            session_enrol(by=pro, session=past, beneficiary=people[code])
            attendance_set(
                by=pro, session=past, beneficiary=people[code], attendance=mark
            )
        created += 1
    return created


def _reports_load(pro, structure) -> int:
    """A report, pre-filled as the form would be, for each past session and
    accompaniment that has none yet."""
    created = 0
    remarks = {title: remark for title, *_rest, remark in PAST_SESSIONS}
    sessions = WorkshopSession.objects.filter(
        structure=structure,
        title__in=remarks,
        report__isnull=True,
        cancelled_at__isnull=True,
    )
    for session in sessions:
        values = report_initial_get(session=session)
        values["comment"] = remarks[session.title]
        # Two neighbours came without an account: counted, never named.
        values |= {
            "materials": ["ordinateur", "tablette"],
            "participant_count": values["participant_count"] + 2,
            "anon_total": 2,
            "anon_already_helped": 1,
            "anon_gender_feminin": 1,
            "anon_gender_masculin": 1,
            "anon_age_soixante_dix_plus": 1,
            "anon_status_retraite": 1,
        }
        report_save(by=pro, session=session, **values)
        created += 1
    for record in Accompaniment.objects.filter(
        structure=structure, report__isnull=True
    ):
        report_save(
            by=pro, accompaniment=record, **report_initial_get(accompaniment=record)
        )
        created += 1
    return created


def _today_session_load(pro, structure, people, today) -> int:
    """A session dated today, all day long, so that the guided mode can be
    tried whenever the demo runs. Loading the demo again on a later day moves
    it to that day and starts it afresh."""
    session = WorkshopSession.objects.filter(
        structure=structure, title=TODAY_TITLE
    ).first()
    if session is not None:
        if session.date != today:
            WorkshopSession.objects.filter(pk=session.pk).update(
                date=today, guided_ends_at=None, guided_started_at=None, join_code=""
            )
            present = present_user_ids(session.pk)
            session.participations.update(
                attendance=Attendance.UNKNOWN,
                current_step=0,
                help_requested_at=None,
                joined_at=None,
                last_seen_at=None,
            )
            # A bulk update bypasses the dashboards' attendance counters and
            # last activity.
            session_attendance_recount(session.pk)
            last_active_recount(user_ids=present)
        return 0
    course = (
        CoursePage.objects.live()
        .filter(audience=Audience.BENEFICIARY)
        .order_by("path")
        .first()
    )
    session = session_create(
        by=pro,
        structure=structure,
        title=TODAY_TITLE,
        date=today,
        start_time=datetime.time(0, 0),
        duration_minutes=480,
        place="Salle informatique",
        capacity=8,
        themes=["prendre_en_main_du_materiel"],
        courses=[course] if course else [],
    )
    for code in ("CRBA23", "CRBB45"):
        session_enrol(by=pro, session=session, beneficiary=people[code])
    return 1


@transaction.atomic
def demo_workshops_load() -> int:
    """Create the demo sessions, accompaniments and reports once; return how many
    records were created (0 when they already exist)."""
    pro = get_user_model().objects.get(username="pro.corbeil")
    structure = Structure.objects.get(memberships__user=pro)
    people = {
        p.login_code: p for p in BeneficiaryProfile.objects.filter(structure=structure)
    }
    today = timezone.localdate()
    created = _past_sessions_load(pro, structure, people, today)
    created += _today_session_load(pro, structure, people, today)
    if not WorkshopSession.objects.filter(
        structure=structure, title=UPCOMING_TITLE
    ).exists():
        upcoming = session_create(
            by=pro,
            structure=structure,
            title=UPCOMING_TITLE,
            date=today + datetime.timedelta(days=7),
            start_time=datetime.time(10, 0),
            place="Salle informatique",
            capacity=6,
            themes=["email"],
        )
        for code in ("CRBA23", "CRBB45"):
            session_enrol(by=pro, session=upcoming, beneficiary=people[code])
        created += 1
    if not Accompaniment.objects.filter(structure=structure).exists():
        accompaniment_create(
            by=pro,
            structure=structure,
            beneficiary=people["CRBB45"],
            date=today - datetime.timedelta(days=3),
            duration_minutes=45,
            themes=["sante", "aide_aux_demarches_administratives", "social_sante"],
            procedure_detail="Création du compte santé en ligne",
            materials=["telephone"],
            autonomy="entierement_accompagne",
            notes="Compte santé créé ensemble.",
        )
        accompaniment_create(
            by=pro,
            structure=structure,
            date=today - datetime.timedelta(days=2),
            duration_minutes=20,
            themes=["aide_aux_demarches_administratives", "logement"],
            procedure_detail="Demande d'aide au logement",
            materials=["ordinateur"],
            place_type="domicile",
            place_town="Corbeil-Essonnes",
            place_postcode="91100",
            autonomy="partiellement_autonome",
            redirected=True,
            redirection_kind="aide_aux_demarches_administratives",
            redirection_detail="France Services pour la suite du dossier.",
        )
        created += 2
    return created + _reports_load(pro, structure)
