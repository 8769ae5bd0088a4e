"""The statistics counters move with grading and marking, and always equal a
recount of the attempts and answers (quizzes.tallies)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from people import roles
from people.services import roles_setup
from quizzes.models import Answer, AnswerStatus, Question, QuestionTally, QuizTally
from quizzes.selectors import quiz_statistics_get
from quizzes.services import answer_mark, answer_submit, attempt_start
from quizzes.tallies import quiz_tallies_recount
from tests import builders
from tests.quizzes import factories


@pytest.fixture(autouse=True)
def _groups(db):
    roles_setup()


def _snapshot():
    return (
        sorted(
            QuizTally.objects.values_list("quiz_id", "attempts", "finished", "passed")
        ),
        sorted(
            QuestionTally.objects.filter(answered__gt=0).values_list(
                "quiz_id", "question_id", "answered", "right", "partial"
            )
        ),
    )


def _play(quiz, user, *, right: bool, stop_after: int | None = None):
    """Answer every question (right or wrong), or only the first few."""
    attempt = attempt_start(user=user, quiz=quiz)
    questions = Question.objects.in_bulk(attempt.question_ids)
    for pk in attempt.question_ids[:stop_after]:
        q = questions[pk]
        if q.kind in ("single", "multiple"):
            ids = (
                factories.correct_choice_ids(q)
                if right
                else factories.wrong_choice_ids(q)
            )
            answer_submit(
                user=user, attempt_id=attempt.pk, question_id=pk, choice_ids=ids
            )
        else:
            text = {"true_false": "true" if right else "false"}.get(
                q.kind, "arobase" if right else "je ne sais pas"
            )
            answer_submit(user=user, attempt_id=attempt.pk, question_id=pk, text=text)
    return attempt


def test_counters_equal_a_recount_after_attempts_and_marking(db):
    quiz = factories.every_kind_quiz(pass_mark=50)
    other = factories.quiz(factories.question("true_false"), pass_mark=100)
    trainer = builders.user(group=roles.TRAINER)
    good, bad, zero, unmarked, partial = (builders.user() for _ in range(5))
    for user, right in [(good, True), (bad, False), (zero, True), (unmarked, True)]:
        _play(quiz, user, right=right)
    _play(quiz, partial, right=True, stop_after=2)
    _play(other, good, right=True)
    _play(other, bad, right=False)
    open_answers = {
        a.attempt.user_id: a
        for a in Answer.objects.filter(status=AnswerStatus.PENDING).select_related(
            "attempt"
        )
    }
    answer_mark(by=trainer, answer_id=open_answers[good.pk].pk, points=2)
    answer_mark(by=trainer, answer_id=open_answers[bad.pk].pk, points=1)
    answer_mark(by=trainer, answer_id=open_answers[zero.pk].pk, points=0)

    counted = _snapshot()
    quiz_tallies_recount()
    assert counted == _snapshot()

    stats = quiz_statistics_get(quiz=quiz)
    # 5 started; 3 marked and finished (good and zero pass, bad fails);
    # unmarked waits for review; partial is still in progress.
    assert (stats.attempts, stats.finished, stats.passed) == (5, 3, 2)
    by_kind = {row.question.kind: row for row in stats.questions}
    open_question = by_kind["open"].question
    assert by_kind["open"].answered == open_question.answers.count() >= 4
    assert by_kind["open"].right == 2  # 2 and 1 points count, 0 does not
    assert by_kind["true_false"].right == 3 + (
        partial.quiz_attempts.get().answers.filter(question__kind="true_false").count()
    )
    other_stats = quiz_statistics_get(quiz=other)
    assert (other_stats.attempts, other_stats.finished, other_stats.passed) == (2, 2, 1)


def test_erasing_a_learner_takes_their_attempts_out_of_the_counters(db):
    quiz = factories.quiz(factories.question("true_false"), pass_mark=50)
    stays, leaves = builders.user(), builders.user()
    _play(quiz, stays, right=True)
    _play(quiz, leaves, right=True)
    leaves.delete()

    stats = quiz_statistics_get(quiz=quiz)
    assert (stats.attempts, stats.finished, stats.passed) == (1, 1, 1)
    assert [(row.answered, row.right) for row in stats.questions] == [(1, 1)]
    counted = _snapshot()
    quiz_tallies_recount()
    assert counted == _snapshot()


def test_statistics_read_the_counters_never_the_attempts_or_answers(db):
    quiz = factories.quiz(*[factories.question("true_false") for _ in range(3)])
    for i in range(4):
        _play(quiz, builders.user(), right=i % 2 == 0)
    with CaptureQueriesContext(connection) as ctx:
        quiz_statistics_get(quiz=quiz)
    tables = " ".join(query["sql"] for query in ctx.captured_queries)
    assert len(ctx.captured_queries) == 3
    assert "quizzes_answer" not in tables
    assert "quizzes_attempt" not in tables


def test_a_quiz_nobody_tried_shows_zeros(db):
    quiz = factories.quiz(factories.question("true_false"))
    stats = quiz_statistics_get(quiz=quiz)
    assert (stats.attempts, stats.finished, stats.pass_rate) == (0, 0, None)
    assert [(row.answered, row.success_rate) for row in stats.questions] == [(0, None)]


def test_recount_rebuilds_counters_lost_or_wrong(db):
    quiz = factories.quiz(factories.question("true_false"), pass_mark=50)
    _play(quiz, builders.user(), right=True)
    _play(quiz, builders.user(), right=False)
    expected = _snapshot()
    QuizTally.objects.update(attempts=99)
    QuestionTally.objects.all().delete()
    assert quiz_tallies_recount() == 1
    assert _snapshot() == expected


def test_partial_answers_are_counted_apart_and_equal_a_recount(db):
    multiple = factories.question("multiple")
    numerical = factories.question("numerical")
    matching = factories.question("matching")
    quiz = factories.quiz(multiple, numerical, matching, pass_mark=50)
    halfway, leaves = builders.user(), builders.user()
    for user in (halfway, leaves):
        attempt = attempt_start(user=user, quiz=quiz)
        answer_submit(
            user=user,
            attempt_id=attempt.pk,
            question_id=multiple.pk,
            choice_ids=factories.correct_choice_ids(multiple)[:1],
        )
        answer_submit(
            user=user, attempt_id=attempt.pk, question_id=numerical.pk, text="7,8"
        )
        first, *others = matching.pairs.order_by("sort_order")
        answer_submit(
            user=user,
            attempt_id=attempt.pk,
            question_id=matching.pk,
            matches={str(first.pk): first.pk}
            | {str(p.pk): others[0].pk for p in others},
        )
    stats = quiz_statistics_get(quiz=quiz)
    assert [(r.answered, r.right, r.partial) for r in stats.questions] == [
        (2, 0, 2),
        (2, 0, 2),
        (2, 0, 2),
    ]
    assert stats.questions[0].partial_rate == 100
    counted = _snapshot()
    quiz_tallies_recount()
    assert counted == _snapshot()
    leaves.delete()
    assert [r.partial for r in quiz_statistics_get(quiz=quiz).questions] == [1, 1, 1]
    counted = _snapshot()
    quiz_tallies_recount()
    assert counted == _snapshot()
