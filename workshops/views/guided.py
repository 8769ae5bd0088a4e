"""Guided mode: the professional's board and the participants' pages."""

import segno
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.models import LessonPage
from lms.errors import error_message_add, error_text
from people.selectors import structures_for_user
from people.throttle import JOIN_CODE, attempt_reserve, failures_exceeded
from workshops import guided
from workshops.forms import JoinForm, NameAndPinForm, StartForm
from workshops.views.access import session_or_404

BOARD_REFRESH_SECONDS = 4


# The professional's side ------------------------------------------------------


def _qr_data_uri(url: str) -> str:
    return segno.make(url, error="m").svg_data_uri(scale=6, border=2)


def _board_context(request, session) -> dict:
    context = {"session": session, "refresh": BOARD_REFRESH_SECONDS}
    context |= guided.board_get(session=session)
    return context


@require_GET
@login_required
def guided_board(request, session_id: int):
    session = session_or_404(request, session_id)
    context = _board_context(request, session)
    if context["live"]:
        join_url = request.build_absolute_uri(
            reverse("guided:follow", kwargs={"code": session.join_code})
        )
        context |= {
            "join_url": join_url,
            "join_page": request.build_absolute_uri(reverse("guided:join")),
            "qr_code": _qr_data_uri(join_url),
        }
    groups = guided.lessons_to_choose(session)
    context["start_form"] = StartForm(
        groups=groups, initial={"lesson": session.guided_lesson_id}
    )
    return render(request, "workshops/guided_board.html", context)


@require_GET
@login_required
def guided_board_state(request, session_id: int):
    """The board's participant table alone, for the page to refresh itself."""
    session = session_or_404(request, session_id)
    return render(
        request,
        "workshops/includes/guided_board_rows.html",
        _board_context(request, session),
    )


@require_POST
@login_required
def guided_start(request, session_id: int):
    session = session_or_404(request, session_id)
    form = StartForm(request.POST, groups=guided.lessons_to_choose(session))
    if not form.is_valid():
        messages.error(request, _("Choisissez la leçon à suivre ensemble."))
        return redirect("workshops:guided_board", session_id=session.pk)
    lesson = LessonPage.objects.live().filter(pk=form.cleaned_data["lesson"]).first()
    try:
        if lesson is None:
            raise ValidationError(_("Choisissez une leçon publiée de l'atelier."))
        guided.guided_start(by=request.user, session=session, lesson=lesson)
    except (ValidationError, PermissionDenied) as error:
        error_message_add(request, error)
    else:
        messages.success(
            request,
            _("Le mode guidé est lancé : donnez le code aux participants."),
        )
    return redirect("workshops:guided_board", session_id=session.pk)


@require_http_methods(["GET", "POST"])
@login_required
def guided_stop(request, session_id: int):
    """Ask first (GET), then end the guided mode (POST)."""
    session = session_or_404(request, session_id)
    if request.method == "GET":
        return render(
            request,
            "workshops/guided_stop_confirm.html",
            {"session": session, "live": guided.is_live(session)},
        )
    guided.guided_stop(by=request.user, session=session)
    messages.success(request, _("Le mode guidé est terminé : le code ne marche plus."))
    return redirect("workshops:guided_board", session_id=session.pk)


def _participant_action(action, success: str):
    @require_POST
    @login_required
    def view(request, session_id: int, participation_id: int):
        session = session_or_404(request, session_id)
        try:
            action(by=request.user, session=session, participation_id=participation_id)
        except (ValidationError, PermissionDenied) as error:
            error_message_add(request, error)
        else:
            messages.success(request, success)
        return redirect("workshops:guided_board", session_id=session.pk)

    return view


guided_step_done = _participant_action(
    guided.step_done_for, gettext_lazy("L'étape est validée.")
)
guided_lesson_done = _participant_action(
    guided.lesson_done_for, gettext_lazy("La leçon est enregistrée comme terminée.")
)
guided_help_given = _participant_action(
    guided.help_given, gettext_lazy("La demande d'aide est traitée.")
)


# The participants' side -------------------------------------------------------


def _render_invalid(request, *, throttled: bool):
    return render(
        request,
        "workshops/guided_invalid.html",
        {"throttled": throttled, "form": JoinForm()},
        status=429 if throttled else 404,
    )


def _live_session(request, code: str):
    """The live session of this code. Returns (session, error response).

    A code no session ever had counts as a guess against the address; the
    code of a session that has ended does not (a whole room behind one address
    would otherwise lock itself out by pressing « Étape suivante » after the
    end). A right code writes nothing (a room follows its steps with GETs);
    each wrong one is counted atomically in its window (people.throttle), so
    only guesses still in flight when the limit is reached can pass it, one
    chance each in about 887 million."""
    if failures_exceeded(request, JOIN_CODE):
        return None, _render_invalid(request, throttled=True)
    session = guided.session_for_code(code)
    if session is None:
        if guided.code_was_given(code):
            return None, render(request, "workshops/guided_ended.html", status=410)
        counted = attempt_reserve(request, JOIN_CODE)
        return None, _render_invalid(request, throttled=not counted)
    return session, None


@require_http_methods(["GET", "POST"])
def join(request):
    form = JoinForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        code = guided.code_normalize(form.cleaned_data["code"])
        session, refusal = _live_session(request, code)
        if refusal is not None:
            return refusal
        if request.user.is_authenticated:
            place, refusal = _place_or_refusal(request, session)
            if refusal is None and not _joined(place):
                place, refusal = _join(request, session)
            if refusal is not None:
                return refusal
        return redirect("guided:follow", code=session.join_code)
    return render(request, "workshops/guided_join.html", {"form": form})


def _follow_context(session, participation) -> dict:
    steps = guided.lesson_steps(session.guided_lesson)
    index = min(participation.current_step, len(steps) - 1)
    return {
        "session": session,
        "participation": participation,
        "lesson": session.guided_lesson,
        "steps": steps,
        "step": steps[index],
        "previous": index - 1 if index > 0 else None,
        "next": index + 1 if index + 1 < len(steps) else None,
        "lesson_done": participation.finished_at is not None,
    }


def _place_or_refusal(request, session):
    """The signed-in participant's place (None if not joined yet), or the page
    to show instead: the board for the session's professionals, a refusal for
    anyone else. Reads only."""
    if (
        request.user.manages_beneficiaries
        and structures_for_user(request.user).filter(pk=session.structure_id).exists()
    ):
        return None, redirect("workshops:guided_board", session_id=session.pk)
    try:
        return guided.participation_get(session=session, user=request.user), None
    except PermissionDenied as error:
        return None, _refused(request, error)


def _joined(participation) -> bool:
    """Whether the person joined on their own device (an enrolment alone, or
    steps validated by the professional, is not joining)."""
    return participation is not None and participation.joined_at is not None


def _refused(request, error):
    return render(
        request,
        "workshops/guided_refused.html",
        {"message": error_text(error)},
        status=403,
    )


def _join(request, session):
    """Join the room (a POST). Returns (participation, refusal)."""
    try:
        return guided.guided_join(session=session, user=request.user), None
    except (ValidationError, PermissionDenied) as error:
        return None, _refused(request, error)


@require_http_methods(["GET", "POST"])
def follow(request, code: str):
    """The step the participant is on; first, who they are if not signed in.

    A GET only reads: joining (marked present) is the POST of the name form,
    of the code form, or of « Rejoindre l'atelier » for someone signed in."""
    session, refusal = _live_session(request, code)
    if refusal is not None:
        return refusal
    if not request.user.is_authenticated:
        form = NameAndPinForm(
            request.POST if request.method == "POST" else None,
            request=request,
            session=session,
        )
        if request.method == "POST" and form.is_valid():
            login(request, form.user)
            _participation, refusal = _join(request, session)
            return refusal or redirect("guided:follow", code=session.join_code)
        return render(
            request,
            "workshops/guided_who.html",
            {"session": session, "form": form, "code": session.join_code},
        )
    participation, refusal = _place_or_refusal(request, session)
    if refusal is not None:
        return refusal
    if request.method == "POST":
        if not _joined(participation):
            _participation, refusal = _join(request, session)
        return refusal or redirect("guided:follow", code=session.join_code)
    if not _joined(participation):
        return render(request, "workshops/guided_welcome.html", {"session": session})
    return render(
        request,
        "workshops/guided_follow.html",
        _follow_context(session, participation),
    )


def _participant_post(handler):
    @require_POST
    def view(request, code: str):
        session, refusal = _live_session(request, code)
        if refusal is not None:
            return refusal
        if not request.user.is_authenticated:
            # Signed out meanwhile: back to « Qui êtes-vous ? » for this room.
            return redirect("guided:follow", code=session.join_code)
        participation, refusal = _place_or_refusal(request, session)
        if refusal is None and not _joined(participation):
            participation, refusal = _join(request, session)
        if refusal is not None:
            return refusal
        participation.session = session  # already loaded: the lesson's steps
        handler(request, participation)
        return redirect("guided:follow", code=session.join_code)

    return view


def _step(request, participation):
    try:
        step = int(request.POST.get("etape", ""))
    except ValueError:
        return  # not a step number: stay where you are
    guided.guided_step_set(participation=participation, step=step)


def _help(request, participation):
    needed = request.POST.get("aide") == "oui"
    guided.guided_help_set(participation=participation, needed=needed)
    if needed:
        messages.success(request, _("C'est noté : l'animateur va venir vous aider."))


def _finish(request, participation):
    try:
        guided.guided_finish(participation=participation)
    except ValidationError as error:
        error_message_add(request, error)
    else:
        messages.success(request, _("Bravo, vous avez terminé la leçon !"))


step = _participant_post(_step)
help_request = _participant_post(_help)
finish = _participant_post(_finish)
