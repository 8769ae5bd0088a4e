"""Writes of the quiz engine: attempts, answers, marking. Grading is on the server."""

import random
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.validators import TEXT_MAX_LENGTH, control_character_check, text_check
from quizzes.grading import (
    default_weights,
    grade_answer,
    parse_number,
    question_problems,
)
from quizzes.models import (
    CHOICE_KINDS,
    Answer,
    AnswerStatus,
    Attempt,
    AttemptState,
    Choice,
    ChoiceOrder,
    Question,
    QuestionKind,
    Quiz,
)
from quizzes.selectors import can_mark
from quizzes.signals import attempt_passed, attempt_passed_changed
from quizzes.tallies import attempt_counts, question_tally_add, quiz_tally_add

_random = random.SystemRandom()


def quiz_publish_problems(quiz: Quiz) -> list[str]:
    """Why a quiz cannot be offered to learners (empty list: it can)."""
    questions = list(
        Question.objects.filter(quiz_questions__quiz=quiz).prefetch_related(
            "choices", "numerical_answers", "pairs"
        )
    )
    if not questions:
        return [_("Ajoutez au moins une question avant de publier l'exercice.")]
    problems = []
    for question in questions:
        for problem in question_problems_of(question):
            problems.append(f"« {question} » : {problem}")
    return problems


def question_problems_of(question: Question) -> list[str]:
    """question_problems of a saved question (choices, numbers and pairs
    prefetched by the caller)."""
    return question_problems(
        kind=question.kind,
        choices=[(c.text, c.weight) for c in question.choices.all()],
        true_false_answer=question.true_false_answer,
        numerical=[a.weight for a in question.numerical_answers.all()],
        pairs=[(p.left, p.right) for p in question.pairs.all()],
    )


def matching_right_options(pairs) -> list:
    """The right items a learner chooses from: one pair per distinct right text."""
    seen, options = set(), []
    for pair in pairs:
        if pair.right not in seen:
            seen.add(pair.right)
            options.append(pair)
    return options


@transaction.atomic
def question_choices_write(*, question: Question, choices: list[tuple[str, bool]]):
    """Save the question and make its choices these (text, right) pairs in this
    order, keeping the rows of unchanged texts (and whatever else they carry).
    Right and wrong become the kind's default weights (grading.default_weights)
    unless the same texts are right and wrong as before: then the weights a
    trainer set in the bank stay."""
    question.save()
    existing = {c.text: c for c in question.choices.all()}
    same = {(c.text, c.is_correct) for c in existing.values()} == set(choices)
    weights = default_weights(question.kind, [right for _text, right in choices])
    kept = []
    for order, ((text, _right), weight) in enumerate(
        zip(choices, weights, strict=True)
    ):
        choice = existing.pop(text, None) or Choice(question=question, text=text)
        if not (same and choice.pk):
            choice.weight = weight
        choice.sort_order = order
        choice.save()
        kept.append(choice.pk)
    Choice.objects.filter(question=question).exclude(pk__in=kept).delete()
    return question


def quiz_publish(*, quiz: Quiz, user=None):
    """Publish the quiz as it is saved now: a new revision, made live.

    Raises ValidationError when learners could not take it (see
    quiz_publish_problems). Returns the published revision.
    """
    if problems := quiz_publish_problems(quiz):
        raise ValidationError(problems)
    revision = quiz.save_revision(user=user)
    revision.publish(user=user)
    return revision


def _draw(quiz: Quiz) -> tuple[list[int], dict[str, list[int]]]:
    links = list(quiz.quiz_questions.select_related("question").order_by("sort_order"))
    questions = [link.question for link in links]
    if quiz.random_order:
        _random.shuffle(questions)
    if quiz.max_questions and quiz.max_questions < len(questions):
        drawn = set(_random.sample(range(len(questions)), quiz.max_questions))
        questions = [q for i, q in enumerate(questions) if i in drawn]
    orders = {}
    choice_questions = [q for q in questions if q.kind in CHOICE_KINDS]
    choices_by_question: dict[int, list] = {q.pk: [] for q in choice_questions}
    if choice_questions:
        from quizzes.models import Choice

        for choice in Choice.objects.filter(question__in=choice_questions).order_by(
            "sort_order", "pk"
        ):
            choices_by_question[choice.question_id].append(choice)
    for question in choice_questions:
        choices = choices_by_question[question.pk]
        if question.choice_order == ChoiceOrder.RANDOM:
            _random.shuffle(choices)
        elif question.choice_order == ChoiceOrder.ALPHABETICAL:
            choices.sort(key=lambda c: c.text.casefold())
        orders[str(question.pk)] = [c.pk for c in choices]
    matching = [q for q in questions if q.kind == QuestionKind.MATCHING]
    if matching:
        from quizzes.models import MatchingPair

        pairs_by_question: dict[int, list] = {q.pk: [] for q in matching}
        for pair in MatchingPair.objects.filter(question__in=matching).order_by(
            "sort_order", "pk"
        ):
            pairs_by_question[pair.question_id].append(pair)
        for question in matching:
            # The right items, shuffled once for the attempt.
            options = matching_right_options(pairs_by_question[question.pk])
            _random.shuffle(options)
            orders[str(question.pk)] = [p.pk for p in options]
    return [q.pk for q in questions], orders


def attempt_start(*, user, quiz: Quiz) -> Attempt:
    """Start an attempt, or return the learner's unfinished one to resume.

    Raises ValidationError for a quiz that is not live, an empty one, or a second
    attempt at a single-attempt quiz.
    """
    if not user.is_authenticated or not user.is_active:
        raise ValidationError(_("Connectez-vous pour faire l'exercice."))
    if not quiz.live:
        raise ValidationError(_("Cet exercice n'est pas encore publié."))
    current = Attempt.objects.filter(
        user=user, quiz=quiz, state=AttemptState.IN_PROGRESS
    ).first()
    if current is not None:
        return current
    if quiz.single_attempt and Attempt.objects.filter(user=user, quiz=quiz).exists():
        raise ValidationError(
            _("Cet exercice ne se fait qu'une fois, et vous l'avez déjà fait.")
        )
    question_ids, choice_orders = _draw(quiz)
    if not question_ids:
        raise ValidationError(_("Cet exercice n'a pas encore de questions."))
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                user=user,
                quiz=quiz,
                question_ids=question_ids,
                choice_orders=choice_orders,
            )
            quiz_tally_add(quiz_id=quiz.pk, attempts=1)
            return attempt
    except IntegrityError:
        # A concurrent request started one first: resume it.
        return Attempt.objects.get(user=user, quiz=quiz, state=AttemptState.IN_PROGRESS)


def _grade(
    question: Question, choice_ids: list[int], text: str, matches: dict | None = None
) -> tuple[str, Decimal]:
    grade = grade_answer(
        question,
        choices=question.choices.all(),
        numerical_answers=question.numerical_answers.all(),
        pairs=question.pairs.all(),
        choice_ids=choice_ids,
        text=text,
        matches=matches,
    )
    return grade.status, grade.points


def answer_is_right(*, question: Question, choice_ids=(), text: str = "") -> bool:
    """Grade an answer without storing it (diagnostic items use the quiz rules)."""
    status, _points = _grade(
        question, [int(c) for c in choice_ids], (text or "").strip()
    )
    return status == AnswerStatus.CORRECT


def _clean_matches(question: Question, attempt: Attempt, matches) -> dict:
    if not isinstance(matches, dict):
        raise ValidationError(_("Reliez chaque élément à une réponse."))
    lefts = [str(p.pk) for p in question.pairs.all() if p.left]
    allowed = set(attempt.choice_orders.get(str(question.pk), []))
    clean = {}
    for left in lefts:
        value = matches.get(left, matches.get(int(left)))
        try:
            chosen = int(value)
        except (TypeError, ValueError) as exc:
            raise ValidationError(_("Reliez chaque élément à une réponse.")) from exc
        if chosen not in allowed:
            raise ValidationError(_("Cette réponse n'existe pas pour cette question."))
        clean[left] = chosen
    if set(map(str, matches)) - set(lefts):
        raise ValidationError(_("Cet élément n'existe pas pour cette question."))
    return clean


def _clean_answer(
    question: Question, attempt: Attempt, choice_ids: list, text: str
) -> tuple[list[int], str]:
    text = (text or "").strip()
    if question.kind == QuestionKind.MATCHING:
        if choice_ids or text:
            raise ValidationError(_("Reliez chaque élément à une réponse."))
        return [], ""
    if question.kind in CHOICE_KINDS:
        try:
            ids = sorted({int(c) for c in choice_ids})
        except (TypeError, ValueError) as exc:
            raise ValidationError(_("Cette réponse n'existe pas.")) from exc
        if not ids:
            raise ValidationError(_("Choisissez une réponse."))
        allowed = set(attempt.choice_orders.get(str(question.pk), []))
        if not set(ids) <= allowed:
            raise ValidationError(_("Cette réponse n'existe pas pour cette question."))
        if question.kind == QuestionKind.SINGLE and len(ids) != 1:
            raise ValidationError(_("Choisissez une seule réponse."))
        return ids, ""
    if choice_ids:
        raise ValidationError(_("Cette question n'a pas de réponses à cocher."))
    if question.kind == QuestionKind.TRUE_FALSE:
        if text not in ("true", "false"):
            raise ValidationError(_("Choisissez « Vrai » ou « Faux »."))
        return [], text
    if not text:
        raise ValidationError(_("Écrivez votre réponse."))
    if question.kind == QuestionKind.NUMERICAL and parse_number(text) is None:
        raise ValidationError(_("Écrivez un nombre, par exemple 3,5."))
    if len(text) > TEXT_MAX_LENGTH:
        raise ValidationError(
            _("Votre réponse est trop longue (5 000 signes au plus).")
        )
    control_character_check(text)
    return [], text


def _finish_if_complete(attempt: Attempt) -> set[int]:
    """Score the attempt once every question is answered; returns the ids of
    the questions answered so far."""
    answers = list(attempt.answers.all())
    if len(answers) >= len(attempt.question_ids):
        attempt_score_update(attempt=attempt, answers=answers)
    return {answer.question_id for answer in answers}


@dataclass(frozen=True)
class AnswerSubmitted:
    """The answer recorded, and where the learner goes next."""

    answer: Answer
    attempt: Attempt  # scored when it was the last answer
    next_position: int | None  # from 1; None once every question is answered


def attempt_score_update(
    *, attempt: Attempt, answers: list[Answer] | None = None
) -> None:
    """Recompute an answered attempt's score, percent, state and pass status."""
    answers = answers if answers is not None else list(attempt.answers.all())
    maximum = sum(
        Question.objects.filter(pk__in=attempt.question_ids).values_list(
            "points", flat=True
        )
    )
    score = sum((a.points for a in answers), Decimal(0))
    pending = any(a.status == AnswerStatus.PENDING for a in answers)
    was_finished, was_passed = attempt_counts(attempt)
    attempt.score = score
    attempt.max_score = Decimal(maximum)
    attempt.percent = (
        (score * 100 / maximum).quantize(Decimal("0.01")) if maximum else Decimal(0)
    )
    attempt.state = AttemptState.PENDING_REVIEW if pending else AttemptState.FINISHED
    attempt.passed = None if pending else attempt.percent >= attempt.quiz.pass_mark
    attempt.finished_at = attempt.finished_at or timezone.now()
    attempt.save(
        update_fields=[
            "score",
            "max_score",
            "percent",
            "state",
            "passed",
            "finished_at",
        ]
    )
    finished, passed = attempt_counts(attempt)
    quiz_tally_add(
        quiz_id=attempt.quiz_id,
        finished=finished - was_finished,
        passed=passed - was_passed,
    )
    if passed != was_passed:
        attempt_passed_changed.send(
            sender=Attempt, attempt=attempt, delta=passed - was_passed
        )
    if attempt.passed:
        attempt_passed.send(sender=Attempt, attempt=attempt)


@transaction.atomic
def answer_submit(
    *,
    user,
    attempt_id: int,
    question_id: int,
    choice_ids=(),
    text: str = "",
    matches: dict | None = None,
) -> AnswerSubmitted:
    """Record and grade one answer of an open attempt (once per question);
    returns it with the next question to ask (or None: the attempt is done).

    Raises PermissionDenied for someone else's attempt, and ValidationError for
    a finished attempt, a question outside the attempt, an unknown choice, an
    empty answer or a second answer to the same question.
    """
    attempt = (
        Attempt.objects.select_for_update()
        .select_related("quiz")
        .filter(pk=attempt_id)
        .first()
    )
    if attempt is None or attempt.user_id != user.pk:
        raise PermissionDenied
    if not attempt.is_open:
        raise ValidationError(
            _("Cet exercice est terminé : la réponse n'est pas prise.")
        )
    try:
        question_id = int(question_id)
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            _("Cette question ne fait pas partie de l'exercice.")
        ) from exc
    if question_id not in attempt.question_ids:
        raise ValidationError(_("Cette question ne fait pas partie de l'exercice."))
    if attempt.answers.filter(question_id=question_id).exists():
        raise ValidationError(_("Vous avez déjà répondu à cette question."))
    question = Question.objects.prefetch_related(
        "choices", "numerical_answers", "pairs"
    ).get(pk=question_id)
    ids, clean_text = _clean_answer(question, attempt, list(choice_ids), text)
    clean_matches = (
        _clean_matches(question, attempt, matches or {})
        if question.kind == QuestionKind.MATCHING
        else {}
    )
    status, points = _grade(question, ids, clean_text, clean_matches)
    try:
        with transaction.atomic():
            answer = Answer.objects.create(
                attempt=attempt,
                question=question,
                choice_ids=ids,
                text=clean_text,
                matches=clean_matches,
                status=status,
                points=points,
            )
            question_tally_add(
                quiz_id=attempt.quiz_id,
                question_id=question.pk,
                answered=1,
                right=int(answer.is_right),
                partial=int(answer.status == AnswerStatus.PARTIAL),
            )
    except IntegrityError as exc:
        # The row lock above makes this rare; the constraint has the last word.
        raise ValidationError(_("Vous avez déjà répondu à cette question.")) from exc
    answered = _finish_if_complete(attempt)
    next_position = next(
        (
            position
            for position, pk in enumerate(attempt.question_ids, start=1)
            if pk not in answered
        ),
        None,
    )
    return AnswerSubmitted(answer=answer, attempt=attempt, next_position=next_position)


@transaction.atomic
def answer_mark(*, by, answer_id: int, points, comment: str = "") -> Answer:
    """Give points and a comment to an open answer, then update its attempt.

    Raises PermissionDenied if the marker may not mark this learner, and
    ValidationError for points out of range or an answer that is not open.
    """
    answer = (
        Answer.objects.select_for_update()
        .select_related("attempt__user", "attempt__quiz", "question")
        .filter(pk=answer_id)
        .first()
    )
    if answer is None or not can_mark(by, answer):
        raise PermissionDenied
    if answer.question.kind != QuestionKind.OPEN:
        raise ValidationError(_("Seules les réponses libres se corrigent à la main."))
    try:
        value = Decimal(str(points))
    except ArithmeticError as exc:
        raise ValidationError(_("Indiquez un nombre de points.")) from exc
    if not value.is_finite() or value < 0 or value > answer.question.points:
        raise ValidationError(
            _("Les points vont de 0 à %(max)s.") % {"max": answer.question.points}
        )
    was_right = answer.is_right
    answer.points = value
    answer.status = AnswerStatus.MARKED
    answer.marker_comment = text_check(comment.strip())
    answer.marked_by = by
    answer.marked_at = timezone.now()
    answer.save()
    question_tally_add(
        quiz_id=answer.attempt.quiz_id,
        question_id=answer.question_id,
        right=int(answer.is_right) - int(was_right),
    )
    attempt = (
        Attempt.objects.select_for_update()
        .select_related("quiz")
        .get(pk=answer.attempt_id)
    )
    if len(attempt.question_ids) == attempt.answers.count():
        attempt_score_update(attempt=attempt)
    return answer
