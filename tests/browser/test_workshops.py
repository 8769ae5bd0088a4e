"""A professional plans a workshop, enrols a beneficiary, takes attendance, adds a
person without an account, takes someone off the list and cancels the session, on
a phone; every page on the way passes axe."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from demo.services import DEMO_PASSWORD
from people.models import BeneficiaryProfile
from tests.browser.conftest import axe_violations, sign_in
from workshops.models import Attendance, Participation


@pytest.mark.django_db(transaction=True)
def test_a_professional_plans_a_workshop_and_takes_attendance(
    live_server, new_page, demo
):
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

    # Someone came without an account: created and marked present in one step.
    page.get_by_role("link", name="Ajouter une personne présente sans compte").click()
    found["nouvelle personne"] = axe_violations(page)
    page.get_by_label("Prénom ou pseudonyme").fill("Lucie")
    page.get_by_label("La personne a été informée").check()
    page.get_by_role("button", name="Créer le compte et noter sa présence").click()
    expect(page.get_by_text("Code secret de Lucie")).to_be_visible()  # no elision
    lucie = BeneficiaryProfile.objects.get(user__first_name="Lucie")
    expect(page.get_by_text(lucie.login_code).first).to_be_visible()
    assert Participation.objects.get(beneficiary=lucie).attendance == (
        Attendance.PRESENT
    )

    # Back to the session: take Marcel off the list, then cancel it.
    page.get_by_role("link", name="Ateliers", exact=True).click()
    page.get_by_role("link", name="Envoyer une pièce jointe").click()
    page.get_by_role("link", name="Retirer Marcel de la liste").click()
    found["retrait"] = axe_violations(page)
    page.get_by_role("button", name="Oui, retirer de la liste").click()
    expect(page.get_by_text("Marcel ne fait plus partie de la liste.")).to_be_visible()

    # Fewer seats than people on the list is refused; the date stays filled in.
    page.get_by_role("link", name="Modifier l'atelier").click()
    found["modification"] = axe_violations(page)
    page.get_by_label("Nombre de places").fill("1")
    page.get_by_role("button", name="Enregistrer les modifications").click()
    expect(page.get_by_text("2 personnes sont déjà sur la liste")).to_be_visible()
    page.get_by_label("Nombre de places").fill("3")
    page.get_by_role("button", name="Enregistrer les modifications").click()
    expect(page.get_by_text("Les modifications sont enregistrées.")).to_be_visible()
    expect(page.get_by_text("2 / 3")).to_be_visible()

    page.get_by_role("link", name="Annuler l'atelier").click()
    found["annulation"] = axe_violations(page)
    page.get_by_role("button", name="Oui, annuler l'atelier").click()
    expect(page.get_by_text("Indiquez le motif de l'annulation.")).to_be_visible()
    page.get_by_label("Motif de l'annulation").fill("Salle indisponible.")
    page.get_by_role("button", name="Oui, annuler l'atelier").click()
    expect(page.get_by_text("L'atelier est annulé.")).to_be_visible()
    expect(page.get_by_text("Salle indisponible.")).to_be_visible()
    expect(page.get_by_role("button", name="Enregistrer les présences")).to_have_count(
        0
    )
    found["annulé"] = axe_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0
    page.get_by_role("link", name="Ateliers", exact=True).click()
    row = page.get_by_role("row", name="Envoyer une pièce jointe")
    expect(row.get_by_text("Annulé")).to_be_visible()
    assert sorted(
        Participation.objects.filter(
            session__title="Envoyer une pièce jointe"
        ).values_list("beneficiary_id", flat=True)
    ) == sorted([fatou.pk, lucie.pk])

    # The structure's indicators and records, then a report form (demo data).
    page.get_by_role("link", name="Indicateurs", exact=True).click()
    start = timezone.localdate() - datetime.timedelta(days=30)
    page.get_by_label("Début de la période").fill(start.isoformat())
    page.get_by_role("button", name="Afficher").click()
    expect(page.get_by_role("table", name="Ateliers de la période")).to_be_visible()
    found["indicateurs"] = axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0
    page.get_by_role(
        "link", name="Modifier le compte rendu de « Découvrir la tablette »"
    ).click()
    found["compte rendu"] = axe_violations(page)
    page.get_by_role("button", name="Enregistrer le compte rendu").click()
    expect(page.get_by_text("Le compte rendu est enregistré.")).to_be_visible()
    assert {k: v for k, v in found.items() if v} == {}
