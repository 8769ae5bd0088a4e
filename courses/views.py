from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses.models import CoursePage, LessonPage
from courses.selectors import (
    course_outline_get,
    lesson_resume_url_get,
    my_learning_get,
)
from courses.services import enrollment_create, lesson_complete, lesson_position_save
from courses.steps import STEP_ANCHOR
from lms.errors import error_message_add
from lms.offline import queued_at
from people import roles


@require_POST
@login_required
def course_enroll(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        enrollment_create(user=request.user, course=course)
    except ValidationError as exc:
        error_message_add(request, exc)
        return redirect(course.url)
    messages.success(request, _("Vous êtes inscrit au parcours « %s ».") % course.title)
    outline = course_outline_get(course=course, user=request.user)
    first = outline.resume_lesson
    return redirect(first.url if first else course.url)


@require_GET
def course_resume(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    lesson = course_outline_get(course=course, user=request.user).resume_lesson
    if lesson is None:
        return redirect(course.url)
    return redirect(lesson_resume_url_get(user=request.user, lesson=lesson))


@require_POST
@login_required
def lesson_position_save_view(request, lesson_id: int):
    """« Précédent » / « Suivant » of a signed-in learner: remember, then show."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        step = int(request.POST.get("etape", ""))
    except ValueError:
        step = 0
    try:
        lesson_position_save(
            user=request.user, lesson=lesson, step=step, at=queued_at(request)
        )
    except ValidationError as exc:
        error_message_add(request, exc)
        return redirect(lesson.url)
    return redirect(f"{lesson.step_url(step, request)}#{STEP_ANCHOR}")


@require_POST
@login_required
def lesson_mark_done(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        done = lesson_complete(user=request.user, lesson=lesson)
    except ValidationError as exc:
        error_message_add(request, exc)
        return redirect(lesson.url)
    if done.created:
        messages.success(
            request, _("Bravo, la leçon « %s » est terminée.") % lesson.title
        )
    if done.course_complete:
        messages.success(request, _("Vous avez terminé tout le parcours !"))
        return redirect(done.course.url)
    return redirect(done.next_lesson.url)


@login_required
@require_GET
def my_learning(request):
    if roles.user_has_role(request.user, roles.BENEFICIARY):
        # A beneficiary's courses are on her home.
        return redirect("learner_home")
    return render(
        request,
        "courses/my_learning.html",
        {"cards": my_learning_get(user=request.user)},
    )
