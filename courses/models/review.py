"""The « Relecture » workflow's task: a moderator's approval that refuses a lesson
while it embeds a quiz that learners could not take yet."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from wagtail.models import AbstractGroupApprovalTask


def unpublished_quizzes_in(obj) -> list:
    """The quizzes a lesson (any object with a StreamField `body`) embeds that are
    not live, in the order of the body. One query."""
    from courses.models.composition import quiz_ids_in_body
    from quizzes.models import Quiz

    body = getattr(obj, "body", None)
    if body is None:
        return []
    ids = quiz_ids_in_body(body.get_prep_value())
    if not ids:
        return []
    return list(Quiz.objects.filter(pk__in=ids, live=False).order_by("title", "pk"))


def unpublished_quiz_message(quiz) -> str:
    return _(
        "L'exercice « %(title)s » n'est pas encore publié : faites-le relire et "
        "publier avant la leçon."
    ) % {"title": quiz.title}


class ReviewTask(AbstractGroupApprovalTask):
    """A group approval that cannot approve a lesson embedding a quiz that is not
    live: the approval is refused and the views tell the moderator why
    (courses/wagtail_hooks.py)."""

    def approval_problems(self, task_state) -> list[str]:
        obj = task_state.revision.as_object()
        return [unpublished_quiz_message(q) for q in unpublished_quizzes_in(obj)]

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and self.approval_problems(task_state):
            # Not approved; the moderator lands on a page that says why.
            from django.urls import reverse

            return reverse("courses_review_refused", args=[task_state.pk])
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _lazy(
            "Un modérateur approuve ; une leçon qui contient un exercice non "
            "publié ne peut pas être approuvée."
        )

    class Meta:
        verbose_name = _lazy("relecture par un modérateur")
        verbose_name_plural = _lazy("relectures par un modérateur")
