from django.db import migrations


def fill_last_active(apps, schema_editor):
    """Each beneficiary's last activity from the rows already there (the rule
    of dashboards.last_active, on the historical models)."""
    from dashboards.last_active import last_active_recount

    last_active_recount(
        profiles=apps.get_model("people", "BeneficiaryProfile"),
        completions=apps.get_model("courses", "LessonCompletion"),
        attempts=apps.get_model("quizzes", "Attempt"),
        runs=apps.get_model("diagnostics", "DiagnosticRun"),
        participations=apps.get_model("workshops", "Participation"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("dashboards", "0001_structure_day_tally"),
        ("people", "0014_beneficiary_last_active_at"),
        ("courses", "0010_review_task"),
        ("quizzes", "0008_true_false_feedback"),
        ("diagnostics", "0003_item_self_text_picture"),
        ("workshops", "0009_session_title_search_index"),
    ]

    operations = [migrations.RunPython(fill_last_active, migrations.RunPython.noop)]
