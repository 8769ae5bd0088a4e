"""Choices written before weights (migrations 0004 to 0006): each right/wrong
flag becomes a weight, accepted short answers become weighted choices, and
stored attempts keep their scores."""

from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("quizzes", "0003_answer_text_max_length")]
AFTER = [("quizzes", "0006_drop_is_correct_accepted_answers")]


@pytest.fixture
def migrated(transactional_db):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    Question = apps.get_model("quizzes", "Question")
    Choice = apps.get_model("quizzes", "Choice")
    Quiz = apps.get_model("quizzes", "Quiz")
    Attempt = apps.get_model("quizzes", "Attempt")
    Answer = apps.get_model("quizzes", "Answer")
    single = Question.objects.create(kind="single", text="Un ?")
    multiple = Question.objects.create(kind="multiple", text="Plusieurs ?")
    three = Question.objects.create(kind="multiple", text="Trois ?")
    short = Question.objects.create(
        kind="short_text", text="Nom ?", accepted_answers="arobase\n\n  @  \n"
    )
    rows = {}
    for question, flags in [
        (single, [True, False]),
        (multiple, [True, True, False]),
        (three, [True, True, True, False]),
    ]:
        rows[question.pk] = [
            Choice.objects.create(
                question=question, text=f"r{i}", is_correct=flag, sort_order=i
            ).pk
            for i, flag in enumerate(flags)
        ]
    from tests import builders

    user = builders.user("ancienne")  # people's tables are at their latest
    quiz = Quiz.objects.create(title="Ancien", draft=False)
    attempt = Attempt.objects.create(
        user_id=user.pk,
        quiz=quiz,
        question_ids=[single.pk, multiple.pk, three.pk, short.pk],
        score=Decimal(2),
        max_score=Decimal(4),
        percent=Decimal(50),
        state="finished",
        passed=False,
    )
    old = [
        # (question, choices ticked, text, status, points) as graded before.
        (single, [rows[single.pk][0]], "", "correct", Decimal(1)),
        (multiple, rows[multiple.pk][:2], "", "correct", Decimal(1)),
        (three, rows[three.pk], "", "incorrect", Decimal(0)),
        (short, [], "@", "correct", Decimal(1)),
    ]
    for question, ticked, text, status, points in old:
        Answer.objects.create(
            attempt=attempt,
            question=question,
            choice_ids=ticked,
            text=text,
            status=status,
            points=points,
        )
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    # The checks read the rows through today's models: the schema goes on to
    # the latest migrations (later ones leave choices and answers as they are).
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    yield {
        "single": single.pk,
        "multiple": multiple.pk,
        "three": three.pk,
        "short": short.pk,
        "attempt": attempt.pk,
    }
    # Leave the database at the latest migration for the next tests.
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


# One test: migrating back to 0003 and forward again takes seconds.
def test_flags_become_weights_and_stored_attempts_keep_their_scores(migrated):
    from quizzes.grading import grade_answer
    from quizzes.models import Answer, Attempt, Question

    def weights(key):
        return [c.weight for c in Question.objects.get(pk=migrated[key]).choices.all()]

    assert weights("single") == [100, 0]
    assert weights("multiple") == [50, 50, -100]
    assert weights("three") == [
        Decimal("33.33333"),
        Decimal("33.33333"),
        Decimal("33.33333"),
        -100,
    ]
    short = Question.objects.get(pk=migrated["short"])
    assert [(c.text, c.weight) for c in short.choices.all()] == [
        ("arobase", 100),
        ("@", 100),
    ]

    # Stored attempts keep their scores and regrade the same.
    attempt = Attempt.objects.get(pk=migrated["attempt"])
    assert (attempt.score, attempt.percent, attempt.passed) == (2, 50, False)
    for answer in Answer.objects.filter(attempt=attempt).select_related("question"):
        question = answer.question
        grade = grade_answer(
            question,
            choices=list(question.choices.all()),
            choice_ids=answer.choice_ids,
            text=answer.text,
        )
        assert (grade.status, grade.points) == (answer.status, answer.points)
