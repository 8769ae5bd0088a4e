"""lms.dates writes what Django's date and time formats write, in French."""

import datetime

from django.utils import formats, translation

from lms.dates import DateLabels


def test_every_weekday_month_and_time_as_django_writes_them():
    with translation.override("fr"):
        labels = DateLabels()
        day = datetime.date(2026, 1, 1)
        while day.year == 2026:
            assert labels.weekday(day) == formats.date_format(day, "l j F Y")
            assert labels.day(day) == formats.date_format(day, "j F Y")
            day += datetime.timedelta(days=1)
        for hour, minute in ((0, 0), (9, 5), (14, 30), (23, 59)):
            moment = datetime.time(hour, minute)
            assert labels.time(moment) == formats.time_format(moment, "H\\hi")
    assert labels.weekday(datetime.date(2026, 11, 30)) == "lundi 30 novembre 2026"
    assert labels.day(datetime.date(987, 2, 3)) == "3 février 0987"
