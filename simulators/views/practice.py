"""The learner's practice pages: each person only ever reads and changes their
own progress (the signed-in user's), so there is nobody else's to reach."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.errors import error_message_add, form_errors_add
from simulators import services
from simulators.forms import ScreenForm
from simulators.selectors import SimulatorFound, simulator_progress_get
from simulators.views.access import simulator_or_404


def _url(simulator: SimulatorFound) -> str:
    return reverse(
        "simulators:screen",
        kwargs={"lesson_id": simulator.lesson.pk, "block_id": simulator.block_id},
    )


def _back_url(simulator: SimulatorFound) -> str:
    """Back to where the lesson shows the simulator: the step that holds it
    when the page can say (courses' LessonPage.block_url), else the lesson."""
    block_url = getattr(simulator.lesson, "block_url", None)
    return block_url(simulator.block_id) if block_url else simulator.lesson.url


def _render_screen(request, simulator, number: int, form: ScreenForm, status=200):
    form.describe()
    return render(
        request,
        "simulators/screen.html",
        {
            "simulator": simulator,
            "sim": simulator.value,
            "lesson": simulator.lesson,
            "back_url": _back_url(simulator),
            "screen": form.screen,
            "number": number,
            "total": len(simulator.screens),
            "form": form,
            "check_url": reverse(
                "simulators:screen_check",
                kwargs={
                    "lesson_id": simulator.lesson.pk,
                    "block_id": simulator.block_id,
                    "screen": number,
                },
            ),
        },
        status=status,
    )


@login_required
@require_GET
def simulator_screen(request, lesson_id: int, block_id: str):
    simulator = simulator_or_404(lesson_id, block_id)
    progress = simulator_progress_get(
        user=request.user, lesson_id=lesson_id, block_id=simulator.block_id
    )
    screens = simulator.screens
    done = progress.screens_done if progress else 0
    if done >= len(screens):
        return render(
            request,
            "simulators/finished.html",
            {
                "simulator": simulator,
                "sim": simulator.value,
                "lesson": simulator.lesson,
                "back_url": _back_url(simulator),
            },
        )
    return _render_screen(
        request, simulator, done + 1, ScreenForm(screen=screens[done])
    )


@login_required
@require_POST
def simulator_screen_check(request, lesson_id: int, block_id: str, screen: int):
    simulator = simulator_or_404(lesson_id, block_id)
    screens = simulator.screens
    if not 1 <= screen <= len(screens):
        raise Http404
    form = ScreenForm(request.POST, screen=screens[screen - 1])
    form.is_valid()  # no rule here: only the cleaned values
    try:
        passed = services.simulator_screen_submit(
            user=request.user,
            simulator=simulator,
            screen_number=screen,
            answers=form.cleaned_data,
            pressed=request.POST.get(services.BUTTON_NAME) or None,
        )
    except ValidationError as exc:
        if not hasattr(exc, "error_dict"):
            error_message_add(request, exc)
            return redirect(_url(simulator))
        form_errors_add(form, exc)
        return _render_screen(request, simulator, screen, form)
    if passed.completed:
        messages.success(request, _("Bravo, vous avez réussi l'entraînement !"))
    return redirect(_url(simulator))


@login_required
@require_POST
def simulator_restart(request, lesson_id: int, block_id: str):
    simulator = simulator_or_404(lesson_id, block_id)
    services.simulator_restart(user=request.user, simulator=simulator)
    messages.success(request, _("L'entraînement reprend au premier écran."))
    return redirect(_url(simulator))
