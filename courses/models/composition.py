"""Which quizzes each lesson's published content holds, kept in step on publish.

Reading a course's quizzes must not load every lesson's StreamField: the rows
here are rewritten from a lesson's body each time it is published, so « the
quizzes of a course » is one indexed query."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonQuiz(models.Model):
    lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.CASCADE,
        related_name="quiz_links",
        verbose_name=_("leçon"),
    )
    quiz = models.ForeignKey(
        "quizzes.Quiz",
        on_delete=models.CASCADE,
        related_name="lesson_links",
        verbose_name=_("exercice noté"),
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["lesson", "quiz"], name="courses_one_link_per_lesson_quiz"
            )
        ]
        verbose_name = _("exercice d'une leçon")
        verbose_name_plural = _("exercices des leçons")

    def __str__(self) -> str:
        return f"{self.lesson_id} → {self.quiz_id}"


def quiz_ids_in_body(raw_blocks) -> set[int]:
    """The quiz ids a lesson body's raw JSON holds (no block is rendered)."""
    return {
        block["value"]["quiz"]
        for block in raw_blocks or ()
        if block.get("type") == "quiz"
        and isinstance(block.get("value"), dict)
        and isinstance(block["value"].get("quiz"), int)
    }
