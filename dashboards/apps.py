from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardsConfig(AppConfig):
    name = "dashboards"
    verbose_name = _("Tableaux de bord")

    def ready(self) -> None:
        from dashboards import (  # noqa: F401 — connects the counters
            attendance,
            last_active,
            tallies,
        )
        from workshops.reports.selectors import register_attendance_totals

        # The indicators sum the sessions' kept counts.
        register_attendance_totals(attendance.held_attendance_summed)
