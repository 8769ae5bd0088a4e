"""The learner's pages: a quiz, its questions and feedback, the result; and the
marking of free answers by professionals."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.timezone import template_localtime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Page

from lms.converters import id_url_maker
from lms.dates import DateLabels
from lms.errors import error_message_add
from lms.paging import pks_page_get
from quizzes.forms import (
    MARKING_SORTS,
    AnswerForm,
    MarkForm,
    MarkingQueueSearchForm,
)
from quizzes.models import Attempt, FeedbackMode, Quiz
from quizzes.selectors import (
    attempt_steps_get,
    first_unanswered_position,
    markable_learners,
    marking_queue_get,
    marking_queue_ids,
    marking_queue_rows,
)
from quizzes.services import answer_mark, answer_submit, attempt_start
from quizzes.views.access import attempt_own_or_404


def _question_url(attempt, position):
    return reverse("quizzes:attempt_question", args=[attempt.pk, position])


def _next_url(attempt, steps):
    position = first_unanswered_position(steps)
    if position is None:
        return reverse("quizzes:attempt_result", args=[attempt.pk])
    return _question_url(attempt, position)


def _return_key(quiz_id: int) -> str:
    return f"quiz-return-{quiz_id}"


def _return_page(request, quiz_id: int):
    """The live page the learner came from to this quiz (a lesson), if any."""
    page_id = request.session.get(_return_key(quiz_id))
    return (
        Page.objects.live().filter(pk=page_id).specific().first() if page_id else None
    )


def _return_url(page, quiz_id: int) -> str:
    """Back to the step that holds the quiz when the page can say (courses'
    LessonPage.quiz_url), else to the page."""
    quiz_url = getattr(page, "quiz_url", None)
    return quiz_url(quiz_id) if quiz_url else page.url


@require_GET
def quiz_detail(request, quiz_id: int):
    quiz = get_object_or_404(Quiz.objects.published(), pk=quiz_id)
    origin = request.GET.get("depuis", "")
    # Remembered for the result page's « Retour à la leçon ».
    if (
        request.user.is_authenticated
        and origin.isascii()
        and origin.isdigit()
        and len(origin) < 12
        and Page.objects.live().filter(pk=int(origin)).exists()
    ):
        request.session[_return_key(quiz.pk)] = int(origin)
    attempts = (
        list(
            Attempt.objects.filter(user=request.user, quiz=quiz).order_by("-started_at")
        )
        if request.user.is_authenticated
        else []
    )
    return render(
        request,
        "quizzes/quiz_detail.html",
        {
            "quiz": quiz,
            "attempts": attempts,
            "open_attempt": next((a for a in attempts if a.is_open), None),
            "question_count": quiz.max_questions
            and min(quiz.max_questions, quiz.quiz_questions.count())
            or quiz.quiz_questions.count(),
        },
    )


@require_POST
@login_required
def quiz_start(request, quiz_id: int):
    quiz = get_object_or_404(Quiz.objects.published(), pk=quiz_id)
    try:
        attempt = attempt_start(user=request.user, quiz=quiz)
    except ValidationError as exc:
        error_message_add(request, exc)
        return redirect("quizzes:quiz_detail", quiz_id=quiz.pk)
    return redirect(_next_url(attempt, attempt_steps_get(attempt=attempt)))


@login_required
@require_http_methods(["GET", "POST"])
def attempt_question(request, attempt_id: int, position: int):
    attempt = attempt_own_or_404(request, attempt_id)
    steps = attempt_steps_get(attempt=attempt)
    if not 1 <= position <= len(steps):
        raise Http404
    step = steps[position - 1]
    if step.answer is not None or not attempt.is_open:
        # Answered already: show its correction or move on, never re-ask.
        if step.answer is not None and attempt.quiz.feedback_mode == (
            FeedbackMode.AFTER_EACH
        ):
            return redirect("quizzes:attempt_feedback", attempt.pk, position)
        return redirect(_next_url(attempt, steps))
    form = AnswerForm(
        request.POST if request.method == "POST" else None,
        question=step.question,
        choices=step.choices,
        pairs=step.pairs,
        right_options=step.right_options,
    )
    if request.method == "POST" and form.is_valid():
        choice_ids, text = form.answer()
        try:
            submitted = answer_submit(
                user=request.user,
                attempt_id=attempt.pk,
                question_id=step.question.pk,
                choice_ids=choice_ids,
                text=text,
                matches=form.matches(),
            )
        except ValidationError as exc:
            error_message_add(request, exc)
            return redirect(_next_url(attempt, attempt_steps_get(attempt=attempt)))
        except PermissionDenied as exc:
            raise Http404 from exc
        if attempt.quiz.feedback_mode == FeedbackMode.AFTER_EACH:
            return redirect("quizzes:attempt_feedback", attempt.pk, position)
        if submitted.next_position is None:
            return redirect("quizzes:attempt_result", attempt.pk)
        return redirect(_question_url(attempt, submitted.next_position))
    return render(
        request,
        "quizzes/attempt_question.html",
        {"attempt": attempt, "step": step, "form": form, "total": len(steps)},
        status=400 if form.errors else 200,
    )


@login_required
@require_GET
def attempt_feedback(request, attempt_id: int, position: int):
    attempt = attempt_own_or_404(request, attempt_id)
    steps = attempt_steps_get(attempt=attempt)
    if not 1 <= position <= len(steps):
        raise Http404
    step = steps[position - 1]
    if step.answer is None or attempt.quiz.feedback_mode != FeedbackMode.AFTER_EACH:
        # No correction before the learner has answered this question.
        return redirect(_next_url(attempt, steps))
    return render(
        request,
        "quizzes/attempt_feedback.html",
        {
            "attempt": attempt,
            "step": step,
            "total": len(steps),
            "next_url": _next_url(attempt, steps),
        },
    )


@login_required
@require_GET
def attempt_result(request, attempt_id: int):
    attempt = attempt_own_or_404(request, attempt_id)
    steps = attempt_steps_get(attempt=attempt)
    if attempt.is_open:
        return redirect(_next_url(attempt, steps))
    return_page = _return_page(request, attempt.quiz_id)
    return render(
        request,
        "quizzes/attempt_result.html",
        {
            "attempt": attempt,
            "steps": steps,
            "return_page": return_page,
            "return_url": return_page and _return_url(return_page, attempt.quiz_id),
        },
    )


# One card of the marking queue, as the template's loop wrote it (same
# markup, same whitespace).
_CARD = (
    '\n{i}<li class="card">\n'
    '{j}<p class="meta"><span>{who}</span><span>{quiz}</span>'
    "<span>{day}</span></p>\n"
    "{j}<p>{text}</p>\n"
    '{j}<a class="button" href="{url}">{mark}'
    '<span class="visually-hidden"> : {short}</span></a>\n'
    "{i}</li>\n"
    "{k}"
)


def _cards(answers) -> str:
    """The page's cards written in one pass (50 cards through the template
    cost more than finding them; issue 13); every value is escaped here."""
    url = id_url_maker("quizzes:answer_mark")
    mark = escape(_("Corriger"))
    days: dict = {}
    labels = DateLabels()
    cards = []
    for answer in answers:
        user, day = answer.attempt.user, answer.answered_at
        if day not in days:
            # As the template's date filter: the moment in the site's time zone.
            shown = template_localtime(day) if day else None
            days[day] = escape(labels.day(shown)) if day else ""
        text = answer.question.text
        cards.append(
            _CARD.format(
                i=" " * 12,
                j=" " * 16,
                k=" " * 8,
                who=escape(user.first_name or user.username),
                quiz=escape(answer.attempt.quiz.title),
                day=days[day],
                text=escape(text),
                url=url(answer.pk),
                mark=mark,
                short=escape(Truncator(text).chars(40)),
            )
        )
    return mark_safe("".join(cards))  # noqa: S308 — every value escaped


@login_required
@require_GET
def marking_queue(request):
    if not _may_mark_someone(request.user):
        raise PermissionDenied
    form = MarkingQueueSearchForm(request.GET or None)
    search, sort = "", "ancien"
    if form.is_valid():
        search = form.cleaned_data["q"].strip()
        sort = form.cleaned_data["tri"] or sort
    # Page the narrow list of pks with its total, then read the 50 rows
    # shown (2 queries).
    page = pks_page_get(
        request,
        marking_queue_ids(
            user=request.user, search=search, order=MARKING_SORTS[sort].fields
        ),
    )
    page.object_list = marking_queue_rows(ids=list(page.object_list))
    return render(
        request,
        "quizzes/marking_queue.html",
        {
            "form": form,
            "page": page,
            "cards": _cards(page.object_list),
            "searching": bool(search),
        },
    )


def _may_mark_someone(user) -> bool:
    learners = markable_learners(user)
    return learners is None or learners.exists()


@login_required
@require_http_methods(["GET", "POST"])
def answer_mark_view(request, answer_id: int):
    answer = get_object_or_404(marking_queue_get(user=request.user), pk=answer_id)
    form = MarkForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            answer_mark(
                by=request.user,
                answer_id=answer.pk,
                points=form.cleaned_data["points"],
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as exc:
            form.add_error("points", exc)
        else:
            messages.success(request, _("Correction enregistrée."))
            return redirect("quizzes:marking_queue")
    return render(request, "quizzes/answer_mark.html", {"answer": answer, "form": form})
