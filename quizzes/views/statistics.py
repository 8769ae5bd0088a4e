"""Quiz statistics in the Wagtail admin (Reports menu)."""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from lms.paging import page_get
from quizzes.forms import STATISTICS_SORTS, QuizStatisticsSearchForm
from quizzes.models import Quiz
from quizzes.selectors import quiz_statistics_get, quiz_statistics_list
from quizzes.views.access import quiz_editor_required


def statistics_index(request):
    quiz_editor_required(request)
    form = QuizStatisticsSearchForm(request.GET or None)
    search, sort = "", "titre"
    if form.is_valid():
        search = form.cleaned_data["q"].strip()
        sort = form.cleaned_data["tri"] or sort
    # The counters kept at grading time (quizzes.tallies), not a scan of attempts.
    quizzes = quiz_statistics_list(search=search).order_by(
        *STATISTICS_SORTS[sort].fields
    )
    return TemplateResponse(
        request,
        "quizzes/admin/statistics_index.html",
        {"form": form, "page": page_get(request, quizzes), "searching": bool(search)},
    )


def statistics_detail(request, quiz_id: int):
    quiz_editor_required(request)
    quiz = get_object_or_404(Quiz.objects.only("title"), pk=quiz_id)
    return TemplateResponse(
        request,
        "quizzes/admin/statistics_detail.html",
        {"stats": quiz_statistics_get(quiz=quiz)},
    )
