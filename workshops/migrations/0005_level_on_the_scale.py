"""Sessions and reports name their level on the platform's scale (N0–N4)
instead of débutant / intermédiaire / avancé."""

import django.db.models.deletion
from django.db import migrations, models

OLD_TO_CODE = {"debutant": "N1", "intermediaire": "N2", "avance": "N3"}


def to_codes(apps, schema_editor):
    for name in ("WorkshopSession", "ActivityReport"):
        model = apps.get_model("workshops", name)
        for old, code in OLD_TO_CODE.items():
            model.objects.filter(level=old).update(level=code)
    apps.get_model("workshops", "ActivityReport").objects.filter(level="").update(
        level=None
    )


def to_words(apps, schema_editor):
    for name in ("WorkshopSession", "ActivityReport"):
        model = apps.get_model("workshops", name)
        for old, code in OLD_TO_CODE.items():
            model.objects.filter(level=code).update(level=old)
        model.objects.exclude(level__in=OLD_TO_CODE).update(level="debutant")


class Migration(migrations.Migration):
    dependencies = [
        ("skills", "0002_seed_scale"),
        ("workshops", "0004_participation_finished_at"),
    ]

    operations = [
        migrations.AlterField(
            model_name="activityreport",
            name="level",
            field=models.CharField(max_length=20, null=True, blank=True),
        ),
        migrations.AlterField(
            model_name="workshopsession",
            name="level",
            field=models.CharField(max_length=20, default="N1"),
        ),
        migrations.RunPython(to_codes, to_words),
        migrations.AlterField(
            model_name="workshopsession",
            name="level",
            field=models.ForeignKey(
                db_column="level",
                default="N1",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="skills.level",
                to_field="code",
                verbose_name="niveau",
            ),
        ),
        migrations.AlterField(
            model_name="activityreport",
            name="level",
            field=models.ForeignKey(
                blank=True,
                db_column="level",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="skills.level",
                to_field="code",
                verbose_name="niveau",
            ),
        ),
    ]
