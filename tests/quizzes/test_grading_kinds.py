"""Grading by weights, per kind (quizzes.grading owns every rule)."""

from decimal import Decimal
from types import SimpleNamespace

import pytest

from quizzes.grading import (
    default_weights,
    grade_answer,
    parse_number,
    question_problems,
)
from quizzes.models import (
    AnswerStatus,
    Choice,
    MatchingPair,
    NumericalAnswer,
    QuestionKind,
)

D = Decimal


def _question(kind, points=1):
    return SimpleNamespace(kind=kind, points=points, true_false_answer=True)


def _choices(*weights):
    return [
        Choice(pk=i + 1, text=f"c{i + 1}", weight=D(w)) for i, w in enumerate(weights)
    ]


@pytest.mark.parametrize(
    ("weights", "ticked", "status", "points"),
    [
        ((100, 0, 0), [1], AnswerStatus.CORRECT, D(2)),
        ((25, 50, 100), [2], AnswerStatus.PARTIAL, D(1)),
        ((25, 50, 100), [1], AnswerStatus.PARTIAL, D("0.5")),
        ((100, -50, 0), [2], AnswerStatus.INCORRECT, D(0)),  # never below 0
        ((100, 0, 0), [3], AnswerStatus.INCORRECT, D(0)),
    ],
)
def test_single_choice_scores_the_chosen_weight(weights, ticked, status, points):
    grade = grade_answer(
        _question(QuestionKind.SINGLE, points=2),
        choices=_choices(*weights),
        choice_ids=ticked,
    )
    assert (grade.status, grade.points) == (status, points)


@pytest.mark.parametrize(
    ("weights", "ticked", "status", "points"),
    [
        ((50, 50, -100), [1, 2], AnswerStatus.CORRECT, D(4)),
        ((50, 50, -100), [1], AnswerStatus.PARTIAL, D(2)),
        ((50, 50, -100), [1, 2, 3], AnswerStatus.INCORRECT, D(0)),  # clamped at 0
        ((50, 50, -100), [3], AnswerStatus.INCORRECT, D(0)),
        ((50, 50, -25), [1, 2, 3], AnswerStatus.PARTIAL, D(3)),
        (
            ("33.33333", "33.33333", "33.33333", -100),
            [1, 2, 3],
            AnswerStatus.CORRECT,
            D(4),
        ),
        ((100, 100), [1, 2], AnswerStatus.CORRECT, D(4)),  # clamped at the points
    ],
)
def test_multiple_choice_sums_weights_within_zero_and_the_points(
    weights, ticked, status, points
):
    grade = grade_answer(
        _question(QuestionKind.MULTIPLE, points=4),
        choices=_choices(*weights),
        choice_ids=ticked,
    )
    assert (grade.status, grade.points) == (status, points)


@pytest.mark.parametrize(
    ("text", "status", "points"),
    [
        ("  ARObase. ", AnswerStatus.CORRECT, D(1)),
        ("at", AnswerStatus.PARTIAL, D("0.5")),
        ("dièse", AnswerStatus.INCORRECT, D(0)),
        ("", AnswerStatus.INCORRECT, D(0)),
    ],
)
def test_short_text_takes_the_best_matching_weight(text, status, points):
    choices = [
        Choice(pk=1, text="arobase", weight=D(100)),
        Choice(pk=2, text="at", weight=D(50)),
    ]
    grade = grade_answer(_question(QuestionKind.SHORT_TEXT), choices=choices, text=text)
    assert (grade.status, grade.points) == (status, points)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3,5", D("3.5")),
        ("3.5", D("3.5")),
        (" -2 ", D(-2)),
        ("1 000", D(1000)),
        ("1\u202f000,25", D("1000.25")),
        (",5", D("0.5")),
        ("7.", D(7)),
        ("trois", None),
        ("3,5,1", None),
        ("1e9999", None),
        ("", None),
        ("NaN", None),
    ],
)
def test_numbers_are_read_the_french_way(typed, expected):
    assert parse_number(typed) == expected


def _numbers():
    return [
        NumericalAnswer(pk=1, value=D("7.5"), tolerance=D(0), weight=D(100)),
        NumericalAnswer(pk=2, value=None, minimum=D(7), maximum=D(8), weight=D(50)),
        NumericalAnswer(pk=3, value=D(10), tolerance=D("0.5"), weight=D(-50)),
    ]


@pytest.mark.parametrize(
    ("typed", "status", "points"),
    [
        ("7,5", AnswerStatus.CORRECT, D(2)),
        ("7.5", AnswerStatus.CORRECT, D(2)),
        ("7,9", AnswerStatus.PARTIAL, D(1)),
        ("8", AnswerStatus.PARTIAL, D(1)),  # the range includes its ends
        ("10,4", AnswerStatus.INCORRECT, D(0)),  # a negative weight is 0 at worst
        ("6", AnswerStatus.INCORRECT, D(0)),
        ("sept", AnswerStatus.INCORRECT, D(0)),
    ],
)
def test_numerical_answers_with_tolerance_or_range(typed, status, points):
    grade = grade_answer(
        _question(QuestionKind.NUMERICAL, points=2),
        numerical_answers=_numbers(),
        text=typed,
    )
    assert (grade.status, grade.points) == (status, points)


def _pairs():
    return [
        MatchingPair(pk=1, left="Clavier", right="écrire"),
        MatchingPair(pk=2, left="Souris", right="pointer"),
        MatchingPair(pk=3, left="Écran", right="voir"),
        MatchingPair(pk=4, left="", right="imprimer"),  # a wrong right item
    ]


@pytest.mark.parametrize(
    ("matches", "status", "points"),
    [
        ({"1": 1, "2": 2, "3": 3}, AnswerStatus.CORRECT, D(3)),
        ({"1": 1, "2": 3, "3": 2}, AnswerStatus.PARTIAL, D(1)),
        ({"1": 4, "2": 4, "3": 4}, AnswerStatus.INCORRECT, D(0)),
        ({"1": 1}, AnswerStatus.PARTIAL, D(1)),
        ({}, AnswerStatus.INCORRECT, D(0)),
    ],
)
def test_matching_scores_each_right_pair(matches, status, points):
    grade = grade_answer(
        _question(QuestionKind.MATCHING, points=3), pairs=_pairs(), matches=matches
    )
    assert (grade.status, grade.points) == (status, points)


def test_matching_compares_right_texts_so_duplicates_are_both_right():
    pairs = [
        MatchingPair(pk=1, left="Chrome", right="navigateur"),
        MatchingPair(pk=2, left="Firefox", right="navigateur"),
    ]
    grade = grade_answer(
        _question(QuestionKind.MATCHING), pairs=pairs, matches={"1": 1, "2": 1}
    )
    assert grade.status == AnswerStatus.CORRECT


def test_default_weights_of_right_and_wrong_flags():
    assert default_weights(QuestionKind.SINGLE, [False, True]) == [0, 100]
    assert default_weights(QuestionKind.MULTIPLE, [True, True, True, False]) == [
        D("33.33333"),
        D("33.33333"),
        D("33.33333"),
        D(-100),
    ]


@pytest.mark.parametrize(
    ("kind", "kwargs", "message"),
    [
        (QuestionKind.SINGLE, {"choices": [("a", 50), ("b", 0)]}, "Donnez 100 %"),
        (QuestionKind.MULTIPLE, {"choices": [("a", 50), ("b", 20)]}, "font 70 %"),
        (QuestionKind.SHORT_TEXT, {"choices": [("a", 50)]}, "réponse acceptée à 100 %"),
        (QuestionKind.NUMERICAL, {"numerical": [D(50)]}, "nombre accepté à 100 %"),
        (QuestionKind.MATCHING, {"pairs": [("a", "b"), ("", "c")]}, "deux paires"),
        (QuestionKind.OPEN, {"pairs": [("a", "b")]}, "appariement"),
    ],
)
def test_unusable_questions_are_explained(kind, kwargs, message):
    kwargs = {"choices": [], "true_false_answer": None, **kwargs}
    problems = question_problems(kind=kind, **kwargs)
    assert any(message in p for p in problems), problems
