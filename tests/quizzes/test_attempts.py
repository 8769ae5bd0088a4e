from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from people import roles
from people.services import roles_setup
from quizzes.grading import normalize_text, short_text_matches
from quizzes.models import Answer, AnswerStatus, AttemptState, QuestionKind
from quizzes.services import answer_mark, answer_submit, attempt_start
from tests import builders
from tests.quizzes import factories


@pytest.fixture(autouse=True)
def _groups(db):
    roles_setup()


@pytest.fixture
def quiz(db):
    return factories.every_kind_quiz(pass_mark=50)


def _by_kind(attempt):
    from quizzes.models import Question

    questions = Question.objects.in_bulk(attempt.question_ids)
    return {questions[pk].kind: questions[pk] for pk in attempt.question_ids}


def _answer_all_correctly(user, attempt):
    q = _by_kind(attempt)
    submit = lambda question, **kw: answer_submit(  # noqa: E731
        user=user, attempt_id=attempt.pk, question_id=question.pk, **kw
    )
    submit(q["single"], choice_ids=factories.correct_choice_ids(q["single"]))
    submit(q["multiple"], choice_ids=factories.correct_choice_ids(q["multiple"]))
    submit(q["true_false"], text="true")
    submit(q["short_text"], text="  AROBASE ")
    return submit(
        q["open"], text="Je lui montre comment faire, sans faire à sa place."
    ).answer


@pytest.mark.parametrize(
    ("given", "expected"),
    [("  Arrobase. ", "arrobase"), ("ÉCRAN   tactile", "ecran tactile"), ("", "")],
)
def test_text_is_normalised_for_tolerant_matching(given, expected):
    assert normalize_text(given) == expected


def test_short_text_accepts_any_listed_answer_whatever_case_and_accents():
    assert short_text_matches("Éte", ["ete", "été"])
    assert short_text_matches("@", ["arobase", "@"])
    assert not short_text_matches("", ["arobase"])
    assert not short_text_matches("arobaze", ["arobase"])
    assert short_text_matches("numéro d’allocataire", ["numero d'allocataire"])


def test_a_full_correct_attempt_waits_for_the_open_answer_then_passes(quiz, learner):
    attempt = attempt_start(user=learner, quiz=quiz)
    _answer_all_correctly(learner, attempt)
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.PENDING_REVIEW
    assert attempt.passed is None
    assert (attempt.score, attempt.max_score) == (Decimal(4), Decimal(6))

    trainer = builders.user(group=roles.TRAINER)
    open_answer = attempt.answers.get(status=AnswerStatus.PENDING)
    answer_mark(by=trainer, answer_id=open_answer.pk, points=2, comment="Très bien.")

    attempt.refresh_from_db()
    assert attempt.state == AttemptState.FINISHED
    assert attempt.score == Decimal(6)
    assert attempt.percent == Decimal(100)
    assert attempt.passed is True


def test_one_of_two_right_boxes_earns_half_the_points(learner, db):
    q = factories.question(QuestionKind.MULTIPLE)
    quiz = factories.quiz(q, pass_mark=60)
    attempt = attempt_start(user=learner, quiz=quiz)
    answer = answer_submit(
        user=learner,
        attempt_id=attempt.pk,
        question_id=q.pk,
        choice_ids=factories.correct_choice_ids(q)[:1],
    ).answer
    attempt.refresh_from_db()
    assert (answer.status, answer.points) == (AnswerStatus.PARTIAL, Decimal("0.5"))
    assert (attempt.state, attempt.passed, attempt.score) == (
        AttemptState.FINISHED,
        False,
        Decimal("0.5"),
    )


def test_a_wrong_box_ticked_with_the_right_ones_scores_nothing_and_fails(learner, db):
    q = factories.question(QuestionKind.MULTIPLE)
    quiz = factories.quiz(q, pass_mark=50)
    attempt = attempt_start(user=learner, quiz=quiz)
    answer = answer_submit(
        user=learner,
        attempt_id=attempt.pk,
        question_id=q.pk,
        choice_ids=factories.correct_choice_ids(q) + factories.wrong_choice_ids(q),
    ).answer
    attempt.refresh_from_db()
    assert answer.status == AnswerStatus.INCORRECT
    assert (attempt.state, attempt.passed, attempt.score) == (
        AttemptState.FINISHED,
        False,
        Decimal(0),
    )


def test_leaving_and_coming_back_resumes_the_same_attempt(quiz, learner):
    first = attempt_start(user=learner, quiz=quiz)
    assert attempt_start(user=learner, quiz=quiz).pk == first.pk


def test_a_single_attempt_quiz_refuses_a_second_attempt(learner, db):
    q = factories.question(QuestionKind.TRUE_FALSE)
    quiz = factories.quiz(q, single_attempt=True)
    attempt = attempt_start(user=learner, quiz=quiz)
    answer_submit(user=learner, attempt_id=attempt.pk, question_id=q.pk, text="true")
    with pytest.raises(ValidationError, match="qu'une fois"):
        attempt_start(user=learner, quiz=quiz)


def test_a_draft_quiz_cannot_be_started(learner, db):
    quiz = factories.quiz(factories.question(), draft=True)
    with pytest.raises(ValidationError, match="pas encore publié"):
        attempt_start(user=learner, quiz=quiz)


def test_a_random_draw_is_fixed_for_the_attempt(learner, db):
    questions = [factories.question(QuestionKind.TRUE_FALSE) for _ in range(6)]
    quiz = factories.quiz(*questions, random_order=True, max_questions=3)
    attempt = attempt_start(user=learner, quiz=quiz)
    assert len(attempt.question_ids) == 3
    assert set(attempt.question_ids) <= {q.pk for q in questions}
    again = attempt_start(user=learner, quiz=quiz)
    assert again.question_ids == attempt.question_ids


def test_choices_can_be_ordered_alphabetically(learner, db):
    q = factories.question(QuestionKind.SINGLE, choice_order="alphabetical")
    attempt = attempt_start(user=learner, quiz=factories.quiz(q))
    texts = [q.choices.get(pk=pk).text for pk in attempt.choice_orders[str(q.pk)]]
    assert texts == sorted(texts, key=str.casefold)


class TestBadInputChangesNothing:
    @pytest.fixture
    def setup(self, quiz, learner):
        attempt = attempt_start(user=learner, quiz=quiz)
        return attempt, _by_kind(attempt)

    def _assert_untouched(self, attempt):
        attempt.refresh_from_db()
        assert attempt.score == 0
        assert attempt.state == AttemptState.IN_PROGRESS

    def test_unknown_choice_id(self, setup, learner):
        attempt, q = setup
        with pytest.raises(ValidationError, match="n'existe pas"):
            answer_submit(
                user=learner,
                attempt_id=attempt.pk,
                question_id=q["single"].pk,
                choice_ids=[999999],
            )
        assert not Answer.objects.exists()
        self._assert_untouched(attempt)

    def test_choice_of_another_question(self, setup, learner):
        attempt, q = setup
        with pytest.raises(ValidationError):
            answer_submit(
                user=learner,
                attempt_id=attempt.pk,
                question_id=q["single"].pk,
                choice_ids=factories.correct_choice_ids(q["multiple"])[:1],
            )
        assert not Answer.objects.exists()

    def test_question_outside_the_attempt(self, setup, learner):
        attempt, _q = setup
        stranger = factories.question(QuestionKind.TRUE_FALSE)
        with pytest.raises(ValidationError, match="ne fait pas partie"):
            answer_submit(
                user=learner,
                attempt_id=attempt.pk,
                question_id=stranger.pk,
                text="true",
            )
        assert not Answer.objects.exists()

    def test_same_answer_twice(self, setup, learner):
        attempt, q = setup
        kwargs = {
            "user": learner,
            "attempt_id": attempt.pk,
            "question_id": q["true_false"].pk,
            "text": "true",
        }
        answer_submit(**kwargs)
        with pytest.raises(ValidationError, match="déjà répondu"):
            answer_submit(**{**kwargs, "text": "false"})
        assert Answer.objects.get().text == "true"

    @pytest.mark.parametrize(
        "kind", ["single", "multiple", "true_false", "short_text", "open"]
    )
    def test_empty_answer(self, setup, learner, kind):
        attempt, q = setup
        with pytest.raises(ValidationError):
            answer_submit(user=learner, attempt_id=attempt.pk, question_id=q[kind].pk)
        assert not Answer.objects.exists()

    def test_submission_after_the_attempt_finished(self, learner, db):
        q1 = factories.question(QuestionKind.TRUE_FALSE)
        attempt = attempt_start(user=learner, quiz=factories.quiz(q1))
        answer_submit(
            user=learner, attempt_id=attempt.pk, question_id=q1.pk, text="true"
        )
        with pytest.raises(ValidationError, match="terminé"):
            answer_submit(
                user=learner, attempt_id=attempt.pk, question_id=q1.pk, text="false"
            )
        assert Answer.objects.count() == 1

    def test_someone_elses_attempt(self, setup):
        attempt, q = setup
        with pytest.raises(PermissionDenied):
            answer_submit(
                user=builders.user(),
                attempt_id=attempt.pk,
                question_id=q["true_false"].pk,
                text="true",
            )
        assert not Answer.objects.exists()


def test_marking_is_refused_to_learners_and_out_of_range_points(quiz, learner):
    attempt = attempt_start(user=learner, quiz=quiz)
    open_answer = _answer_all_correctly(learner, attempt)
    with pytest.raises(PermissionDenied):
        answer_mark(by=builders.user(), answer_id=open_answer.pk, points=1)
    trainer = builders.user(group=roles.TRAINER)
    with pytest.raises(ValidationError, match="de 0 à 2"):
        answer_mark(by=trainer, answer_id=open_answer.pk, points=3)
    open_answer.refresh_from_db()
    assert open_answer.status == AnswerStatus.PENDING


def test_an_answer_says_which_question_comes_next(learner, db):
    first, second = (factories.question(QuestionKind.TRUE_FALSE) for _n in range(2))
    quiz = factories.quiz(first, second)
    attempt = attempt_start(user=learner, quiz=quiz)
    later = attempt.question_ids[1]
    submitted = answer_submit(
        user=learner, attempt_id=attempt.pk, question_id=later, text="true"
    )
    # The one left unanswered is asked next, wherever it stands.
    assert submitted.next_position == 1
    assert submitted.attempt.state == AttemptState.IN_PROGRESS
    submitted = answer_submit(
        user=learner,
        attempt_id=attempt.pk,
        question_id=attempt.question_ids[0],
        text="true",
    )
    assert submitted.next_position is None
    assert submitted.attempt.state == AttemptState.FINISHED
