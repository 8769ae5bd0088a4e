"""Learner state, apart from content: plain rows pointing at pages."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrollment(models.Model):
    """A learner following a course."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="enrollments",
        verbose_name=_("apprenant"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="enrollments",
        verbose_name=_("parcours"),
    )
    enrolled_at = models.DateTimeField(_("inscrit le"), default=timezone.now)
    completed_at = models.DateTimeField(_("terminé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("inscription")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="enrollment_unique_user_course"
            )
        ]
        indexes = [models.Index(fields=["course", "user"])]

    def __str__(self) -> str:
        return f"{self.user} → {self.course_id}"


class LessonCompletion(models.Model):
    """A lesson a learner marked as done."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
        verbose_name=_("apprenant"),
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.CASCADE,
        related_name="completions",
        verbose_name=_("leçon"),
    )
    completed_at = models.DateTimeField(_("terminée le"), default=timezone.now)

    class Meta:
        verbose_name = _("leçon terminée")
        verbose_name_plural = _("leçons terminées")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="lesson_completion_unique_user_lesson"
            )
        ]
        # The dashboards ask « did this person finish a lesson since … » for
        # every beneficiary of the network: one probe each, not a scan of their
        # completions (dashboards.selectors).
        indexes = [
            models.Index(
                fields=["user", "completed_at"], name="lesson_completion_user_time"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ✓ {self.lesson_id}"


class LessonPosition(models.Model):
    """The step a learner reached in a lesson played one screen at a time."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_positions",
        verbose_name=_("apprenant"),
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.CASCADE,
        related_name="positions",
        verbose_name=_("leçon"),
    )
    step = models.PositiveIntegerField(_("étape"), default=1)
    updated_at = models.DateTimeField(_("mise à jour le"), default=timezone.now)

    class Meta:
        verbose_name = _("étape atteinte")
        verbose_name_plural = _("étapes atteintes")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="lesson_position_unique_user_lesson"
            ),
            models.CheckConstraint(
                condition=models.Q(step__gte=1), name="lesson_position_step_from_1"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.lesson_id}:{self.step}"
