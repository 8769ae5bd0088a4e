"""The django-q2 schedule that removes expired export files every hour.

Made the same way as workshops 0003_reminder_schedule: idempotent, so a
cluster stopped for a while catches up at its next run."""

from django.db import migrations
from django.utils import timezone

SCHEDULE_NAME = "exports.export_jobs_expire"
FUNC = "exports.tasks.export_jobs_expire"


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
        ("exports", "0001_export_job"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(schedule_create, schedule_delete)]
