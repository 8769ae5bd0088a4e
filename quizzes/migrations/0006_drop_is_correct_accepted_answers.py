from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0005_choice_weights_from_is_correct"),
    ]

    operations = [
        migrations.RemoveField(model_name="choice", name="is_correct"),
        migrations.RemoveField(model_name="question", name="accepted_answers"),
    ]
