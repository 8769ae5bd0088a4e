"""Activity reports written after a session or an accompaniment, and the
indicators they feed: what pre-fills a report, its one write (`report_save`)
and the structure's figures over a period (`indicators_get`)."""

from workshops.reports.selectors import (
    attendance_counts,
    indicators_get,
    network_indicators_get,
    report_get,
    report_initial_get,
    session_attendance_get,
    session_has_started,
    session_records,
    session_records_get,
    session_records_reports,
    session_report_refusal,
    sessions_held,
    sessions_upcoming,
)
from workshops.reports.services import report_save

__all__ = [
    "attendance_counts",
    "indicators_get",
    "network_indicators_get",
    "report_get",
    "report_initial_get",
    "report_save",
    "session_attendance_get",
    "session_has_started",
    "session_records",
    "session_records_get",
    "session_records_reports",
    "session_report_refusal",
    "sessions_held",
    "sessions_upcoming",
]
