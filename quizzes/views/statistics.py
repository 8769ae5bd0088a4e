"""Quiz statistics in the Wagtail admin (Reports menu)."""

from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from quizzes.models import Quiz
from quizzes.selectors import quiz_statistics_get
from quizzes.views.access import quiz_editor_required


def statistics_index(request):
    quiz_editor_required(request)
    # The counters kept at grading time (quizzes.tallies), not a scan of attempts.
    quizzes = Quiz.objects.annotate(
        attempt_count=Coalesce("tally__attempts", 0),
        finished_count=Coalesce("tally__finished", 0),
        passed_count=Coalesce("tally__passed", 0),
    ).order_by("title")
    return TemplateResponse(
        request, "quizzes/admin/statistics_index.html", {"quizzes": quizzes}
    )


def statistics_detail(request, quiz_id: int):
    quiz_editor_required(request)
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    return TemplateResponse(
        request,
        "quizzes/admin/statistics_detail.html",
        {"stats": quiz_statistics_get(quiz=quiz)},
    )
