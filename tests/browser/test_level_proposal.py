"""A beneficiary finishes a course on a phone, the course proposes its target
level, the professional validates it on the beneficiary's page and the new
level shows in « Mes niveaux ». The proposal comes from the real signal chain."""

import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from courses.models import Audience, CoursePage, LessonPage
from demo.services import DEMO_BENEFICIARIES, DEMO_PASSWORD
from diagnostics.models import LevelProposal, LevelRecord, LevelSource, ProposalStatus
from people.models import BeneficiaryProfile
from quizzes.models import Question, QuestionKind
from tests.browser.conftest import axe_violations, sign_in
from tests.simulators.helpers import simulators_complete


def _latest_level(user, area):
    record = (
        LevelRecord.objects.filter(learner=user, area=area)
        .select_related("level")
        .order_by("-recorded_at", "-pk")
        .first()
    )
    return record.level if record else None


def _lessons(course):
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def _quizzes(lesson):
    return [
        block.value["quiz"]
        for block in lesson.body
        if block.block_type == "quiz" and block.value.get("quiz") is not None
    ]


def _course_above_current_level(user):
    """The beneficiary course with the most lessons whose target level is above
    the user's current level in its area."""
    candidates = [
        course
        for course in CoursePage.objects.live()
        .filter(
            audience=Audience.BENEFICIARY,
            competence_area__isnull=False,
            target_level__isnull=False,
        )
        .select_related("competence_area", "target_level")
        .order_by("path")
        if (current := _latest_level(user, course.competence_area)) is None
        or current.rank < course.target_level.rank
    ]
    assert candidates, "la démo n'a plus de parcours au-dessus du niveau de Joseph"
    return max(candidates, key=lambda course: len(_lessons(course)))


def _pass_quiz(page, quiz) -> None:
    """Answer every question right, reading the right answers from the database."""
    page.get_by_role("link", name=re.compile("Faire l'exercice")).click()
    with page.expect_navigation():
        page.get_by_role("button", name="Commencer l'exercice").click()
    while page.get_by_role("button", name="Valider ma réponse").count():
        text = page.locator(".question__text").inner_text().strip()
        question = Question.objects.get(text=text, quiz_questions__quiz=quiz)
        if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            for choice in question.choices.filter(weight__gt=0):
                page.get_by_label(choice.text, exact=True).check()
        elif question.kind == QuestionKind.TRUE_FALSE:
            label = "Vrai" if question.true_false_answer else "Faux"
            page.get_by_label(label, exact=True).check()
        else:
            page.get_by_label("Votre réponse").fill(question.accepted_answer_list[0])
        page.get_by_role("button", name="Valider ma réponse").click()
        expect(page.get_by_role("status")).to_contain_text("Bonne réponse")
        with page.expect_navigation():
            page.locator("main a.button--primary").click()
    expect(page.get_by_text("Exercice réussi")).to_be_visible()


@pytest.mark.django_db(transaction=True)
def test_a_finished_course_proposes_a_level_the_professional_validates(
    live_server, new_page, demo
):
    joseph = next(b for b in DEMO_BENEFICIARIES if b.username == "beneficiaire")
    profile = BeneficiaryProfile.objects.select_related("user").get(
        login_code=joseph.login_code
    )
    user = profile.user
    course = _course_above_current_level(user)
    area, target = course.competence_area, course.target_level
    before = _latest_level(user, area)
    lessons = _lessons(course)
    learner_client = Client()
    learner_client.force_login(user)
    quizzes = {lesson.pk: _quizzes(lesson) for lesson in lessons}
    # Preconditions: the demo still gives a course worth a proposal.
    assert before is not None and before.rank < target.rank
    assert lessons and any(quizzes.values())
    assert not Question.objects.filter(
        quiz_questions__quiz__in=[q for qs in quizzes.values() for q in qs],
        kind=QuestionKind.OPEN,
    ).exists()  # a hand-marked answer would hold the proposal back
    assert not LevelProposal.objects.filter(learner=user).exists()

    found = {}
    phone = new_page(width=360)
    phone.goto(f"{live_server.url}/connexion/")
    phone.get_by_role("link", name="Se connecter avec un code").click()
    phone.get_by_label("Code de connexion").fill(joseph.login_code)
    phone.get_by_label("Code secret (PIN)").fill(joseph.pin)
    phone.get_by_role("button", name="Entrer").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        f"Bonjour {joseph.first_name}"
    )

    phone.goto(live_server.url + course.url)
    expect(phone.get_by_text(f"Niveau visé : {target}")).to_be_visible()
    phone.get_by_role("button", name="Commencer ce parcours").click()
    for number, lesson in enumerate(lessons, start=1):
        expect(phone.get_by_role("heading", level=1)).to_have_text(lesson.title)
        if number == 1:
            found["leçon"] = axe_violations(phone)
        # The whole lesson at once: its exercise and « J'ai terminé » on one page.
        phone.goto(live_server.url + lesson.specific.whole_url())
        for quiz in quizzes[lesson.pk]:
            _pass_quiz(phone, quiz)
            phone.goto(live_server.url + lesson.specific.whole_url())
        # The lesson's simulators (tested on their own) done through the views.
        simulators_complete(learner_client, lesson.specific)
        assert not LevelProposal.objects.filter(learner=user).exists()
        phone.get_by_role("button", name="J'ai terminé cette leçon").click()

    expect(phone.locator(".messages")).to_contain_text("terminé tout le parcours")
    expect(phone.locator(".progress__label")).to_contain_text("100 %")
    found["parcours terminé"] = axe_violations(phone)
    proposal = LevelProposal.objects.get(learner=user)
    assert (proposal.course_id, proposal.area, proposal.level, proposal.status) == (
        course.pk,
        area,
        target,
        ProposalStatus.PENDING,
    )
    assert _latest_level(user, area) == before  # a beneficiary's level waits

    phone.get_by_role("link", name="Mes niveaux").click()
    expect(
        phone.get_by_text(
            f"Vous avez terminé « {course.title} » : votre accompagnateur peut "
            "confirmer que vous savez maintenant"
        )
    ).to_be_visible()
    expect(phone.get_by_role("region", name=area.name)).to_contain_text(str(before))

    desk = new_page(width=1280)
    sign_in(desk, live_server.url, "pro.corbeil", DEMO_PASSWORD)
    desk.get_by_role("link", name="Mes bénéficiaires").click()
    desk.get_by_role("link", name=joseph.first_name, exact=True).click()
    expect(desk.get_by_role("heading", name="Niveaux à valider")).to_be_visible()
    levels = desk.get_by_role("region", name="Niveaux", exact=True)
    card = levels.locator("li.card").filter(has_text=course.title)
    expect(card).to_contain_text(
        f"{joseph.first_name} a terminé « {course.title} » : vous pouvez confirmer"
    )
    expect(card).to_contain_text(
        f"passe au niveau {target.code} ({target.name}) en « {area.name} »."
    )
    found["fiche, proposition"] = axe_violations(desk)

    # Declining needs a reason: the proposal stays pending.
    card.get_by_role("button", name="Refuser").click()
    expect(desk.locator(".messages")).to_contain_text(
        "Indiquez pourquoi vous refusez ce niveau."
    )
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.PENDING

    card.get_by_role("button", name="Valider ce niveau").click()
    expect(desk.locator(".messages")).to_contain_text("Niveau validé.")
    expect(desk.get_by_role("heading", name="Niveaux à valider")).to_have_count(0)
    levels_row = levels.get_by_role("row").filter(
        has=desk.get_by_role("rowheader", name=area.name, exact=True)
    )
    expect(levels_row).to_contain_text(str(target))
    found["fiche, validée"] = axe_violations(desk)

    phone.reload()
    expect(phone.get_by_text("votre accompagnateur peut confirmer")).to_have_count(0)
    expect(phone.get_by_role("region", name=area.name)).to_contain_text(str(target))
    found["mes niveaux"] = axe_violations(phone)

    proposal.refresh_from_db()
    pro = profile.structure.memberships.get().user
    assert (proposal.status, proposal.decided_by) == (ProposalStatus.VALIDATED, pro)
    record = LevelRecord.objects.filter(learner=user, area=area).latest(
        "recorded_at", "pk"
    )
    assert (record.level, record.source, record.course_id, record.recorded_by) == (
        target,
        LevelSource.COURSE,
        course.pk,
        pro,
    )
    assert {name: v for name, v in found.items() if v} == {}
