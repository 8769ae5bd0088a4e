"""The default programme template (programme/seed.py) and the daily django-q2
schedule that marks the automatic milestones met (programme.tasks).

Daily: each run is idempotent (a met milestone stays met), so a cluster that was
stopped catches up at its next run."""

from django.db import migrations
from django.utils import timezone

from programme.seed import DEFAULT_MILESTONES, DEFAULT_TEMPLATE_NAME

SCHEDULE_NAME = "programme.milestones_auto_update"
FUNC = "programme.tasks.milestones_auto_update"


def template_create(apps, schema_editor):
    ProgrammeTemplate = apps.get_model("programme", "ProgrammeTemplate")
    TemplateMilestone = apps.get_model("programme", "TemplateMilestone")
    if ProgrammeTemplate.objects.exists():
        return
    template = ProgrammeTemplate.objects.create(
        name=DEFAULT_TEMPLATE_NAME, is_default=True
    )
    TemplateMilestone.objects.bulk_create(
        TemplateMilestone(
            template=template,
            sort_order=n,
            title=title,
            offset_days=days,
            owner_side=side,
            rule=rule,
        )
        for n, (title, days, side, rule) in enumerate(DEFAULT_MILESTONES)
    )


def schedule_create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    defaults = {
        "func": FUNC,
        "schedule_type": "D",  # Schedule.DAILY
        "repeats": -1,
        "cluster": None,
    }
    Schedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults=defaults,
        # Only a new schedule starts now; an existing one keeps its next run.
        create_defaults=defaults | {"next_run": timezone.now()},
    )


def schedule_delete(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("programme", "0001_programme_calls_milestones_checkins"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [
        migrations.RunPython(template_create, migrations.RunPython.noop),
        migrations.RunPython(schedule_create, schedule_delete),
    ]
