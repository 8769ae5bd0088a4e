"""A professional plans a workshop, enrols a beneficiary and takes attendance on
a phone; the list, the form and the attendance page pass axe."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from demo.services import DEMO_PASSWORD, demo_load
from people.models import BeneficiaryProfile
from tests.browser.conftest import axe_violations, sign_in
from workshops.models import Attendance, Participation


@pytest.mark.django_db(transaction=True)
def test_a_professional_plans_a_workshop_and_takes_attendance(live_server, new_page):
    demo_load()
    fatou = BeneficiaryProfile.objects.get(login_code="CRBB45")
    marcel = BeneficiaryProfile.objects.get(login_code="CRBC67")
    page = new_page(width=360, height=780)
    sign_in(page, live_server.url, "pro.corbeil", DEMO_PASSWORD)
    page.get_by_role("link", name="Ateliers", exact=True).click()
    expect(page.get_by_role("heading", name="Ateliers animés", level=1)).to_be_visible()
    found = {"liste": axe_violations(page)}

    page.get_by_role("link", name="Planifier un atelier").click()
    found["formulaire"] = axe_violations(page)
    day = timezone.localdate() + datetime.timedelta(days=3)
    page.get_by_label("Structure").select_option(
        label="Centre social Les Tilleuls (Corbeil-Essonnes)"
    )
    page.get_by_label("Titre de l'atelier").fill("Envoyer une pièce jointe")
    page.get_by_label("Date").fill(day.isoformat())
    page.get_by_label("Heure de début").fill("14:00")
    page.get_by_label("Nombre de places").fill("6")
    page.get_by_label("E-mail").check()
    page.get_by_role("button", name="Planifier l'atelier").click()
    expect(page.get_by_text("L'atelier est planifié.")).to_be_visible()

    page.get_by_label("Personne à inscrire").select_option(value=str(fatou.pk))
    page.get_by_role("button", name="Inscrire", exact=True).click()
    expect(page.get_by_text("La personne est inscrite.")).to_be_visible()

    page.get_by_role("group", name="Fatou").get_by_label("Présent").check()
    page.get_by_label("Ajouter une personne présente").select_option(
        value=str(marcel.pk)
    )
    found["présences"] = axe_violations(page)
    page.get_by_role("button", name="Enregistrer les présences").click()
    expect(page.get_by_text("Les présences sont enregistrées.")).to_be_visible()
    expect(page.get_by_role("group", name="Marcel")).to_be_visible()
    found["après"] = axe_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0

    marks = dict(
        Participation.objects.filter(
            session__title="Envoyer une pièce jointe"
        ).values_list("beneficiary_id", "attendance")
    )
    assert marks == {fatou.pk: Attendance.PRESENT, marcel.pk: Attendance.PRESENT}
    assert {k: v for k, v in found.items() if v} == {}
