"""The django-q2 schedules of the weekly digests (lms.digests), every Monday.

Made the same way as workshops 0003_reminder_schedule: idempotent; each run
sends an e-mail at most once per person and week (people.MailingSent), so a
cluster stopped on Monday catches up at its next run that week."""

import datetime
import zoneinfo

from django.conf import settings
from django.db import migrations

SCHEDULES = {
    "lms.professional_digests_send": "lms.tasks.professional_digests_send",
    "lms.coordinator_digests_send": "lms.tasks.coordinator_digests_send",
}


def next_monday_morning() -> datetime.datetime:
    """The next Monday at 7:00 in the site's time zone."""
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    today = datetime.datetime.now(zone).date()
    monday = today + datetime.timedelta(days=(7 - today.weekday()) % 7 or 7)
    return datetime.datetime.combine(monday, datetime.time(7, 0), tzinfo=zone)


def schedules_create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    for name, func in SCHEDULES.items():
        values = {
            "func": func,
            "schedule_type": "W",  # Schedule.WEEKLY
            "repeats": -1,  # forever
            "cluster": None,  # the default cluster
        }
        Schedule.objects.update_or_create(
            name=name,
            defaults=values,
            # Only a new schedule starts on Monday; an existing one keeps its run.
            create_defaults=values | {"next_run": next_monday_morning()},
        )


def schedules_delete(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.filter(name__in=SCHEDULES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0010_weekly_digest_and_mailing_sent"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(schedules_create, schedules_delete)]
