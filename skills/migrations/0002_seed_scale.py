from django.db import migrations


def seed(apps, schema_editor):
    from skills.seed import seed_scale

    seed_scale(apps.get_model("skills", "CompetenceArea"), apps.get_model("skills", "Level"))


class Migration(migrations.Migration):
    dependencies = [("skills", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
