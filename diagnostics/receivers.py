"""Glue: course and quiz events become level evidence (logic in services)."""

from django.dispatch import receiver

from courses.models import Enrollment
from courses.signals import course_completed
from diagnostics.services import level_evidence_check
from quizzes.signals import attempt_passed


@receiver(course_completed)
def on_course_completed(sender, *, user, course, **kwargs):
    level_evidence_check(learner=user, course=course)


@receiver(attempt_passed)
def on_attempt_passed(sender, *, attempt, **kwargs):
    # A quiz passed after the last lesson can complete a course's evidence.
    for enrollment in Enrollment.objects.filter(
        user_id=attempt.user_id, completed_at__isnull=False
    ).select_related("course"):
        level_evidence_check(learner=attempt.user, course=enrollment.course)
