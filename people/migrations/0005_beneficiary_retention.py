"""Retention: when a beneficiary's professionals were warned, and the daily
django-q2 schedule that warns then anonymises (people.tasks)."""

import datetime

from django.db import migrations, models
from django.utils import timezone

SCHEDULE_NAME = "people.beneficiaries_retention_apply"
FUNC = "people.tasks.beneficiaries_retention_apply"


def schedule_create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    # First run tonight at 3:00 (Paris time): out of the working day.
    tonight = timezone.localtime().replace(hour=3, minute=0, second=0, microsecond=0)
    if tonight <= timezone.localtime():
        tonight += datetime.timedelta(days=1)
    defaults = {
        "func": FUNC,
        "schedule_type": "D",  # Schedule.DAILY
        "repeats": -1,  # forever
        "cluster": None,  # the default cluster
    }
    Schedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults=defaults,
        # Only a new schedule gets a first run; an existing one keeps its next run.
        create_defaults={**defaults, "next_run": tonight},
    )


def schedule_delete(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_audit_account_actions"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [
        migrations.AddField(
            model_name="beneficiaryprofile",
            name="retention_warned_at",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="prévenu de l'anonymisation le"
            ),
        ),
        migrations.RunPython(schedule_create, schedule_delete),
    ]
