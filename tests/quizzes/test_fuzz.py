"""Property tests: GIFT and quiz-app imports write everything or nothing and say
why in French; answering a question never fails; the GIFT parser is linear."""

import json
import time

import pytest
from django.urls import reverse
from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from quizzes.importers import gift_import, quizapp_import
from quizzes.models import (
    Answer,
    Choice,
    Question,
    QuestionCategory,
    QuestionKind,
    Quiz,
)
from quizzes.services import attempt_start
from tests.fuzz import CONTROL, assert_french, typed_text
from tests.quizzes import factories


def _counts() -> tuple[int, ...]:
    return tuple(
        m.objects.count() for m in (Quiz, Question, Choice, QuestionCategory, Answer)
    )


# GIFT: pieces of its syntax, shuffled with anything.
gift_piece = st.one_of(
    st.sampled_from(
        [
            "::Titre::",
            "{",
            "}",
            "=",
            "~",
            "#",
            "%50%",
            "%-100%",
            "->",
            "TRUE",
            "F",
            "\\:",
            "\\n",
            "// note",
            "$CATEGORY: a/b",
            "[html]",
            "\n",
            "\n\n",
            " " * 50,
            "Question ?",
            "{=oui ~non}",
            "{T}",
            "{#3:1}",
            "{}",
            "{=a -> b =c -> d}",
        ]
    ),
    st.text(max_size=8),
    CONTROL,
)
gift_text = st.lists(gift_piece, max_size=25).map("".join)


@given(gift_text)
@example("Question ?\x00 {=oui ~non}")
@example("Q {=oui" + " " * 40_000 + "~non}")
def test_a_gift_import_writes_all_or_nothing_and_says_why(db, text):
    before = _counts()
    report = gift_import(text=text)
    if report.errors:
        assert _counts() == before
        assert_french(report.errors)


def test_a_nul_byte_in_gift_is_refused_naming_its_line(db):
    report = gift_import(text="Q1 {=oui ~non}\n\nQ2\x00 {=oui ~non}")
    assert report.errors and report.errors[0].startswith("Ligne 3 :")
    assert not Question.objects.exists()


def _parse_seconds(spaces: int) -> float:
    text = "Question" + " " * spaces + "\n" + " " * spaces + "suite {=oui ~non}"
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        gift_import(text=text)
        best = min(best, time.perf_counter() - start)
    return best


def test_the_gift_parser_grows_linearly_with_runs_of_spaces(db):
    small, large = _parse_seconds(10_000), _parse_seconds(40_000)
    assert large < 0.2
    # Four times the text: about four times the time, never sixteen (quadratic).
    assert large < max(8 * small, 0.02)


# Quiz-app JSON: scalars where the dump has them, or lists, objects, deep nests.
json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.text(max_size=10),
    CONTROL,
)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(max_size=5), inner, max_size=3),
    ),
    max_leaves=8,
)
FIELDS = {
    "quiz.category": ["category"],
    "quiz.subcategory": ["sub_category", "category"],
    "quiz.quiz": [
        "title",
        "description",
        "random_order",
        "max_questions",
        "pass_mark",
        "answers_at_end",
        "exam_paper",
        "single_attempt",
        "draft",
        "success_text",
        "fail_text",
    ],
    "quiz.question": [
        "content",
        "explanation",
        "category",
        "sub_category",
        "quiz",
        "figure",
    ],
    "multichoice.mcquestion": ["answer_order"],
    "multichoice.answer": ["question", "content", "correct"],
    "true_false.tf_question": ["correct"],
    "essay.essay_question": [],
}
entry = st.sampled_from(sorted(FIELDS)).flatmap(
    lambda model: st.fixed_dictionaries(
        {
            "model": st.just(model),
            "pk": st.one_of(st.integers(min_value=1, max_value=3), json_value),
            "fields": st.fixed_dictionaries(
                {},
                optional={
                    name: st.one_of(
                        json_value, st.integers(1, 3), st.lists(st.integers(1, 3))
                    )
                    for name in FIELDS[model]
                },
            ),
        }
    )
)
dump = st.one_of(st.lists(entry, max_size=8), json_value)


@given(dump)
@example(
    [{"model": "quiz.question", "pk": 1, "fields": {"quiz": [[1]], "category": [1]}}]
)
@example([{"model": "multichoice.mcquestion", "pk": 1, "fields": {"answer_order": []}}])
@example([{"model": "quiz.category", "pk": 1, "fields": {"category": "Bu\u0000reau"}}])
def test_a_quizapp_import_writes_all_or_nothing_and_says_why(db, data):
    before = _counts()
    report = quizapp_import(data=json.dumps(data))
    if report.errors:
        assert _counts() == before
        assert_french(report.errors)


@pytest.mark.parametrize("depth", [10_000, 200_000])
def test_deeply_nested_json_is_refused_in_french(db, depth):
    report = quizapp_import(data="[" * depth + "]" * depth)
    assert report.errors
    assert_french(report.errors)


@pytest.fixture
def open_attempt(learner):
    quiz = factories.quiz(
        factories.question(QuestionKind.OPEN), factories.question(QuestionKind.SINGLE)
    )
    return attempt_start(user=learner, quiz=quiz)


@hypothesis_settings(max_examples=30)
@given(
    text=typed_text,
    choices=st.lists(
        st.one_of(st.integers().map(str), st.text(max_size=5)), max_size=3
    ),
    position=st.integers(min_value=1, max_value=2),
)
@example(text="a" * 1_000_000, choices=[], position=1)
def test_answering_refuses_any_odd_answer_without_a_500(
    client, learner, open_attempt, text, choices, position
):
    client.force_login(learner)
    before = _counts()
    response = client.post(
        reverse("quizzes:attempt_question", args=[open_attempt.pk, position]),
        {"text": text, "choice": choices, "choices": choices},
    )
    assert response.status_code in (200, 302, 400)  # 400: the form, with why
    if response.status_code != 302 and response.context.get("form") is not None:
        form = response.context["form"]
        if form.errors:
            assert _counts() == before
            assert_french([e for errors in form.errors.values() for e in errors])
    for answer in Answer.objects.all():
        assert len(answer.text) <= 5000 and "\x00" not in answer.text
