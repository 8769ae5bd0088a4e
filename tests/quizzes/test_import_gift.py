"""Moodle GIFT: every supported syntax, refusals by line, export round-trip."""

from pathlib import Path

import pytest

from quizzes.importers import gift_export, gift_import, gift_import_as_quiz
from quizzes.models import (
    AnswerStatus,
    AttemptState,
    Choice,
    Question,
    QuestionCategory,
    QuestionKind,
    Quiz,
)
from quizzes.services import answer_submit, attempt_start
from tests.quizzes import factories

SAMPLE = Path(__file__).parent / "data" / "sample.gift"


@pytest.fixture
def report(db):
    return gift_import(text=SAMPLE.read_text(encoding="utf-8"))


def _q(start: str) -> Question:
    return Question.objects.get(text__startswith=start)


def _choices(question: Question) -> list[tuple[str, bool]]:
    return [(c.text, c.is_correct) for c in question.choices.all()]


def test_the_sample_creates_one_question_per_supported_block(report):
    assert report.ok, report.errors
    assert dict(report.questions) == {
        QuestionKind.SINGLE: 3,
        QuestionKind.MULTIPLE: 1,
        QuestionKind.TRUE_FALSE: 5,
        QuestionKind.SHORT_TEXT: 1,
        QuestionKind.OPEN: 1,
        QuestionKind.NUMERICAL: 1,
        QuestionKind.MATCHING: 1,
    }
    assert report.categories == 3
    assert report.choices == 15  # 12 proposed, 3 accepted short answers
    assert Question.objects.count() == 13


def test_only_the_description_block_is_skipped_by_line(report):
    assert [(s.item, s.reason.split(",")[0]) for s in report.skipped] == [
        ("Ligne 48", "texte sans bloc de réponses { }"),
    ]


def test_titles_markers_and_feedback_are_read(report):
    at_sign = _q("Quel signe trouve-t-on")
    assert at_sign.text == "Quel signe trouve-t-on dans toute adresse électronique ?"
    assert at_sign.kind == QuestionKind.SINGLE
    assert _choices(at_sign) == [("@", True), ("#", False), ("&", False)]
    assert at_sign.explanation == (
        "L'arobase sépare le nom de la personne et le service : marie@exemple.fr."
    )
    assert _q("Un antivirus").text == "Un antivirus protège contre toutes les arnaques."
    assert _q("Le mot « spam »").true_false_answer is True


def test_categories_follow_category_lines_without_moodle_roots(report):
    mail = QuestionCategory.objects.get(name="Messagerie électronique")
    assert mail.parent.name == "Communiquer en ligne"
    assert mail.parent.parent is None
    assert _q("Quel signe trouve-t-on").category == mail
    assert _q("Le cadenas").category.name == "Sécurité numérique"
    assert not QuestionCategory.objects.filter(name__in=["top", "$course$"]).exists()


def test_true_false_forms_and_general_feedback(report):
    assert _q("Une pièce jointe").true_false_answer is True
    cancelled = _q("Un courriel envoyé")
    assert cancelled.true_false_answer is False
    assert cancelled.explanation == "Une fois parti, il est trop tard."
    assert _q("Un antivirus").true_false_answer is False
    assert _q("Le cadenas").true_false_answer is True


def test_weights_short_answers_essays_and_missing_words(report):
    reflexes = _q("Quels sont de bons réflexes")
    assert reflexes.kind == QuestionKind.MULTIPLE
    assert _choices(reflexes) == [
        ("Au moins 12 caractères", True),
        ("Un mot de passe différent par site", True),
        ("Sa date de naissance", False),
    ]
    name = _q("Comment appelle-t-on")
    assert name.kind == QuestionKind.SHORT_TEXT
    assert name.accepted_answer_list == ["arobase", "arobas", "at"]
    assert _q("Décrivez").kind == QuestionKind.OPEN
    send = _q("Pour envoyer")
    assert (
        send.text == "Pour envoyer un courriel, on clique sur _____ en bas du message."
    )
    assert _choices(send)[0] == ("Envoyer", True)


def test_escapes_and_line_breaks(report):
    spreadsheet = _q("Dans un tableur")
    assert spreadsheet.text == (
        "Dans un tableur, une formule commence par = ; « 1 ~ 1 » n'en est pas une, "
        "le signe # se lit « dièse » et les accolades { } ne servent pas ici : "
        "attention.\nQuel signe commence une formule ?"
    )
    assert _choices(spreadsheet) == [("=", True), ("+", False), ("#", False)]


def test_questions_go_into_the_given_quiz_and_category(db):
    quiz = factories.quiz(factories.question(), draft=True)
    default = QuestionCategory.objects.create(name="Divers")
    report = gift_import(
        text="Premier ? {=oui ~non}\n\nSecond ? {T}\n", quiz=quiz, category=default
    )
    assert report.ok and report.links == 2
    texts = [
        link.question.text
        for link in quiz.quiz_questions.select_related("question").order_by(
            "sort_order"
        )
    ]
    assert texts == ["Question single", "Premier ?", "Second ?"]
    assert _q("Premier").category == default


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Bonne ? {T}\n\n// note\nQuestion {=a ~b\n", 4, "jamais refermée"),
        ("Question =a ~b}\n", 1, "« } » sans « { »"),
        ("Q1 ? {T}\n\nQ2 ?\n{=a ~b} puis {=c ~d}\n", 4, "« { » en trop"),
        (
            "Q1 ? {T}\n\n\nChoix ? {\n~a\n~b\n}\n",
            4,
            "Donnez une part des points aux bonnes réponses.",
        ),
        ("Choix ? {=a}\n\nSeul ? {~%100%a}\n", 3, "Proposez au moins deux réponses."),
        ("Q ? {oui =a ~b}\n", 1, "commence par « = » ou « ~ »"),
        ("Q ? {=a ~}\n", 1, "réponse vide"),
        ("::Titre sans fin Q ? {T}\n", 1, "titre"),
        ("{T}\n", 1, "pas de texte"),
        ("$CATEGORY: " + "x" * 130 + "\n\nQ ? {T}\n", 1, "120"),
    ],
)
def test_a_malformed_file_is_refused_with_its_line_and_nothing_is_written(
    db, text, line, message
):
    report = gift_import(text="Valide ? {TRUE}\n\n" + text)
    assert not report.ok
    expected_line = f"Ligne {line + 2}"
    assert any(
        error.startswith(expected_line) and message in error for error in report.errors
    ), report.errors
    assert not Question.objects.exists()
    assert not QuestionCategory.objects.exists()


def test_a_refused_file_does_not_leave_its_quiz_behind(db):
    report = gift_import_as_quiz(text="Q ? {=a ~b}\n\nR ? {\n", title="Essai")
    assert not report.ok
    assert not Quiz.objects.exists()
    assert not Question.objects.exists()


def _tricky_questions() -> list[Question]:
    bank = QuestionCategory.objects.create(name="Sécurité / vie privée")
    child = QuestionCategory.objects.create(name="Arnaques : repérer", parent=bank)
    single = factories.question(
        QuestionKind.SINGLE,
        text="// Pas un commentaire : {accolades} = ~ # \\ fin\nDeuxième ligne",
        explanation="Voir la fiche n° 3 :\n« Allumer ».",
        category=child,
    )
    Choice.objects.create(question=single, text="%10% de remise", sort_order=5)
    multiple_one_correct = factories.question(
        QuestionKind.MULTIPLE, text="[html] n'est pas un format ici", category=bank
    )
    multiple_one_correct.choices.filter(text="Un mot de passe par site").update(
        weight=0
    )
    multiple_one_correct.choices.filter(text="Un long mot de passe").update(weight=100)
    return [
        single,
        factories.question(QuestionKind.MULTIPLE, text="Deux bonnes ?", category=None),
        multiple_one_correct,
        factories.question(QuestionKind.TRUE_FALSE, true_false_answer=False),
        factories.question(QuestionKind.TRUE_FALSE, category=child, explanation=""),
        factories.question(
            QuestionKind.SHORT_TEXT, accepted_answers="arobase\n@\n%5% x\nà #1"
        ),
        factories.question(QuestionKind.OPEN, text="Racontez : {libre}"),
    ]


def _shape(question: Question):
    category, path = question.category, []
    while category is not None:
        path.insert(0, category.name)
        category = category.parent
    return (
        question.kind,
        question.name,
        question.text,
        question.explanation,
        [(c.text, c.weight, c.feedback) for c in question.choices.all()],
        question.true_false_answer,
        [
            (n.value, n.tolerance, n.minimum, n.maximum, n.weight, n.feedback)
            for n in question.numerical_answers.all()
        ],
        [(p.left, p.right) for p in question.pairs.all()],
        path,
    )


def test_export_then_import_gives_back_the_same_questions(db):
    originals = _tricky_questions()
    expected = [_shape(q) for q in originals]
    text = gift_export(questions=originals)
    ids = [q.pk for q in originals]
    report = gift_import(text=text)
    assert report.ok, (report.errors, text)
    assert report.question_count == len(originals)
    copies = Question.objects.exclude(pk__in=ids).order_by("pk")
    assert [_shape(q) for q in copies] == expected
    assert gift_export(questions=copies) == text


def test_export_writes_moodle_syntax(db):
    text = gift_export(questions=_tricky_questions())
    assert "$CATEGORY: Sécurité // vie privée/Arnaques \\: repérer" not in text
    assert "$CATEGORY: Sécurité // vie privée/Arnaques : repérer" in text
    assert "\\{accolades\\} \\= \\~ \\# \\\\ fin\\nDeuxième ligne" in text
    assert "~%50%Un long mot de passe" in text
    assert "~%-100%Le même partout" in text
    assert "{\n    FALSE\n    ####Parce que.\n}" in text
    assert "Racontez \\: \\{libre\\} {\n    ####Parce que.\n}" in text


def test_imported_gift_questions_can_be_taken_and_graded(db, learner):
    report = gift_import_as_quiz(
        text=SAMPLE.read_text(encoding="utf-8"), title="Ma boîte mail"
    )
    assert report.ok and report.quizzes == 1
    quiz = Quiz.objects.get(pk=report.quiz_ids[0])
    assert not quiz.live and quiz.quiz_questions.count() == 13
    quiz.live = True
    quiz.save()
    attempt = attempt_start(user=learner, quiz=quiz)
    for question_id in attempt.question_ids:
        question = Question.objects.get(pk=question_id)
        answer = answer_submit(
            user=learner,
            attempt_id=attempt.pk,
            question_id=question_id,
            choice_ids=list(
                question.choices.filter(weight__gt=0).values_list("pk", flat=True)
            )
            if question.kind in ("single", "multiple")
            else [],
            matches=factories.right_matches(question),
            text={
                QuestionKind.NUMERICAL: "13,5",
                QuestionKind.TRUE_FALSE: "true"
                if question.true_false_answer
                else "false",
                QuestionKind.SHORT_TEXT: "  ARObase. ",
                QuestionKind.OPEN: "Je ne clique pas sur les liens.",
            }.get(question.kind, ""),
        ).answer
        expected = (
            AnswerStatus.PENDING
            if question.kind == QuestionKind.OPEN
            else AnswerStatus.CORRECT
        )
        assert answer.status == expected, question.text
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.PENDING_REVIEW
    assert attempt.score == 12
