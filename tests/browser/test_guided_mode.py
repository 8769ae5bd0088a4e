"""Guided mode in two windows: the professional starts the session on a
computer; a beneficiary joins with the code on a phone (360 px), goes forward
two steps and asks for help; the professional's board shows both within a few
seconds, without reloading. Every page passes axe."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import Audience, CoursePage
from demo.services import DEMO_PASSWORD
from people.models import BeneficiaryProfile, User
from tests.browser.conftest import axe_violations, sign_in
from workshops import guided
from workshops.models import Participation
from workshops.services import session_create, session_enrol


@pytest.mark.django_db(transaction=True)
def test_a_room_follows_a_lesson_and_the_board_shows_who_is_stuck(
    live_server, new_page, demo
):
    pro = User.objects.get(username="pro.corbeil")
    fatou = BeneficiaryProfile.objects.get(login_code="CRBB45")
    course = (
        CoursePage.objects.live()
        .filter(audience=Audience.BENEFICIARY)
        .order_by("path")
        .first()
    )
    start = timezone.localtime() - datetime.timedelta(minutes=5)
    session = session_create(
        by=pro,
        structure=fatou.structure,
        title="Atelier du jour en mode guidé",
        date=start.date(),
        start_time=start.time().replace(second=0, microsecond=0),
        courses=[course],
    )
    session_enrol(by=pro, session=session, beneficiary=fatou)
    lesson = guided.lessons_to_choose(session)[0][1][0]
    total = len(guided.lesson_steps(lesson))
    assert total >= 3, "the first demo lesson needs at least three steps"

    board = new_page(width=1280)
    sign_in(board, live_server.url, "pro.corbeil", DEMO_PASSWORD)
    board.goto(f"{live_server.url}/ateliers-animes/{session.pk}/")
    board.get_by_role("link", name="Mode guidé").click()
    found = {"tableau (avant)": axe_violations(board)}
    board.get_by_label("Leçon suivie ensemble").select_option(value=str(lesson.pk))
    board.get_by_role("button", name="Lancer le mode guidé").click()
    expect(board.get_by_text("Le mode guidé est lancé")).to_be_visible()
    code = board.locator(".join-code__code [aria-hidden]").inner_text().strip()
    assert len(code) == guided.CODE_LENGTH
    expect(
        board.get_by_role("img", name="QR code pour rejoindre l’atelier")
    ).to_be_visible()
    found["tableau"] = axe_violations(board)
    # Marks the page: a reload would wipe it.
    board.evaluate("window.notReloaded = true")

    phone = new_page(width=360, height=780)
    phone.goto(f"{live_server.url}/atelier/")
    found["rejoindre"] = axe_violations(phone)
    phone.get_by_label("Code de l'atelier").fill(code.lower())
    phone.get_by_role("button", name="Rejoindre").click()
    expect(phone.get_by_role("heading", name="Qui êtes-vous ?")).to_be_visible()
    found["qui êtes-vous"] = axe_violations(phone)
    phone.get_by_label("Fatou").check()
    phone.get_by_label("Code secret (PIN)").fill("4827")
    phone.get_by_role("button", name="Entrer dans l'atelier").click()
    expect(phone.get_by_text(f"Étape 1 sur {total}")).to_be_visible()
    expect(phone.get_by_text("Vous êtes Fatou.")).to_be_visible()
    found["étape"] = axe_violations(phone)
    phone.get_by_role("button", name="Étape suivante").click()
    expect(phone.get_by_text(f"Étape 2 sur {total}")).to_be_visible()
    phone.get_by_role("button", name="Étape suivante").click()
    expect(phone.get_by_text(f"Étape 3 sur {total}")).to_be_visible()
    phone.get_by_role("button", name="J'ai besoin d'aide").click()
    expect(phone.get_by_text("Votre demande est envoyée.")).to_be_visible()
    found["aide demandée"] = axe_violations(phone)
    overflow = phone.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0

    row = board.locator("tr[data-participant='Fatou']")
    expect(row).to_contain_text(f"Étape 3 sur {total}", timeout=12_000)
    expect(row).to_contain_text("Besoin d'aide")
    expect(board.locator("[data-help-summary]")).to_have_text(
        "Fatou demande de l'aide."
    )
    # Screen readers hear it too: the polite live region repeats the summary.
    expect(board.locator("[data-poll-announce]")).to_have_text(
        "Fatou demande de l'aide."
    )
    assert board.evaluate("window.notReloaded") is True

    row.get_by_role("button", name="Aide apportée").click()
    expect(board.get_by_text("La demande d'aide est traitée.")).to_be_visible()
    mine = Participation.objects.get(session=session, beneficiary=fatou)
    assert mine.current_step == 2 and mine.help_requested_at is None
    assert {k: v for k, v in found.items() if v} == {}
