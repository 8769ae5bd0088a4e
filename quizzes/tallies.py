"""The only writer of the statistics counters (QuizTally, QuestionTally).

The quiz services call these inside their own transaction, so a counter moves
with the attempt or answer it counts, or not at all. Each step is one
``UPDATE ... SET n = n + d`` (`lms.counters.counter_add`, atomic on
PostgreSQL under concurrency). ``quiz_tallies_recount`` rebuilds them from the
attempts after a bulk load or a restore (``manage.py quiz_tallies_recount``).
"""

from django.db import transaction
from django.db.models import Count, Q
from django.db.models.signals import post_delete
from django.dispatch import receiver

from lms.counters import counter_add
from quizzes.models import (
    Answer,
    AnswerStatus,
    Attempt,
    AttemptState,
    QuestionTally,
    QuizTally,
)

RIGHT = Q(status=AnswerStatus.CORRECT) | Q(status=AnswerStatus.MARKED, points__gt=0)
# Some of the points but not all, graded automatically (Answer.status).
PARTIAL = Q(status=AnswerStatus.PARTIAL)


def attempt_counts(attempt: Attempt) -> tuple[int, int]:
    """(finished, passed) as this attempt contributes them: 0 or 1 each."""
    finished = attempt.state == AttemptState.FINISHED
    return int(finished), int(finished and bool(attempt.passed))


def quiz_tally_add(
    *, quiz_id: int, attempts: int = 0, finished: int = 0, passed: int = 0
) -> None:
    """Move a quiz's attempt counters by the given amounts (1 query)."""
    counter_add(
        QuizTally,
        {"quiz_id": quiz_id},
        {"attempts": attempts, "finished": finished, "passed": passed},
    )


def question_tally_add(
    *,
    quiz_id: int,
    question_id: int,
    answered: int = 0,
    right: int = 0,
    partial: int = 0,
) -> None:
    """Move one question's answer counters within a quiz (1 query)."""
    counter_add(
        QuestionTally,
        {"quiz_id": quiz_id, "question_id": question_id},
        {"answered": answered, "right": right, "partial": partial},
    )


@transaction.atomic
def quiz_tallies_recount(*, quiz_ids: list[int] | None = None) -> int:
    """Rebuild the counters from the attempts and answers (all quizzes, or
    those given); returns the number of quizzes counted. Two grouped scans:
    for bulk loads and repairs, never on a page."""
    attempts = Attempt.objects.all()
    answers = Answer.objects.all()
    quiz_tallies = QuizTally.objects.all()
    question_tallies = QuestionTally.objects.all()
    if quiz_ids is not None:
        attempts = attempts.filter(quiz_id__in=quiz_ids)
        answers = answers.filter(attempt__quiz_id__in=quiz_ids)
        quiz_tallies = quiz_tallies.filter(quiz_id__in=quiz_ids)
        question_tallies = question_tallies.filter(quiz_id__in=quiz_ids)
    quiz_tallies.delete()
    question_tallies.delete()
    finished = Q(state=AttemptState.FINISHED)
    totals = [
        QuizTally(**row)
        for row in attempts.values("quiz_id").annotate(
            attempts=Count("pk"),
            finished=Count("pk", filter=finished),
            passed=Count("pk", filter=finished & Q(passed=True)),
        )
    ]
    QuizTally.objects.bulk_create(totals, batch_size=1000)
    QuestionTally.objects.bulk_create(
        (
            QuestionTally(
                quiz_id=row["attempt__quiz_id"],
                question_id=row["question_id"],
                answered=row["answered"],
                right=row["right"],
                partial=row["partial"],
            )
            for row in answers.values("attempt__quiz_id", "question_id").annotate(
                answered=Count("pk"),
                right=Count("pk", filter=RIGHT),
                partial=Count("pk", filter=PARTIAL),
            )
        ),
        batch_size=1000,
    )
    return len(totals)


# Deletions (a person erased with their attempts, an attempt removed in the
# admin) go through the ORM's cascade: take what they counted back out.
@receiver(post_delete, sender=Attempt, dispatch_uid="quiz_tally_attempt_deleted")
def _attempt_deleted(sender, instance: Attempt, **kwargs) -> None:
    finished, passed = attempt_counts(instance)
    quiz_tally_add(
        quiz_id=instance.quiz_id, attempts=-1, finished=-finished, passed=-passed
    )


@receiver(post_delete, sender=Answer, dispatch_uid="quiz_tally_answer_deleted")
def _answer_deleted(sender, instance: Answer, **kwargs) -> None:
    # The attempt may already be gone in a cascade: read its quiz by id.
    quiz_id = (
        Attempt.objects.filter(pk=instance.attempt_id)
        .values_list("quiz_id", flat=True)
        .first()
    )
    if quiz_id is not None:
        question_tally_add(
            quiz_id=quiz_id,
            question_id=instance.question_id,
            answered=-1,
            right=-int(instance.is_right),
            partial=-int(instance.status == AnswerStatus.PARTIAL),
        )
