"""Glue: course and quiz events become level evidence (logic in services).

The evidence check reads a course's lessons, quizzes and attempts: it runs once
the completion or the attempt is committed, outside their row locks, and only
for the courses the event concerns."""

from functools import partial

from django.db import transaction
from django.dispatch import receiver

from courses.models import Enrollment
from courses.selectors import courses_with_quiz
from courses.signals import course_completed
from diagnostics.services import level_evidence_check
from quizzes.signals import attempt_passed


@receiver(course_completed)
def on_course_completed(sender, *, user, course, **kwargs):
    transaction.on_commit(partial(level_evidence_check, learner=user, course=course))


def _evidence_for_quiz(user, quiz_id: int) -> None:
    # A quiz passed after the last lesson can complete a course's evidence:
    # only the finished courses that hold this quiz are checked.
    courses = courses_with_quiz(quiz_id)
    finished = set(
        Enrollment.objects.filter(
            user=user, course__in=courses, completed_at__isnull=False
        ).values_list("course_id", flat=True)
    )
    for course in (c for c in courses if c.pk in finished):
        level_evidence_check(learner=user, course=course)


@receiver(attempt_passed)
def on_attempt_passed(sender, *, attempt, **kwargs):
    transaction.on_commit(partial(_evidence_for_quiz, attempt.user, attempt.quiz_id))
