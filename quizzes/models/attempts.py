"""Learner state: attempts and their answers, one row per question."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.validators import TEXT_MAX_LENGTH


class AttemptState(models.TextChoices):
    IN_PROGRESS = "in_progress", _("En cours")
    PENDING_REVIEW = "pending_review", _("En attente de correction")
    FINISHED = "finished", _("Terminée")


class Attempt(models.Model):
    """One sitting of a quiz by a learner, with its questions drawn once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("apprenant"),
    )
    quiz = models.ForeignKey(
        "quizzes.Quiz",
        on_delete=models.PROTECT,
        related_name="attempts",
        verbose_name=_("exercice"),
    )
    started_at = models.DateTimeField(_("commencée le"), default=timezone.now)
    finished_at = models.DateTimeField(_("finie le"), null=True, blank=True)
    # The drawn questions in the order shown, and each choice question's
    # choice order: fixed for the whole attempt.
    question_ids = models.JSONField(default=list)
    choice_orders = models.JSONField(default=dict)
    score = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    max_score = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    percent = models.DecimalField(max_digits=5, decimal_places=2, default=0)
    passed = models.BooleanField(null=True, blank=True)
    state = models.CharField(
        max_length=20, choices=AttemptState.choices, default=AttemptState.IN_PROGRESS
    )

    class Meta:
        verbose_name = _("tentative")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(state="in_progress"),
                name="attempt_one_in_progress_per_quiz",
            )
        ]
        indexes = [models.Index(fields=["quiz", "state"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.quiz_id} · {self.started_at:%Y-%m-%d}"

    @property
    def is_open(self) -> bool:
        return self.state == AttemptState.IN_PROGRESS


class AnswerStatus(models.TextChoices):
    CORRECT = "correct", _("Juste")
    INCORRECT = "incorrect", _("Faux")
    PARTIAL = "partial", _("En partie juste")
    PENDING = "pending", _("À corriger")
    MARKED = "marked", _("Corrigée")


class Answer(models.Model):
    """A learner's answer to one question of an attempt."""

    attempt = models.ForeignKey(
        Attempt, on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        "quizzes.Question", on_delete=models.PROTECT, related_name="answers"
    )
    choice_ids = models.JSONField(default=list, blank=True)
    # Matching questions: {left pair id: chosen right pair id}, as strings.
    matches = models.JSONField(default=dict, blank=True)
    text = models.TextField(
        blank=True, validators=[MaxLengthValidator(TEXT_MAX_LENGTH)]
    )
    status = models.CharField(max_length=20, choices=AnswerStatus.choices)
    points = models.DecimalField(max_digits=6, decimal_places=2, default=0)
    answered_at = models.DateTimeField(default=timezone.now)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    marker_comment = models.TextField(
        _("commentaire du correcteur"),
        blank=True,
        validators=[MaxLengthValidator(TEXT_MAX_LENGTH)],
    )
    marked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("réponse")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question"], name="answer_unique_per_question"
            )
        ]
        indexes = [
            models.Index(fields=["status"]),
            # The marking queue (quizzes.selectors.marking_queue_get): the few
            # answers waiting for a person, oldest first, out of millions.
            models.Index(
                fields=["answered_at", "id"],
                condition=models.Q(status="pending"),
                name="answer_pending_queue_idx",
            ),
            # ... and those of one structure's learners (through their attempts).
            models.Index(
                fields=["attempt"],
                condition=models.Q(status="pending"),
                name="answer_pending_attempt_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} · {self.question_id} · {self.status}"

    @property
    def is_right(self) -> bool:
        return self.status == AnswerStatus.CORRECT or (
            self.status == AnswerStatus.MARKED and self.points > 0
        )
