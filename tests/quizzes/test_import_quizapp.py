"""Importing a django-quiz-app dumpdata: mapping, idempotence, refusals, taking."""

import json
from pathlib import Path

import pytest

from quizzes.importers import quizapp_import
from quizzes.models import (
    AnswerStatus,
    AttemptState,
    Choice,
    ChoiceOrder,
    FeedbackMode,
    Question,
    QuestionCategory,
    QuestionKind,
    Quiz,
)
from quizzes.services import answer_submit, attempt_start

DUMP = Path(__file__).parent / "data" / "quizapp_dump.json"


def _dump() -> list[dict]:
    return json.loads(DUMP.read_text(encoding="utf-8"))


def _entry(entries, model, pk):
    return next(e for e in entries if e["model"] == model and e["pk"] == pk)


def _nothing_written():
    return not (
        Quiz.objects.exists()
        or Question.objects.exists()
        or QuestionCategory.objects.exists()
        or Choice.objects.exists()
    )


@pytest.fixture
def report(db):
    return quizapp_import(data=DUMP.read_bytes())


def test_it_creates_categories_quizzes_and_questions_of_each_kind(report):
    assert report.ok, report.errors
    assert report.quizzes == 2
    assert report.categories == 4
    assert dict(report.questions) == {
        QuestionKind.SINGLE: 2,
        QuestionKind.MULTIPLE: 1,
        QuestionKind.TRUE_FALSE: 2,
        QuestionKind.OPEN: 1,
    }
    assert report.choices == 9
    assert report.links == 7
    assert Question.objects.count() == 6
    assert Choice.objects.count() == 9


def test_sub_categories_hang_under_their_category(report):
    passwords = QuestionCategory.objects.get(name="Mots de passe")
    assert passwords.parent.name == "Sécurité numérique"
    assert passwords.parent.parent is None
    question = Question.objects.get(source="quizapp:multichoice.mcquestion:6")
    assert question.category == passwords
    # A question without sub-category keeps its category.
    essay = Question.objects.get(source="quizapp:essay.essay_question:8")
    assert essay.category.name == "Communiquer en ligne"
    assert essay.category.parent is None


def test_quiz_settings_are_mapped(report):
    mail = Quiz.objects.get(source="quizapp:quiz.quiz:1")
    assert mail.title == "Premiers pas avec la messagerie"
    assert mail.feedback_mode == FeedbackMode.AFTER_EACH
    assert mail.max_questions is None
    assert (mail.pass_mark, mail.exam_paper, mail.live) == (60, True, True)
    assert mail.success_text.startswith("Bravo")
    accounts = Quiz.objects.get(source="quizapp:quiz.quiz:2")
    assert accounts.feedback_mode == FeedbackMode.AT_END
    assert accounts.random_order and accounts.single_attempt and not accounts.live
    assert (accounts.max_questions, accounts.pass_mark) == (2, 75)
    assert not accounts.exam_paper


def test_questions_are_in_pk_order_and_shared_between_quizzes(report):
    mail = Quiz.objects.get(source="quizapp:quiz.quiz:1")
    sources = [
        link.question.source
        for link in mail.quiz_questions.select_related("question").order_by(
            "sort_order"
        )
    ]
    assert sources == [
        "quizapp:multichoice.mcquestion:4",
        "quizapp:true_false.tf_question:5",
        "quizapp:multichoice.mcquestion:6",
        "quizapp:essay.essay_question:8",
    ]
    shared = Question.objects.get(source="quizapp:multichoice.mcquestion:6")
    assert shared.quiz_questions.count() == 2


def test_question_kinds_answers_and_orders_are_mapped(report):
    at_sign = Question.objects.get(source="quizapp:multichoice.mcquestion:4")
    assert at_sign.kind == QuestionKind.SINGLE
    assert at_sign.choice_order == ChoiceOrder.ALPHABETICAL
    assert [(c.text, c.is_correct) for c in at_sign.choices.all()] == [
        ("@", True),
        ("#", False),
        ("&", False),
    ]
    assert at_sign.explanation.startswith("L'arobase")
    reflexes = Question.objects.get(source="quizapp:multichoice.mcquestion:6")
    assert reflexes.kind == QuestionKind.MULTIPLE
    assert reflexes.choice_order == ChoiceOrder.RANDOM
    phishing = Question.objects.get(source="quizapp:multichoice.mcquestion:12")
    assert phishing.choice_order == ChoiceOrder.AUTHORED
    true = Question.objects.get(source="quizapp:true_false.tf_question:5")
    false = Question.objects.get(source="quizapp:true_false.tf_question:10")
    assert (true.kind, true.true_false_answer) == (QuestionKind.TRUE_FALSE, True)
    assert false.true_false_answer is False


def test_unknown_types_figures_and_other_models_are_reported(report):
    reasons = {(s.item, s.reason) for s in report.skipped}
    assert ("« quiz.question » pk 9", "type inconnu") in reasons
    assert any(
        "uploads/2021/03/12/boite-de-reception.png" in item for item, _r in reasons
    )
    assert any("quiz.sitting" in item for item, _r in reasons)
    assert not Question.objects.filter(text__startswith="Remettez").exists()


def test_reimporting_the_same_file_creates_nothing(report):
    again = quizapp_import(data=DUMP.read_bytes())
    assert again.ok
    assert (again.quizzes, again.categories, again.question_count) == (0, 0, 0)
    assert (again.choices, again.links) == (0, 0)
    assert [s.reason for s in again.skipped].count("déjà importé") == 8
    assert Quiz.objects.count() == 2
    assert Question.objects.count() == 6
    assert QuestionCategory.objects.count() == 4


def test_a_dry_run_counts_but_writes_nothing(db):
    report = quizapp_import(data=DUMP.read_bytes(), dry_run=True)
    assert report.ok and report.dry_run
    assert (report.quizzes, report.question_count) == (2, 6)
    assert "Simulation : rien n'a été enregistré." in report.lines()
    assert _nothing_written()


def test_a_published_quiz_left_without_questions_is_imported_as_draft(db):
    entries = [
        e
        for e in _dump()
        if not (e["model"] == "quiz.question" and e["pk"] != 9)
        and e["model"] not in ("multichoice.answer", "true_false.tf_question")
        and e["model"] not in ("multichoice.mcquestion", "essay.essay_question")
    ]
    report = quizapp_import(data=json.dumps(entries))
    assert report.ok, report.errors
    assert not Quiz.objects.get(source="quizapp:quiz.quiz:1").live
    assert any("brouillon" in s.reason for s in report.skipped)


def _without_field(model, pk, name):
    entries = _dump()
    del _entry(entries, model, pk)["fields"][name]
    return json.dumps(entries)


def _no_correct_answer():
    entries = _dump()
    _entry(entries, "multichoice.answer", 1)["fields"]["correct"] = False
    return json.dumps(entries)


def _orphan_answer():
    entries = _dump()
    _entry(entries, "multichoice.answer", 9)["fields"]["question"] = 99
    return json.dumps(entries)


def _choice_too_long():
    entries = _dump()
    _entry(entries, "multichoice.answer", 2)["fields"]["content"] = "x" * 301
    return json.dumps(entries)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            '[{"model": "quiz.quiz", "pk": 1,\n "fields": {',
            ["JSON illisible", "ligne 2"],
        ),
        ('{"model": "quiz.quiz"}', ["liste d'objets"]),
        ('[{"model": "quiz.quiz", "fields": {}}]', ["Objet n° 1", "« pk »"]),
        (
            lambda: _without_field("quiz.question", 6, "content"),
            ["« quiz.question » pk 6", "« content » manquant"],
        ),
        (
            lambda: _without_field("quiz.quiz", 2, "title"),
            ["« quiz.quiz » pk 2", "« title » manquant"],
        ),
        (
            lambda: _without_field("true_false.tf_question", 10, "correct"),
            ["« true_false.tf_question » pk 10", "« correct » manquant"],
        ),
        (
            _no_correct_answer,
            [
                "« multichoice.mcquestion » pk 4",
                "Donnez une part des points aux bonnes réponses.",
            ],
        ),
        (_orphan_answer, ["« multichoice.answer » pk 9", "« question »", "pk 99"]),
        (_choice_too_long, ["« multichoice.mcquestion » pk 4", "300"]),
    ],
)
def test_a_malformed_dump_is_refused_with_its_place_and_nothing_is_written(
    db, data, expected
):
    report = quizapp_import(data=data() if callable(data) else data)
    assert not report.ok
    message = " ".join(report.errors)
    for part in expected:
        assert part in message
    assert report.lines()[0] == "Import refusé : rien n'a été enregistré."
    assert _nothing_written()


def test_one_bad_object_refuses_the_whole_file(db):
    entries = _dump()
    entries.append(
        {"model": "multichoice.mcquestion", "pk": 77, "fields": {"answer_order": ""}}
    )
    report = quizapp_import(data=json.dumps(entries))
    assert report.errors == [
        "« multichoice.mcquestion » pk 77 : la « quiz.question » de même pk manque."
    ]
    assert _nothing_written()


def test_imported_questions_can_be_taken_and_graded(report, learner):
    quiz = Quiz.objects.get(source="quizapp:quiz.quiz:1")
    attempt = attempt_start(user=learner, quiz=quiz)
    statuses = {}
    for question_id in attempt.question_ids:
        question = Question.objects.get(pk=question_id)
        correct = list(
            question.choices.filter(weight__gt=0).values_list("pk", flat=True)
        )
        answer = answer_submit(
            user=learner,
            attempt_id=attempt.pk,
            question_id=question_id,
            choice_ids=correct,
            text={
                QuestionKind.TRUE_FALSE: "true",
                QuestionKind.OPEN: "Il résume le message en quelques mots.",
            }.get(question.kind, ""),
        ).answer
        statuses[question.kind] = answer.status
    assert statuses == {
        QuestionKind.SINGLE: AnswerStatus.CORRECT,
        QuestionKind.TRUE_FALSE: AnswerStatus.CORRECT,
        QuestionKind.MULTIPLE: AnswerStatus.CORRECT,
        QuestionKind.OPEN: AnswerStatus.PENDING,
    }
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.PENDING_REVIEW
    assert attempt.score == 3


def test_unnamed_categories_are_reported_and_left_out(db):
    entries = _dump()
    _entry(entries, "quiz.subcategory", 1)["fields"]["sub_category"] = None
    _entry(entries, "quiz.category", 2)["fields"]["category"] = ""
    report = quizapp_import(data=json.dumps(entries))
    assert report.ok, report.errors
    assert report.categories == 2
    reasons = [s.reason for s in report.skipped]
    assert "catégorie sans nom" in reasons and "sous-catégorie sans nom" in reasons
    at_sign = Question.objects.get(source="quizapp:multichoice.mcquestion:4")
    assert at_sign.category.name == "Communiquer en ligne"
    phishing = Question.objects.get(source="quizapp:multichoice.mcquestion:12")
    assert phishing.category is None
    reflexes = Question.objects.get(source="quizapp:multichoice.mcquestion:6")
    assert reflexes.category.name == "Mots de passe"
    assert reflexes.category.parent is None
