"""Dates and times written as the templates' `date` and `time` filters write
them in French, faster: the day and month names are translated once per
instance instead of once per call (Django's `date_format` goes through its
format machinery and gettext for every date: 10 µs a date, a tenth of a list
page of 150 sessions; issue 13). tests/lms/test_dates.py compares both."""

import datetime

from django.utils.dates import MONTHS, WEEKDAYS


class DateLabels:
    """Labels for one page (make one per request: the names follow the
    active language when it is made)."""

    def __init__(self):
        self.months = {n: str(name) for n, name in MONTHS.items()}
        self.weekdays = {n: str(name) for n, name in WEEKDAYS.items()}

    def day(self, day: datetime.date) -> str:
        """Format `j F Y`: « 30 novembre 2026 »."""
        return f"{day.day} {self.months[day.month]} {day.year:04d}"

    def weekday(self, day: datetime.date) -> str:
        """Format `l j F Y`: « lundi 30 novembre 2026 »."""
        return f"{self.weekdays[day.weekday()]} {self.day(day)}"

    @staticmethod
    def time(moment: datetime.time) -> str:
        """Format `H\\hi`: « 14h05 »."""
        return f"{moment.hour:02d}h{moment.minute:02d}"
