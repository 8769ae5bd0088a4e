"""The marking queue's indexes (migrations 0009 to 0011, issue 13): the
pending answers in queue order and by attempt, and on PostgreSQL covering
indexes that give each pending answer's learner and quiz, and a learner's
attempts, without reading the attempts' rows."""

import pytest
from django.db import connection

from quizzes.models import Answer


def _indexes(table: str) -> dict:
    with connection.cursor() as cursor:
        return connection.introspection.get_constraints(cursor, table)


def test_pending_answers_have_their_own_partial_indexes(db):
    names = {index.name: index for index in Answer._meta.indexes}
    for name in ("answer_pending_queue_idx", "answer_pending_attempt_idx"):
        assert names[name].condition is not None
        assert name in _indexes("quizzes_answer")


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="INCLUDE indexes are PostgreSQL's"
)
@pytest.mark.parametrize(
    "name, definition",
    [
        ("attempt_id_user_quiz_idx", "(id) INCLUDE (user_id, quiz_id)"),
        ("attempt_user_id_incl_idx", "(user_id) INCLUDE (id)"),
    ],
)
def test_attempts_carry_covering_indexes_for_the_queue(db, name, definition):
    assert name in _indexes("quizzes_attempt")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [name])
        assert cursor.fetchone()[0].endswith(f"USING btree {definition}")
