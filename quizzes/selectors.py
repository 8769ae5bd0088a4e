"""Reads of the quiz engine, each with a fixed number of queries."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.db.models.functions import Coalesce

from people import roles
from people.selectors import learners_followed_by
from quizzes.grading import matching_choice, matching_number
from quizzes.models import (
    Answer,
    AnswerStatus,
    Attempt,
    Choice,
    MatchingPair,
    NumericalAnswer,
    Question,
    QuestionKind,
    QuestionTally,
    Quiz,
    QuizTally,
)


@dataclass
class MatchRow:
    """A left item of a matching question, with the learner's pick."""

    pair: MatchingPair
    chosen: MatchingPair | None

    @property
    def is_right(self) -> bool:
        return self.chosen is not None and self.chosen.right == self.pair.right


@dataclass
class AttemptStep:
    position: int  # 1-based
    question: Question
    choices: list[Choice]
    answer: Answer | None
    # Numerical: the accepted numbers; matching: the pairs (authored order)
    # and the right items in the attempt's shuffled order.
    numerical_answers: list[NumericalAnswer] = field(default_factory=list)
    pairs: list[MatchingPair] = field(default_factory=list)
    right_options: list[MatchingPair] = field(default_factory=list)

    @property
    def right_total(self) -> int:
        return sum(choice.is_correct for choice in self.choices)

    @property
    def percent(self):
        """The share of the points the answer earned, 0 to 100."""
        if self.answer is None or not self.question.points:
            return 0
        return round(100 * self.answer.points / self.question.points)

    @property
    def ticked_choices(self) -> list[Choice]:
        ticked = set(self.answer.choice_ids) if self.answer else set()
        return [c for c in self.choices if c.pk in ticked]

    @property
    def matched_choice(self) -> Choice | None:
        """Short text: the accepted answer the learner's text matched."""
        if self.answer is None:
            return None
        return matching_choice(self.choices, self.answer.text)

    @property
    def matched_number(self) -> NumericalAnswer | None:
        if self.answer is None:
            return None
        return matching_number(self.numerical_answers, self.answer.text)

    @property
    def best_number(self) -> NumericalAnswer | None:
        return max(self.numerical_answers, key=lambda a: a.weight, default=None)

    @property
    def best_text(self) -> Choice | None:
        return max(self.choices, key=lambda c: c.weight, default=None)

    @property
    def match_rows(self) -> list[MatchRow]:
        chosen = (self.answer.matches or {}) if self.answer else {}
        by_pk = {p.pk: p for p in self.pairs}
        rows = []
        for pair in self.pairs:
            if not pair.left:
                continue
            try:
                pick = by_pk.get(int(chosen.get(str(pair.pk))))
            except (TypeError, ValueError):
                pick = None
            rows.append(MatchRow(pair=pair, chosen=pick))
        return rows

    @property
    def matches_right(self) -> int:
        return sum(row.is_right for row in self.match_rows)

    @property
    def right_found(self) -> int:
        """Right choices the learner ticked: « 1 bonne réponse sur 2 »."""
        ticked = set(self.answer.choice_ids) if self.answer else set()
        return sum(c.is_correct and c.pk in ticked for c in self.choices)

    @property
    def wrong_ticked(self) -> int:
        ticked = set(self.answer.choice_ids) if self.answer else set()
        return sum(not c.is_correct and c.pk in ticked for c in self.choices)


def attempt_steps_get(*, attempt: Attempt) -> list[AttemptStep]:
    """The drawn questions in order, with their answers (5 queries)."""
    ids = attempt.question_ids
    questions = {q.pk: q for q in Question.objects.filter(pk__in=ids)}
    choices = {c.pk: c for c in Choice.objects.filter(question_id__in=ids)}
    numbers: dict[int, list[NumericalAnswer]] = {}
    for number in NumericalAnswer.objects.filter(question_id__in=ids).order_by(
        "sort_order", "pk"
    ):
        numbers.setdefault(number.question_id, []).append(number)
    pairs: dict[int, list[MatchingPair]] = {}
    for pair in MatchingPair.objects.filter(question_id__in=ids).order_by(
        "sort_order", "pk"
    ):
        pairs.setdefault(pair.question_id, []).append(pair)
    answers = {a.question_id: a for a in attempt.answers.all()}
    steps = []
    for position, question_id in enumerate(ids, start=1):
        question = questions[question_id]
        order = attempt.choice_orders.get(str(question_id), [])
        own_pairs = pairs.get(question_id, [])
        by_pk = {p.pk: p for p in own_pairs}
        if question.kind == QuestionKind.SHORT_TEXT:
            own_choices = sorted(
                (c for c in choices.values() if c.question_id == question_id),
                key=lambda c: (c.sort_order or 0, c.pk),
            )
        else:
            own_choices = [choices[pk] for pk in order if pk in choices]
        steps.append(
            AttemptStep(
                position=position,
                question=question,
                choices=own_choices,
                answer=answers.get(question_id),
                numerical_answers=numbers.get(question_id, []),
                pairs=own_pairs,
                right_options=(
                    [by_pk[pk] for pk in order if pk in by_pk]
                    if question.kind == QuestionKind.MATCHING
                    else []
                ),
            )
        )
    return steps


def first_unanswered_position(steps: list[AttemptStep]) -> int | None:
    return next((s.position for s in steps if s.answer is None), None)


@dataclass
class QuestionStat:
    question: Question
    answered: int
    right: int
    partial: int = 0

    @property
    def success_rate(self) -> int | None:
        return round(100 * self.right / self.answered) if self.answered else None

    @property
    def partial_rate(self) -> int | None:
        return round(100 * self.partial / self.answered) if self.answered else None


@dataclass
class QuizStats:
    quiz: Quiz
    attempts: int
    finished: int
    passed: int
    questions: list[QuestionStat]

    @property
    def pass_rate(self) -> int | None:
        return round(100 * self.passed / self.finished) if self.finished else None


def quiz_statistics_get(*, quiz: Quiz) -> QuizStats:
    """Attempts, pass rate and per-question success of a quiz (3 queries).

    Reads the counters kept in the grading transaction (quizzes.tallies):
    the cost does not depend on how many attempts or answers exist.
    """
    totals = QuizTally.objects.filter(quiz=quiz).first() or QuizTally(quiz=quiz)
    rows = {
        tally.question_id: tally
        for tally in QuestionTally.objects.filter(quiz=quiz).only(
            "question_id", "answered", "right", "partial"
        )
    }
    questions = list(
        Question.objects.filter(quiz_questions__quiz=quiz)
        .order_by("quiz_questions__sort_order")
        .only("text", "points")
    )
    empty = QuestionTally()
    return QuizStats(
        quiz=quiz,
        attempts=totals.attempts,
        finished=totals.finished,
        passed=totals.passed,
        questions=[
            QuestionStat(
                question=q,
                answered=rows.get(q.pk, empty).answered,
                right=rows.get(q.pk, empty).right,
                partial=rows.get(q.pk, empty).partial,
            )
            for q in questions
        ],
    )


def markable_learners(user):
    """None when the user may mark everyone (trainers); otherwise the learners
    they follow, as a queryset (professionals: their structures' people)."""
    if user.is_superuser or roles.user_has_role(user, roles.TRAINER):
        return None
    return learners_followed_by(user)


def can_mark(user, answer: Answer) -> bool:
    """Whether the user may mark this answer (1 query at most)."""
    if not user.is_authenticated or not user.is_active:
        return False
    learners = markable_learners(user)
    return learners is None or learners.filter(pk=answer.attempt.user_id).exists()


def marking_queue_get(*, user, search: str = ""):
    """Open answers waiting for a person, limited to what the user may mark, of
    a learner or a quiz whose name holds `search`; oldest first."""
    pending = Answer.objects.filter(status=AnswerStatus.PENDING)
    learners = markable_learners(user)
    if learners is not None:
        pending = pending.filter(attempt__user__in=learners)
    if search:
        pending = pending.filter(
            Q(attempt__user__first_name__icontains=search)
            | Q(attempt__quiz__title__icontains=search)
        )
    return pending.select_related(
        "question", "attempt__quiz", "attempt__user"
    ).order_by("answered_at")


def marking_queue_ids(*, user, search: str = "", order: tuple[str, ...]):
    """The pks of `marking_queue_get`'s answers in `order`, as a narrow
    queryset to page: it joins only what the scope, search and sort need, so
    PostgreSQL keeps the learners' filter before any per-row lookup."""
    return (
        marking_queue_get(user=user, search=search)
        .order_by(*order)
        .values_list("pk", flat=True)
    )


def marking_queue_rows(*, ids: list[int]) -> list[Answer]:
    """The listed answers (quizzes/marking_queue.html) in the order of `ids`,
    reading only the columns the list shows (1 query)."""
    found = (
        Answer.objects.select_related("question", "attempt__quiz", "attempt__user")
        .only(
            "answered_at",
            "question__text",
            "attempt__quiz__title",
            "attempt__user__first_name",
            "attempt__user__username",
        )
        .in_bulk(ids)
    )
    return [found[pk] for pk in ids if pk in found]


def quiz_statistics_list(*, search: str = ""):
    """Every quiz with its counters (quizzes.tallies: `attempt_count`,
    `finished_count`, `passed_count`), whose title contains `search`; the
    caller orders and pages it. One query per page whatever the attempts."""
    quizzes = Quiz.objects.only("title").annotate(
        attempt_count=Coalesce("tally__attempts", 0),
        finished_count=Coalesce("tally__finished", 0),
        passed_count=Coalesce("tally__passed", 0),
    )
    if search:
        quizzes = quizzes.filter(title__icontains=search)
    return quizzes
