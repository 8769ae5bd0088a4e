from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from quizzes.models import AttemptState, Quiz
from quizzes.selectors import quiz_statistics_get


def _check(request):
    if not request.user.has_perm("quizzes.change_quiz"):
        raise PermissionDenied


def statistics_index(request):
    _check(request)
    quizzes = Quiz.objects.annotate(
        attempt_count=Count("attempts"),
        finished_count=Count(
            "attempts", filter=Q(attempts__state=AttemptState.FINISHED)
        ),
        passed_count=Count(
            "attempts",
            filter=Q(attempts__state=AttemptState.FINISHED, attempts__passed=True),
        ),
    ).order_by("title")
    return TemplateResponse(
        request, "quizzes/admin/statistics_index.html", {"quizzes": quizzes}
    )


def statistics_detail(request, quiz_id: int):
    _check(request)
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    return TemplateResponse(
        request,
        "quizzes/admin/statistics_detail.html",
        {"stats": quiz_statistics_get(quiz=quiz)},
    )
