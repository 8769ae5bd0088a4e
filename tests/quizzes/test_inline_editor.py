"""Writing questions inside the quiz editor, picking bank questions, and the
question forms in French with only the fields of their kind."""

import re

import pytest

from quizzes.models import Question, QuestionCategory, Quiz
from tests.quizzes import factories

QUIZ_URL = "/admin/snippets/quizzes/quiz/"
QUESTION_URL = "/admin/snippets/quizzes/question/"
CHOOSER_URL = "/admin/question_chooser/"

WRITTEN = {
    "q_kind": "",
    "q_text": "",
    "q_choices": "",
    "q_accepted_answers": "",
    "q_explanation": "",
    "q_points": "1",
}


def _rows(rows):
    """Formset data for rows given as dicts (id, question, ORDER, q_…)."""
    data = {
        "quiz_questions-TOTAL_FORMS": str(len(rows)),
        "quiz_questions-INITIAL_FORMS": str(sum(1 for r in rows if r.get("id"))),
        "quiz_questions-MIN_NUM_FORMS": "0",
        "quiz_questions-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(rows):
        fields = {"id": "", "question": "", "ORDER": str(i + 1), "DELETE": ""}
        fields.update(WRITTEN)
        fields.update(row)
        for key, value in fields.items():
            data[f"quiz_questions-{i}-{key}"] = str(value)
    return data


def _quiz_data(title, rows, action=None):
    data = {
        "title": title,
        "description": "",
        "pass_mark": "60",
        "max_questions": "",
        "feedback_mode": "after_each",
        "success_text": "",
        "fail_text": "",
        **_rows(rows),
    }
    if action:
        data[action] = action
    return data


def test_a_trainer_writes_new_questions_inside_the_quiz(admin_client):
    rows = [
        {
            "q_kind": "true_false",
            "q_text": "Le Wi-Fi est gratuit ?",
            "q_true_false": "false",
        },
        {
            "q_kind": "single",
            "q_text": "Où est le bouton Marche ?",
            "q_choices": "* Sur le côté\nSous l'écran\n\nDerrière la batterie",
            "q_explanation": "Presque toujours sur le côté.",
            "q_points": "2",
        },
    ]
    response = admin_client.post(
        f"{QUIZ_URL}add/", _quiz_data("Mon téléphone", rows, "action-publish")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    quiz = Quiz.objects.get(title="Mon téléphone")
    assert quiz.live
    links = list(quiz.quiz_questions.select_related("question").order_by("sort_order"))
    first, second = (link.question for link in links)
    assert (first.kind, first.text, first.true_false_answer) == (
        "true_false",
        "Le Wi-Fi est gratuit ?",
        False,
    )
    assert (second.kind, second.points, second.explanation) == (
        "single",
        2,
        "Presque toujours sur le côté.",
    )
    assert [(c.text, c.is_correct) for c in second.choices.all()] == [
        ("Sur le côté", True),
        ("Sous l'écran", False),
        ("Derrière la batterie", False),
    ]
    # Still bank questions, reusable elsewhere.
    assert Question.objects.count() == 2


def test_editing_a_row_updates_the_bank_question_and_reorders(admin_client):
    a = factories.question("true_false")
    b = factories.question("single")
    quiz = factories.quiz(a, b, title="Deux questions", draft=True)
    link_a, link_b = quiz.quiz_questions.order_by("sort_order")
    right = [c for c in b.choices.all() if c.is_correct][0]
    rows = [
        {
            "id": link_b.pk,
            "question": b.pk,
            "q_kind": "single",
            "q_text": "Où est le bouton Marche, déjà ?",
            "q_choices": "\n".join(
                f"* {c.text}" if c.is_correct else c.text for c in b.choices.all()
            ),
            "ORDER": "1",
        },
        {
            "id": link_a.pk,
            "question": a.pk,
            "q_kind": "true_false",
            "q_text": a.text,
            "q_true_false": "true" if a.true_false_answer else "false",
            "ORDER": "2",
        },
    ]
    response = admin_client.post(
        f"{QUIZ_URL}edit/{quiz.pk}/", _quiz_data("Deux questions", rows)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    b.refresh_from_db()
    assert b.text == "Où est le bouton Marche, déjà ?"
    # The unchanged choices keep their rows.
    assert right.pk in [c.pk for c in b.choices.all()]
    assert [
        link.question_id for link in quiz.quiz_questions.order_by("sort_order")
    ] == [
        b.pk,
        a.pk,
    ]
    assert Question.objects.count() == 2


def test_a_written_question_is_checked_for_its_kind(admin_client):
    rows = [
        {
            "q_kind": "single",
            "q_text": "Sans bonne réponse",
            "q_choices": "Oui\nNon",
        },
        {"q_kind": "true_false", "q_text": "Vrai ou faux ?"},
    ]
    response = admin_client.post(f"{QUIZ_URL}add/", _quiz_data("Incomplet", rows))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Donnez 100 % à la bonne réponse" in html
    assert "Indiquez si la bonne réponse est « vrai » ou « faux »." in html
    assert not Quiz.objects.exists() and not Question.objects.exists()


def test_a_row_needs_a_question(admin_client):
    response = admin_client.post(f"{QUIZ_URL}add/", _quiz_data("Vide", [{}]))
    assert "Choisissez une question de la banque ou écrivez-en une." in (
        response.content.decode()
    )
    assert not Quiz.objects.exists()


def test_another_kinds_fields_are_ignored(admin_client):
    rows = [
        {
            "q_kind": "true_false",
            "q_text": "Un mot de passe se partage ?",
            "q_true_false": "false",
            "q_choices": "* reste d'un autre type",
            "q_accepted_answers": "non",
        }
    ]
    response = admin_client.post(f"{QUIZ_URL}add/", _quiz_data("Mots de passe", rows))
    assert response.status_code == 302
    question = Question.objects.get()
    assert not question.choices.exists()


def test_a_picked_bank_question_is_linked_unchanged(admin_client):
    picked = factories.question("true_false")
    before = Question.objects.values().get(pk=picked.pk)
    response = admin_client.post(
        f"{QUIZ_URL}add/", _quiz_data("Choisie", [{"question": picked.pk}])
    )
    assert response.status_code == 302
    assert Quiz.objects.get().quiz_questions.get().question_id == picked.pk
    assert Question.objects.values().get(pk=picked.pk) == before


def test_the_preview_shows_a_written_question_without_saving_it(admin_client):
    rows = [
        {"q_kind": "true_false", "q_text": "Écrit pour voir", "q_true_false": "true"}
    ]
    response = admin_client.post(f"{QUIZ_URL}preview/", _quiz_data("Aperçu", rows))
    assert response.json()["is_valid"]
    html = admin_client.get(f"{QUIZ_URL}preview/").content.decode()
    assert "Écrit pour voir" in html
    assert not Question.objects.exists()


def test_the_editor_shows_each_kinds_fields_under_a_heading(admin_client):
    html = admin_client.get(f"{QUIZ_URL}add/").content.decode()
    for heading, kinds in [
        ("Pour les questions à choix", "kind-single kind-multiple"),
        ("Pour les questions vrai ou faux", "kind-true_false"),
        ("Pour les réponses courtes", "kind-short_text"),
    ]:
        assert heading in html and kinds in html
    assert "data-kind-switch" in html
    assert "quizzes/admin/kind_switch.js" in html


# The bank question form.


def test_true_false_reads_vrai_faux(admin_client):
    html = admin_client.get(f"{QUESTION_URL}add/").content.decode()
    assert 'type="radio" name="true_false_answer" value="True"' in html
    assert ">\n        Vrai</label>" in html or "Vrai</label>" in html
    assert "Inconnu" not in html
    assert 'name="kind" data-kind-switch' in html or "data-kind-switch" in html


def test_a_true_false_question_is_saved_from_its_radio(admin_client):
    data = {
        "kind": "true_false",
        "text": "Le ciel est bleu ?",
        "category": "",
        "image": "",
        "image_alt": "",
        "audio": "",
        "choice_order": "authored",
        "true_false_answer": "False",
        "explanation": "",
        "points": "1",
        **{
            f"{prefix}-{name}": value
            for prefix in ("choices", "numerical_answers", "pairs")
            for name, value in (
                ("TOTAL_FORMS", "0"),
                ("INITIAL_FORMS", "0"),
                ("MIN_NUM_FORMS", "0"),
                ("MAX_NUM_FORMS", "1000"),
            )
        },
    }
    assert admin_client.post(f"{QUESTION_URL}add/", data).status_code == 302
    assert Question.objects.get().true_false_answer is False


def test_the_bank_list_names_kinds_in_french(admin_client):
    factories.question("true_false")
    html = admin_client.get(f"{QUESTION_URL}").content.decode()
    assert "Vrai ou faux" in html and "True/False" not in html


# Picking bank questions.


@pytest.fixture
def bank(db):
    tools = QuestionCategory.objects.create(name="Outils")
    mail = QuestionCategory.objects.create(name="Messagerie", parent=tools)
    old = Question.objects.create(kind="true_false", text="Ancienne question mail")
    middle = Question.objects.create(
        kind="single", text="Question sur la messagerie", category=mail
    )
    new = Question.objects.create(
        kind="true_false", text="Nouvelle question", category=tools
    )
    return {"old": old, "middle": middle, "new": new, "tools": tools, "mail": mail}


def _listed(response, bank):
    html = (
        response.json()["html"]
        if "json" in response["Content-Type"]
        else (response.content.decode())
    )
    found = [
        (html.find(q.text), name) for name, q in bank.items() if hasattr(q, "text")
    ]
    return [name for pos, name in sorted(found) if pos >= 0]


def test_the_bank_chooser_lists_newest_first(admin_client, bank):
    assert _listed(admin_client.get(CHOOSER_URL), bank) == ["new", "middle", "old"]


def test_the_bank_chooser_searches_text_kind_and_category(admin_client, bank):
    results = f"{CHOOSER_URL}results/"
    assert _listed(admin_client.get(results, {"q": "mail"}), bank) == ["old"]
    assert _listed(admin_client.get(results, {"kind": "true_false"}), bank) == [
        "new",
        "old",
    ]
    # A category holds its sub-categories' questions.
    assert _listed(admin_client.get(results, {"category": bank["tools"].pk}), bank) == [
        "new",
        "middle",
    ]
    assert _listed(admin_client.get(results, {"category": bank["mail"].pk}), bank) == [
        "middle"
    ]


def test_the_bank_chooser_is_in_french(admin_client, bank):
    html = admin_client.get(CHOOSER_URL).json()["html"]
    for label in ("Choisir une question", "Texte de la question", "Catégorie", "Type"):
        assert label in html
    assert "Vrai ou faux" in html


def test_the_quiz_list_shows_its_status_in_french(admin_client):
    factories.quiz(factories.question("true_false"), title="En ligne")
    factories.quiz(factories.question("true_false"), title="À finir", draft=True)
    html = admin_client.get(QUIZ_URL).content.decode()
    assert "brouillon" in html and "publiée" in html
    assert not re.search(r">\s*(True|False)\s*<", html)


def test_written_choices_get_the_kinds_weights_and_short_answers_count_in_full(
    admin_client,
):
    rows = [
        {
            "q_kind": "multiple",
            "q_text": "Un bon mot de passe ?",
            "q_choices": "* Long\n* Unique\nLe prénom du chat",
        },
        {
            "q_kind": "short_text",
            "q_text": "Le signe des adresses e-mail ?",
            "q_accepted_answers": "arobase\n@",
        },
    ]
    response = admin_client.post(f"{QUIZ_URL}add/", _quiz_data("Poids", rows))
    assert response.status_code == 302
    multiple = Question.objects.get(kind="multiple")
    assert [(c.text, c.weight) for c in multiple.choices.order_by("sort_order")] == [
        ("Long", 50),
        ("Unique", 50),
        ("Le prénom du chat", -100),
    ]
    short = Question.objects.get(kind="short_text")
    assert sorted((c.text, c.weight) for c in short.choices.all()) == [
        ("@", 100),
        ("arobase", 100),
    ]
