"""The workshops app's views, by concept; urls.py reaches them all from here."""

from workshops.views.accompaniments import (
    accompaniment_create,
    accompaniment_detail,
    accompaniment_list,
)
from workshops.views.guided import (
    finish,
    follow,
    guided_board,
    guided_board_state,
    guided_help_given,
    guided_lesson_done,
    guided_start,
    guided_step_done,
    guided_stop,
    help_request,
    join,
    step,
)
from workshops.views.reports import (
    accompaniment_report,
    indicators,
    session_report,
)
from workshops.views.sessions import (
    attendance_save,
    session_cancel,
    session_create,
    session_detail,
    session_enrol,
    session_list,
    session_unenrol,
    session_update,
    session_walk_in,
)

__all__ = [
    "accompaniment_create",
    "accompaniment_detail",
    "accompaniment_list",
    "accompaniment_report",
    "attendance_save",
    "finish",
    "follow",
    "guided_board",
    "guided_board_state",
    "guided_help_given",
    "guided_lesson_done",
    "guided_start",
    "guided_step_done",
    "guided_stop",
    "help_request",
    "indicators",
    "join",
    "session_cancel",
    "session_create",
    "session_detail",
    "session_enrol",
    "session_list",
    "session_report",
    "session_unenrol",
    "session_update",
    "session_walk_in",
    "step",
]
