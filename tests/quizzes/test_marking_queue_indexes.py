"""The marking queue's indexes (migrations 0009 and 0010, issue 13): the
pending answers in queue order and by attempt, and on PostgreSQL a covering
index that gives each pending answer's learner and quiz without reading the
attempt's row."""

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
def test_attempts_carry_a_covering_index_for_the_queue_search(db):
    assert "attempt_id_user_quiz_idx" in _indexes("quizzes_attempt")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = %s",
            ["attempt_id_user_quiz_idx"],
        )
        assert "INCLUDE (user_id, quiz_id)" in cursor.fetchone()[0]
