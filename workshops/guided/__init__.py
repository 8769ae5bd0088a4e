"""Guided mode: the whole room follows one lesson, step by step.

The professional starts it on the day of the session; participants join on
their own device with a short code (or its QR code) and move through the
lesson's steps; the professional's board shows where each one is and who asked
for help, and can move someone forward who has no device.

A lesson's steps: every step of its « Étapes guidées » blocks is one step; the
other blocks between them are grouped into one step each (an introduction, a
closing quiz), so a lesson without guided steps is a single step.

The code stays valid until `guided_ends_at`: the scheduled end of the session,
or, when the session starts late, its duration counted from the start; stopping
the guided mode ends it at once. Wrong codes count against the address
(people.throttle), so a code cannot be guessed.
"""

from workshops.guided.selectors import (
    CODE_ALPHABET,
    CODE_LENGTH,
    BoardRow,
    GuidedStep,
    board_get,
    check_follows,
    code_normalize,
    code_was_given,
    is_live,
    lesson_steps,
    lessons_to_choose,
    participation_get,
    session_for_code,
)
from workshops.guided.services import (
    guided_finish,
    guided_help_set,
    guided_join,
    guided_start,
    guided_step_set,
    guided_stop,
    help_given,
    lesson_done_for,
    step_done_for,
)

__all__ = [
    "BoardRow",
    "CODE_ALPHABET",
    "CODE_LENGTH",
    "GuidedStep",
    "board_get",
    "check_follows",
    "code_normalize",
    "code_was_given",
    "guided_finish",
    "guided_help_set",
    "guided_join",
    "guided_start",
    "guided_step_set",
    "guided_stop",
    "help_given",
    "is_live",
    "lesson_done_for",
    "lesson_steps",
    "lessons_to_choose",
    "participation_get",
    "session_for_code",
    "step_done_for",
]
