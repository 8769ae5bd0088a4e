"""A covering index on attempts by learner (PostgreSQL only): a professional's
marking queue keeps the pending answers of her structure's learners, read
from their attempts; with the attempt's id in the index, the 2,000 attempts
of a structure's 200 learners are read from the index alone, not from 2,000
heap pages (count and page: 14.7 → 8.8 ms in EXPLAIN on the network bench,
issue 13).
SQLite has no INCLUDE: nothing to do there (and Django's own index on
user_id stays, for SQLite's sake)."""

from django.db import migrations

NAME = "attempt_user_id_incl_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {NAME} ON quizzes_attempt (user_id) "
            "INCLUDE (id)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0010_attempt_covering_index_for_marking_queue")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
