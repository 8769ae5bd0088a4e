"""Who may open the quiz pages, and the lookups every view module shares.

Someone else's attempt is a 404 (nothing leaks); a role that may not edit or
import quizzes gets a 403.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse

from quizzes.models import Attempt


def attempt_own_or_404(request, attempt_id: int) -> Attempt:
    """The user's own attempt, with its quiz; else Http404."""
    attempt = Attempt.objects.select_related("quiz").filter(pk=attempt_id).first()
    # Someone else's attempt answers like a missing one: nothing leaks.
    if attempt is None or attempt.user_id != request.user.pk:
        raise Http404
    return attempt


def quiz_editor_required(request) -> None:
    """Raise PermissionDenied unless the user may change quizzes."""
    if not request.user.has_perm("quizzes.change_quiz"):
        raise PermissionDenied


def can_import(user) -> bool:
    """Whether the user may import and export quizzes."""
    return user.has_perm("quizzes.add_quiz")


def import_forbidden(request) -> TemplateResponse:
    """The import pages' refusal."""
    # A real 403, where Wagtail's own check would redirect to the dashboard.
    return TemplateResponse(request, "quizzes/admin/import_forbidden.html", status=403)
