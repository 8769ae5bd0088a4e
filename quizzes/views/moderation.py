"""What a moderator checks before publishing: a quiz as a learner will see it."""

from django.shortcuts import get_object_or_404

from quizzes.models import Quiz
from quizzes.views.access import quiz_editor_required


def quiz_preview_latest(request, quiz_id: int):
    """The quiz's latest revision (what review would publish), shown as a learner
    sees it: questions and choices, no answers."""
    quiz_editor_required(request)
    quiz = get_object_or_404(Quiz, pk=quiz_id).get_latest_revision_as_object()
    return quiz.serve_preview(request, quiz.default_preview_mode)
