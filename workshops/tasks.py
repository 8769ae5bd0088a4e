"""Background work of the workshops app, run by django-q2's cluster."""

from workshops import reminders


def session_reminders_send() -> int:
    """Hourly (schedule of migration 0003): tomorrow's reminders, once each."""
    return reminders.session_reminders_send()
