"""Running counts behind the quiz statistics, kept in the grading transaction.

Reading them costs the same at 100 answers and at 1.2 million: the statistics
never scan attempts or answers (quizzes.tallies owns every write).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuizTally(models.Model):
    """Attempts of a quiz: started, finished, finished and passed."""

    quiz = models.OneToOneField(
        "quizzes.Quiz",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="tally",
    )
    attempts = models.PositiveIntegerField(default=0)
    finished = models.PositiveIntegerField(default=0)
    passed = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("compteur d'exercice")

    def __str__(self) -> str:
        return f"{self.quiz_id} · {self.attempts}"


class QuestionTally(models.Model):
    """Answers to one question within one quiz (a question may sit in several)."""

    quiz = models.ForeignKey(
        "quizzes.Quiz", on_delete=models.CASCADE, related_name="question_tallies"
    )
    question = models.ForeignKey(
        "quizzes.Question", on_delete=models.CASCADE, related_name="+"
    )
    answered = models.PositiveIntegerField(default=0)
    right = models.PositiveIntegerField(default=0)
    # Answers worth some of the points but not all (automatic grading).
    partial = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("compteur de question")
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "question"], name="question_tally_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.quiz_id} · {self.question_id} · {self.answered}"
