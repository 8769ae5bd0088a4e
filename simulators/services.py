"""Writes of the simulators: check a screen on the server and move on, or start
again. A screen is checked only in order, so skipping screens or sending wrong
values can never mark a simulator done."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from simulators.models import SimulatorProgress
from simulators.rules import answer_right
from simulators.selectors import SimulatorFound

# Names of the form controls: one per field of the screen, by position.
BUTTON_NAME = "bouton"


def field_name(index: int) -> str:
    return f"champ_{index}"


@dataclass(frozen=True)
class ScreenPassed:
    """What the learner meets next after a right screen."""

    progress: SimulatorProgress
    screens_total: int

    @property
    def completed(self) -> bool:
        return self.progress.screens_done >= self.screens_total


def _check_learner(user) -> None:
    if not user.is_authenticated or not user.is_active:
        raise ValidationError(_("Connectez-vous pour faire l'entraînement."))


def _progress_locked(*, user, simulator: SimulatorFound) -> SimulatorProgress:
    lookup = {
        "user": user,
        "lesson_id": simulator.lesson.pk,
        "block_id": simulator.block_id,
    }
    try:
        with transaction.atomic():
            SimulatorProgress.objects.get_or_create(**lookup)
    except IntegrityError:
        pass  # a concurrent request created it first
    return SimulatorProgress.objects.select_for_update().get(**lookup)


def screen_mistakes(
    *, screen, answers: Mapping[str, object], pressed: str | None
) -> dict[str, str]:
    """The explanation of each wrong field of a screen, by control name (the
    pressed button's name for a wrong button). Reads nothing."""
    mistakes = {}
    fields = {field_name(i): field for i, field in enumerate(screen["fields"])}
    wrong_button = pressed in fields and fields[pressed]["rule"] == "avoid"
    for name, field in fields.items():
        if wrong_button and field["rule"] == "press":
            continue  # the wrong button's explanation names the right one
        if not answer_right(field, answers.get(name), pressed=pressed == name):
            mistakes[name] = field["explanation"]
    return mistakes


@transaction.atomic
def simulator_screen_submit(
    *,
    user,
    simulator: SimulatorFound,
    screen_number: int,
    answers: Mapping[str, object],
    pressed: str | None = None,
) -> ScreenPassed:
    """Check screen `screen_number` (from 1) of a simulator and, when every field
    is right, count it done; the last screen completes the simulator.

    Raises ValidationError: keyed by control name with each wrong field's
    explanation (nothing written), or without keys for a screen out of order,
    unknown, or a simulator already done."""
    _check_learner(user)
    screens = simulator.screens
    if not 1 <= screen_number <= len(screens):
        raise ValidationError(_("Cet écran n'existe pas."), code="order")
    progress = _progress_locked(user=user, simulator=simulator)
    if progress.screens_done >= len(screens):
        raise ValidationError(
            _(
                "Cet entraînement est terminé. "
                "Appuyez sur « Recommencer » pour le refaire."
            ),
            code="order",
        )
    if screen_number != progress.screens_done + 1:
        raise ValidationError(
            _("Faites d'abord l'écran %(n)s.") % {"n": progress.screens_done + 1},
            code="order",
        )
    mistakes = screen_mistakes(
        screen=screens[screen_number - 1], answers=answers, pressed=pressed
    )
    if mistakes:
        raise ValidationError(
            {
                name: ValidationError(text, code="mistake")
                for name, text in mistakes.items()
            }
        )
    progress.screens_done = screen_number
    fields = ["screens_done", "updated_at"]
    if screen_number == len(screens) and progress.completed_at is None:
        progress.completed_at = timezone.now()
        fields.append("completed_at")
    progress.save(update_fields=fields)
    return ScreenPassed(progress=progress, screens_total=len(screens))


@transaction.atomic
def simulator_restart(*, user, simulator: SimulatorFound) -> SimulatorProgress | None:
    """Go back to the first screen. A simulator once completed stays completed
    (the lesson counted it). Returns the progress, None if never started.

    Raises ValidationError if the user is signed out."""
    _check_learner(user)
    progress = (
        SimulatorProgress.objects.select_for_update()
        .filter(user=user, lesson_id=simulator.lesson.pk, block_id=simulator.block_id)
        .first()
    )
    if progress is not None and progress.screens_done:
        progress.screens_done = 0
        progress.save(update_fields=["screens_done", "updated_at"])
    return progress
