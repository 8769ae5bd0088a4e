from programme.views.calls import (
    application_compare,
    application_decline,
    application_detail,
    application_list,
    application_select,
    apply,
    apply_done,
    call_list,
)
from programme.views.network import network
from programme.views.programmes import (
    check_in_create,
    milestone_update,
    programme_detail,
    programme_edit,
    programme_home,
    programme_open,
    programme_summary,
)

__all__ = [
    "application_compare",
    "application_decline",
    "application_detail",
    "application_list",
    "application_select",
    "apply",
    "apply_done",
    "call_list",
    "check_in_create",
    "milestone_update",
    "network",
    "programme_detail",
    "programme_edit",
    "programme_home",
    "programme_open",
    "programme_summary",
]
