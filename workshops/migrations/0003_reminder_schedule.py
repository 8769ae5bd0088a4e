"""The django-q2 schedule that e-mails leaders the day before their session.

Hourly: each run is idempotent (reminder_sent_at), so a cluster that was stopped
catches up within the hour after it restarts."""

from django.db import migrations
from django.utils import timezone

SCHEDULE_NAME = "workshops.session_reminders_send"
FUNC = "workshops.tasks.session_reminders_send"


def schedule_create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": FUNC,
            "schedule_type": "H",  # Schedule.HOURLY
            "repeats": -1,  # forever
            "cluster": None,  # the default cluster
        },
        # Only a new schedule starts now; an existing one keeps its next run.
        create_defaults={
            "func": FUNC,
            "schedule_type": "H",
            "repeats": -1,
            "cluster": None,
            "next_run": timezone.now(),
        },
    )


def schedule_delete(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0002_guided_mode_reports_cancel"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(schedule_create, schedule_delete)]
