"""Demo workshops: a past session with attendance, an upcoming one with enrolled
beneficiaries, and two individual accompaniments in the Corbeil centre."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from people.models import BeneficiaryProfile, Structure
from workshops.models import Accompaniment, Attendance, WorkshopSession
from workshops.services import (
    accompaniment_create,
    attendance_set,
    session_create,
    session_enrol,
)

PAST_TITLE = "Découvrir la tablette"
UPCOMING_TITLE = "Créer son adresse e-mail"


@transaction.atomic
def demo_workshops_load() -> int:
    """Create the demo sessions and accompaniments once; return how many records
    were created (0 when they already exist)."""
    pro = get_user_model().objects.get(username="pro.corbeil")
    structure = Structure.objects.get(memberships__user=pro)
    people = {
        p.login_code: p for p in BeneficiaryProfile.objects.filter(structure=structure)
    }
    today = timezone.localdate()
    created = 0
    if not WorkshopSession.objects.filter(
        structure=structure, title=PAST_TITLE
    ).exists():
        past = session_create(
            by=pro,
            structure=structure,
            title=PAST_TITLE,
            date=today - datetime.timedelta(days=7),
            start_time=datetime.time(14, 0),
            place="Salle informatique",
            capacity=8,
            themes=["materiel", "navigation"],
        )
        for code, mark in (
            ("CRBA23", Attendance.PRESENT),
            ("CRBB45", Attendance.PRESENT),
            ("CRBC67", Attendance.EXCUSED),
        ):
            session_enrol(by=pro, session=past, beneficiary=people[code])
            attendance_set(
                by=pro, session=past, beneficiary=people[code], attendance=mark
            )
        created += 1
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
            themes=["sante", "demarches"],
            autonomy="guidage",
            notes="Compte santé créé ensemble.",
        )
        accompaniment_create(
            by=pro,
            structure=structure,
            date=today - datetime.timedelta(days=2),
            duration_minutes=20,
            themes=["demarches"],
            autonomy="besoin",
            referral="France Services pour la suite du dossier.",
        )
        created += 2
    return created
