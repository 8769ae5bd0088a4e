"""Two simultaneous submissions of one answer count once (real PostgreSQL)."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from quizzes.models import Answer, QuestionKind
from quizzes.services import answer_submit, attempt_start
from tests import builders
from tests.quizzes import factories

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks need PostgreSQL; SQLite serialises writes anyway",
)


@pytest.mark.django_db(transaction=True)
def test_simultaneous_submissions_of_one_answer_count_once():
    learner = builders.user()
    q1 = factories.question(QuestionKind.TRUE_FALSE)
    q2 = factories.question(QuestionKind.TRUE_FALSE)
    attempt = attempt_start(user=learner, quiz=factories.quiz(q1, q2))
    barrier = threading.Barrier(4)
    outcomes = []

    def submit(text):
        try:
            barrier.wait()
            answer_submit(
                user=learner, attempt_id=attempt.pk, question_id=q1.pk, text=text
            )
            outcomes.append("saved")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=submit, args=(t,))
        for t in ("true", "false", "true", "false")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["refused", "refused", "refused", "saved"]
    assert Answer.objects.filter(attempt=attempt, question=q1).count() == 1
    attempt.refresh_from_db()
    assert attempt.score == 0  # not finished: one question left


@pytest.mark.django_db(transaction=True)
def test_simultaneous_learners_are_all_counted_in_the_statistics():
    from quizzes.models import QuestionTally, QuizTally

    question = factories.question(QuestionKind.TRUE_FALSE)
    quiz = factories.quiz(question)
    learners = [builders.user() for _ in range(6)]
    attempts = [attempt_start(user=person, quiz=quiz) for person in learners]
    QuizTally.objects.all().delete()  # the first answers race to create the rows
    barrier = threading.Barrier(len(learners))

    def submit(person, attempt):
        try:
            barrier.wait()
            answer_submit(
                user=person, attempt_id=attempt.pk, question_id=question.pk, text="true"
            )
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=submit, args=pair)
        for pair in zip(learners, attempts, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    tally = QuestionTally.objects.get(quiz=quiz, question=question)
    assert (tally.answered, tally.right) == (6, 6)
    assert QuizTally.objects.get(quiz=quiz).finished == 6
