"""Issue the attestation when the last step of the path is taken: a lesson
completed (the course complete), a quiz passed, an open answer marked (which
passes the attempt). Runs after the commit, outside the row locks."""

from django.db import transaction
from django.dispatch import receiver

from courses.models import Audience
from courses.selectors import courses_with_quiz
from courses.signals import course_completed
from quizzes.signals import attempt_passed


def _issue_after_commit(user) -> None:
    from training.services import attestation_issue_if_complete

    transaction.on_commit(lambda: attestation_issue_if_complete(user=user))


@receiver(course_completed, dispatch_uid="training_course_completed")
def on_course_completed(sender, user, course, **kwargs) -> None:
    if course.audience == Audience.PROFESSIONAL:
        _issue_after_commit(user)


@receiver(attempt_passed, dispatch_uid="training_attempt_passed")
def on_attempt_passed(sender, attempt, **kwargs) -> None:
    if any(
        course.audience == Audience.PROFESSIONAL
        for course in courses_with_quiz(attempt.quiz_id)
    ):
        _issue_after_commit(attempt.user)
