"""A covering index on attempts (PostgreSQL only): the marking queue's search
and its sort by quiz read the learner and the quiz of every pending answer;
with `user_id` and `quiz_id` in the index, each lookup is an index-only probe
instead of a parallel scan of every attempt (issue 13). SQLite has no
INCLUDE: nothing to do there."""

from django.db import migrations

NAME = "attempt_id_user_quiz_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {NAME} ON quizzes_attempt (id) "
            "INCLUDE (user_id, quiz_id)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0009_answer_pending_queue_indexes")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
