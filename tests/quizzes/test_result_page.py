"""The result page explains a partly right answer and offers to try again."""

import pytest
from django.urls import reverse

from people.services import roles_setup
from quizzes.models import Attempt, QuestionKind
from quizzes.services import answer_submit, attempt_start
from tests.quizzes import factories


@pytest.fixture(autouse=True)
def _groups(db):
    roles_setup()


def _finish_with(learner, quiz, choice_ids):
    attempt = attempt_start(user=learner, quiz=quiz)
    question = quiz.quiz_questions.get().question
    answer_submit(
        user=learner,
        attempt_id=attempt.pk,
        question_id=question.pk,
        choice_ids=choice_ids,
    )
    return attempt


def test_one_right_box_of_two_is_explained(client, learner):
    question = factories.question(QuestionKind.MULTIPLE)
    quiz = factories.quiz(question)
    right = factories.correct_choice_ids(question)
    attempt = _finish_with(
        learner, quiz, right[:1] + factories.wrong_choice_ids(question)
    )
    client.force_login(learner)
    page = client.get(reverse("quizzes:attempt_result", args=[attempt.pk]))
    text = page.content.decode()
    assert "Vous avez trouvé 1 bonne réponse sur 2." in text
    assert "Vous avez aussi coché 1 réponse fausse." in text
    # Each box says what it was: the wrong one ticked is marked so, and both
    # right ones read « bonne réponse », not their share of the points.
    assert text.count("pas la bonne réponse") == 1
    assert '<li class="is-wrong">' in text
    assert text.count(">bonne réponse<") == 2
    assert "% des points" not in text


def test_all_right_boxes_say_so_without_a_warning(client, learner):
    question = factories.question(QuestionKind.MULTIPLE)
    quiz = factories.quiz(question)
    attempt = _finish_with(learner, quiz, factories.correct_choice_ids(question))
    client.force_login(learner)
    text = client.get(reverse("quizzes:attempt_result", args=[attempt.pk])).content
    assert "Vous avez trouvé 2 bonnes réponses sur 2." in text.decode()
    assert "il faut cocher toutes les bonnes réponses" not in text.decode()


@pytest.mark.parametrize(("single", "offered"), [(False, True), (True, False)])
def test_try_again_is_offered_when_the_quiz_allows_it(client, learner, single, offered):
    question = factories.question(QuestionKind.SINGLE)
    quiz = factories.quiz(question, single_attempt=single)
    attempt = _finish_with(learner, quiz, factories.wrong_choice_ids(question))
    client.force_login(learner)
    text = client.get(reverse("quizzes:attempt_result", args=[attempt.pk])).content
    assert ("Recommencer l'exercice" in text.decode()) is offered
    # What to do next stands under the verdict, before a long review of the
    # questions, and again after it.
    html = text.decode()
    questions = html.index("Les questions")
    assert html.index("Présentation de l'exercice") < questions
    assert html.rindex("Présentation de l'exercice") > questions
    if offered:
        client.post(reverse("quizzes:quiz_start", args=[quiz.pk]))
        assert Attempt.objects.filter(user=learner, quiz=quiz).count() == 2
