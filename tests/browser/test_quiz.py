"""A quiz taken in Chromium on a phone screen: no answer in the source, axe clean."""

import pytest
from playwright.sync_api import expect

from demo.services import DEMO_PASSWORD
from people.services import roles_setup
from quizzes.models import QuestionKind
from tests import builders
from tests.browser.conftest import axe_violations, sign_in
from tests.quizzes import factories


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [360, 1280])
def test_a_learner_takes_a_quiz_and_every_screen_is_accessible(
    live_server, new_page, width
):
    roles_setup()
    learner = builders.user("apprenante")
    learner.set_password(DEMO_PASSWORD)
    learner.save()
    single = factories.question(
        QuestionKind.SINGLE, text="Quel bouton allume le téléphone ?"
    )
    short = factories.question(
        QuestionKind.SHORT_TEXT, text="Comment s'appelle le signe @ ?"
    )
    quiz = factories.quiz(
        single,
        short,
        title="Exercice : premiers pas",
        pass_mark=50,
        success_text="Bravo, c'est réussi !",
    )
    page = new_page(width=width)
    sign_in(page, live_server.url, "apprenante", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/exercices/{quiz.pk}/")
    found = {"intro": axe_violations(page)}
    with page.expect_navigation():
        page.get_by_role("button", name="Commencer l'exercice").click()

    # Question 1: the page source holds no hint of the right answer.
    expect(page.get_by_text("Question 1 sur 2")).to_be_visible()
    source = page.content()
    assert "Parce que." not in source  # the explanation
    assert "bonne réponse" not in source.lower()
    found["question"] = axe_violations(page)
    page.get_by_role("button", name="Valider ma réponse").click()
    expect(page.get_by_role("alert")).to_contain_text("Choisissez une réponse.")
    found["erreur"] = axe_violations(page)
    page.get_by_label("Le bouton Marche").check()
    page.get_by_role("button", name="Valider ma réponse").click()

    expect(page.get_by_role("status")).to_contain_text("Bonne réponse")
    found["correction"] = axe_violations(page)
    page.get_by_role("link", name="Question suivante").click()
    page.get_by_label("Votre réponse").fill("  Arobase ")
    page.get_by_role("button", name="Valider ma réponse").click()
    page.get_by_role("link", name="Voir mon résultat").click()

    expect(page.locator(".score")).to_contain_text("100 %")
    expect(page.get_by_text("Bravo, c'est réussi !")).to_be_visible()
    found["résultat"] = axe_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0
    assert {k: v for k, v in found.items() if v} == {}


@pytest.mark.django_db(transaction=True)
def test_a_beneficiary_takes_the_demo_quiz_of_a_lesson_on_a_phone(
    live_server, new_page, demo
):
    from courses.models import LessonPage
    from quizzes.models import Question

    lesson = LessonPage.objects.get(slug="allumer-toucher-cliquer")
    page = new_page(width=360)
    sign_in(page, live_server.url, "beneficiaire", DEMO_PASSWORD)
    # The whole lesson, where its exercise closes it.
    page.goto(live_server.url + lesson.whole_url())
    page.get_by_role("link", name="Faire l'exercice").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Commencer l'exercice").click()

    while page.get_by_role("button", name="Valider ma réponse").count():
        text = page.locator(".question__text").inner_text().strip()
        question = Question.objects.get(text=text, source__startswith="demo:")
        source = page.content()
        # Before answering: no explanation, no accepted text, no marker of truth.
        assert question.explanation not in source
        assert "bonne réponse" not in source.lower()
        if question.kind in ("single", "multiple"):
            for choice in question.choices.filter(weight__gt=0):
                page.get_by_label(choice.text, exact=True).check()
        elif question.kind == "true_false":
            label = "Vrai" if question.true_false_answer else "Faux"
            page.get_by_label(label, exact=True).check()
        else:
            page.get_by_label("Votre réponse").fill(question.accepted_answer_list[0])
        page.get_by_role("button", name="Valider ma réponse").click()
        expect(page.get_by_role("status")).to_contain_text("Bonne réponse")
        assert question.explanation in page.content()
        with page.expect_navigation():
            page.locator("main a.button--primary").click()

    expect(page.locator(".score")).to_contain_text("100 %")
    expect(page.get_by_text("Exercice réussi")).to_be_visible()
