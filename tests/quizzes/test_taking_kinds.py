"""Numerical and matching questions through the pages, and partial results."""

import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from people.services import roles_setup
from quizzes.models import Answer, AnswerStatus, Attempt, QuestionKind
from quizzes.services import answer_submit, attempt_start
from tests.quizzes import factories


@pytest.fixture(autouse=True)
def _groups(db):
    roles_setup()


def _question_url(attempt, position=1):
    return reverse("quizzes:attempt_question", args=[attempt.pk, position])


def test_a_french_decimal_is_accepted_and_graded(client, learner):
    question = factories.question(QuestionKind.NUMERICAL)
    quiz = factories.quiz(question)
    client.force_login(learner)
    client.post(reverse("quizzes:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get()
    page = client.get(_question_url(attempt)).content.decode()
    assert 'inputmode="decimal"' in page
    refused = client.post(_question_url(attempt), {"text": "sept et demi"})
    assert refused.status_code == 400
    assert "Écrivez un nombre, par exemple 3,5." in refused.content.decode()
    client.post(_question_url(attempt), {"text": "7,5"})
    answer = Answer.objects.get()
    assert (answer.text, answer.status, answer.points) == (
        "7,5",
        AnswerStatus.CORRECT,
        Decimal(1),
    )


def test_a_number_near_the_value_earns_part_and_says_so(client, learner):
    question = factories.question(QuestionKind.NUMERICAL)
    quiz = factories.quiz(question)
    client.force_login(learner)
    client.post(reverse("quizzes:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get()
    response = client.post(_question_url(attempt), {"text": "7,9"}, follow=True)
    page = response.content.decode()
    assert "Réponse en partie juste : 50 % des points." in page
    assert "Presque : le compte exact est 7,5." in page
    assert "Réponse attendue : 7,5" in page


def test_matching_shows_a_labelled_select_per_item_without_the_answer(client, learner):
    question = factories.question(QuestionKind.MATCHING)
    quiz = factories.quiz(question)
    client.force_login(learner)
    client.post(reverse("quizzes:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get()
    page = client.get(_question_url(attempt)).content.decode()
    pairs = list(question.pairs.order_by("sort_order"))
    for pair in pairs:
        field = f"id_paire_{pair.pk}"
        assert f'<label for="{field}">{pair.left}</label>' in page
        assert f'<select name="paire_{pair.pk}"' in page
    values = re.findall(r'<option value="(\d+)"', page)
    # Options carry their place in the shuffled list, never a pair's id.
    assert sorted(values) == sorted(["1", "2", "3"] * 3)
    assert "Choisir…" in page


def test_matching_answers_are_graded_per_pair_through_the_page(client, learner):
    question = factories.question(QuestionKind.MATCHING)
    quiz = factories.quiz(question)
    client.force_login(learner)
    client.post(reverse("quizzes:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get()
    order = attempt.choice_orders[str(question.pk)]
    first, second, third = question.pairs.order_by("sort_order")
    place = {pk: position for position, pk in enumerate(order, start=1)}
    missing = client.post(
        _question_url(attempt), {f"paire_{first.pk}": place[first.pk]}
    )
    assert missing.status_code == 400
    assert "Choisissez la réponse qui va avec « Souris »." in missing.content.decode()
    response = client.post(
        _question_url(attempt),
        {
            f"paire_{first.pk}": place[first.pk],
            f"paire_{second.pk}": place[third.pk],
            f"paire_{third.pk}": place[second.pk],
        },
        follow=True,
    )
    answer = Answer.objects.get()
    assert (answer.status, answer.points) == (AnswerStatus.PARTIAL, Decimal("0.33"))
    page = response.content.decode()
    assert "Vous avez relié 1 paire juste sur 3." in page
    assert "Réponse en partie juste : 33 % des points." in page


def test_a_multiple_choice_half_found_says_how_much_was_right(client, learner):
    question = factories.question(QuestionKind.MULTIPLE)
    quiz = factories.quiz(question)
    client.force_login(learner)
    client.post(reverse("quizzes:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get()
    response = client.post(
        _question_url(attempt),
        {"choice": factories.correct_choice_ids(question)[:1]},
        follow=True,
    )
    page = response.content.decode()
    assert "Vous avez trouvé 1 bonne réponse sur 2." in page
    assert "Réponse en partie juste : 50 % des points." in page
    result = client.get(reverse("quizzes:attempt_result", args=[attempt.pk]))
    assert "Votre score : 0,50 sur 1 (50 %)" in result.content.decode()


@pytest.mark.parametrize(
    "matches",
    [{"999": 1}, {}, "pas un dict", {"PAIR": 999999}],
)
def test_bad_matching_answers_are_refused_and_nothing_is_stored(learner, matches):
    question = factories.question(QuestionKind.MATCHING)
    quiz = factories.quiz(question)
    attempt = attempt_start(user=learner, quiz=quiz)
    if isinstance(matches, dict) and "PAIR" in matches:
        matches = {str(p.pk): 999999 for p in question.pairs.all()}
    with pytest.raises(ValidationError):
        answer_submit(
            user=learner,
            attempt_id=attempt.pk,
            question_id=question.pk,
            matches=matches,
        )
    assert not Answer.objects.exists()


def test_a_number_that_is_not_one_is_refused_by_the_service(learner):
    question = factories.question(QuestionKind.NUMERICAL)
    attempt = attempt_start(user=learner, quiz=factories.quiz(question))
    with pytest.raises(ValidationError, match="Écrivez un nombre"):
        answer_submit(
            user=learner, attempt_id=attempt.pk, question_id=question.pk, text="1e5x"
        )
    assert not Answer.objects.exists()


@pytest.mark.parametrize(
    ("said", "shown", "hidden"),
    [
        ("true", "Non : un site peut mentir.", "Exact, vérifiez toujours."),
        ("false", "Exact, vérifiez toujours.", "Non : un site peut mentir."),
    ],
)
def test_a_true_false_answer_shows_the_comment_for_what_was_answered(
    client, learner, said, shown, hidden
):
    question = factories.question(
        QuestionKind.TRUE_FALSE,
        true_false_answer=False,
        true_feedback="Non : un site peut mentir.",
        false_feedback="Exact, vérifiez toujours.",
    )
    quiz = factories.quiz(question)
    client.force_login(learner)
    client.post(reverse("quizzes:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get()
    page = client.post(_question_url(attempt), {"text": said}, follow=True)
    html = page.content.decode()
    assert shown in html
    assert hidden not in html
