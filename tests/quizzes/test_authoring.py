"""Authoring in the Wagtail admin: unusable questions and quizzes are refused."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.models import Question, Quiz
from quizzes.selectors import quiz_statistics_get
from quizzes.services import answer_submit, attempt_start
from tests import builders
from tests.quizzes import factories

QUESTION_ADD = "/admin/snippets/quizzes/question/add/"
QUIZ_ADD = "/admin/snippets/quizzes/quiz/add/"


def _question_post(kind="single", choices=(), **extra):
    data = {
        "kind": kind,
        "text": "Quel bouton allume le téléphone ?",
        "explanation": "",
        "points": "1",
        "choice_order": "authored",
        "accepted_answers": "",
        "true_false_answer": "",
        "image_alt": "",
        "choices-TOTAL_FORMS": str(len(choices)),
        "choices-INITIAL_FORMS": "0",
        "choices-MIN_NUM_FORMS": "0",
        "choices-MAX_NUM_FORMS": "1000",
        **{
            f"{prefix}-{name}": value
            for prefix in ("numerical_answers", "pairs")
            for name, value in (
                ("TOTAL_FORMS", "0"),
                ("INITIAL_FORMS", "0"),
                ("MIN_NUM_FORMS", "0"),
                ("MAX_NUM_FORMS", "1000"),
            )
        },
    }
    for i, (text, correct) in enumerate(choices):
        data[f"choices-{i}-text"] = text
        data[f"choices-{i}-ORDER"] = str(i + 1)
        data[f"choices-{i}-id"] = ""
        data[f"choices-{i}-DELETE"] = ""
        data[f"choices-{i}-weight"] = "100" if correct else "0"
        data[f"choices-{i}-feedback"] = ""
    data.update(extra)
    return data


def test_a_choice_question_without_a_correct_answer_is_refused(admin_client):
    response = admin_client.post(
        QUESTION_ADD, _question_post(choices=[("Marche", False), ("Volume", False)])
    )
    assert response.status_code == 200
    assert "Donnez 100 % à la bonne réponse" in response.content.decode()
    assert not Question.objects.exists()


def test_a_valid_question_is_saved_with_its_choices(admin_client):
    response = admin_client.post(
        QUESTION_ADD, _question_post(choices=[("Marche", True), ("Volume", False)])
    )
    assert response.status_code == 302
    question = Question.objects.get()
    assert [(c.text, c.weight) for c in question.choices.all()] == [
        ("Marche", 100),
        ("Volume", 0),
    ]


def _quiz_post(question_ids, draft):
    data = {
        "title": "Exercice",
        "description": "",
        "pass_mark": "60",
        "max_questions": "",
        "feedback_mode": "after_each",
        "success_text": "",
        "fail_text": "",
        "quiz_questions-TOTAL_FORMS": str(len(question_ids)),
        "quiz_questions-INITIAL_FORMS": "0",
        "quiz_questions-MIN_NUM_FORMS": "0",
        "quiz_questions-MAX_NUM_FORMS": "1000",
    }
    if not draft:
        data["action-publish"] = "action-publish"
    for i, pk in enumerate(question_ids):
        data[f"quiz_questions-{i}-question"] = str(pk)
        data[f"quiz_questions-{i}-ORDER"] = str(i + 1)
        data[f"quiz_questions-{i}-id"] = ""
        data[f"quiz_questions-{i}-DELETE"] = ""
    return data


def test_publishing_a_quiz_with_a_broken_choice_question_is_refused(admin_client):
    broken = Question.objects.create(kind="single", text="Sans bonne réponse")
    response = admin_client.post(QUIZ_ADD, _quiz_post([broken.pk], draft=False))
    html = response.content.decode()
    assert "Publication impossible" in html
    assert "Sans bonne réponse" in html
    assert not Quiz.objects.exists()
    # As a draft it may be saved and finished later.
    response = admin_client.post(QUIZ_ADD, _quiz_post([broken.pk], draft=True))
    assert response.status_code == 302
    assert not Quiz.objects.get().live


def test_a_quiz_preview_shows_questions_without_answers(admin_client, db):
    q = factories.question("single")
    response = admin_client.post(
        "/admin/snippets/quizzes/quiz/preview/", _quiz_post([q.pk], draft=True)
    )
    assert response.json()["is_valid"]
    html = admin_client.get("/admin/snippets/quizzes/quiz/preview/").content.decode()
    assert q.text in html
    assert "Le bouton Marche" in html
    assert "bonne réponse" not in html.lower()


def _play(quiz, learners):
    for learner, right in learners:
        attempt = attempt_start(user=learner, quiz=quiz)
        for pk in attempt.question_ids:
            answer_submit(
                user=learner,
                attempt_id=attempt.pk,
                question_id=pk,
                text="true" if right else "false",
            )


def test_statistics_count_pass_rate_and_per_question_success(db):
    questions = [factories.question("true_false") for _ in range(2)]
    quiz = factories.quiz(*questions, pass_mark=50)
    _play(
        quiz,
        [(builders.user(), True), (builders.user(), True), (builders.user(), False)],
    )
    stats = quiz_statistics_get(quiz=quiz)
    assert (stats.attempts, stats.finished, stats.pass_rate) == (3, 3, 67)
    assert [row.success_rate for row in stats.questions] == [67, 67]


@pytest.mark.parametrize("learners", [3, 30])
def test_statistics_queries_do_not_grow_with_attempts(db, learners):
    quiz = factories.quiz(*[factories.question("true_false") for _ in range(3)])
    _play(quiz, [(builders.user(), i % 2 == 0) for i in range(learners)])
    with CaptureQueriesContext(connection) as ctx:
        quiz_statistics_get(quiz=quiz)
    assert len(ctx.captured_queries) == 3


def test_statistics_admin_page(admin_client, db):
    quiz = factories.quiz(factories.question("true_false"), title="Exercice clavier")
    assert (
        "Exercice clavier"
        in admin_client.get("/admin/exercices/statistiques/").content.decode()
    )
    assert (
        admin_client.get(f"/admin/exercices/statistiques/{quiz.pk}/").status_code == 200
    )


def test_a_quiz_preview_shows_matching_and_numerical_questions_as_asked(
    admin_client, db
):
    matching = factories.question("matching")
    numerical = factories.question("numerical")
    admin_client.post(
        "/admin/snippets/quizzes/quiz/preview/",
        _quiz_post([matching.pk, numerical.pk], draft=True),
    )
    html = admin_client.get("/admin/snippets/quizzes/quiz/preview/").content.decode()
    assert "Écran → …" in html and "Clavier → …" in html
    # The right-hand items sorted by text: never next to their pair.
    assert "Pointer · Voir · Écrire" in html  # sorted, not in pair order
    assert "Écran → Voir" not in html
    assert "La personne écrit un nombre" in html
