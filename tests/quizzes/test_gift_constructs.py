"""GIFT without loss: each construct of the GIFT documentation imports with its
meaning, exports back, and imports again to the same question."""

from decimal import Decimal

import pytest

from quizzes.importers import gift_export, gift_import
from quizzes.models import Question, QuestionCategory, QuestionKind

# One question per construct, written for these tests.
CONSTRUCTS = {
    "partial_single": (
        "Où range-t-on un fichier téléchargé ? {\n"
        "  ~%25%Sur le bureau #Possible, mais ce n'est pas l'endroit prévu.\n"
        "  ~%50%Dans Documents\n"
        "  =Dans Téléchargements #Oui, c'est le dossier prévu.\n"
        "}"
    ),
    "half_and_full": "Un bon mot de passe ? {~%50%Long =Long et unique}",
    "multiple_negative": (
        "Quels signes d'arnaque ? {\n"
        "  ~%50%L'urgence\n  ~%50%Un lien à cliquer\n"
        "  ~%-100%Un message en français #Cela ne prouve rien.\n"
        "  ####Les escrocs pressent pour empêcher de réfléchir.\n}"
    ),
    "short_weights": "Le signe @ se nomme ? {=arobase =%50%at #Le nom anglais. }",
    "numerical_tolerance": "Combien font 7 divisé par 2 ? {#3.5:0.1}",
    "numerical_range": "Un nombre entre 1 et 5 ? {#1..5}",
    "numerical_multiple": (
        "Combien de Go reste-t-il sur 20 après 12,5 ? {#\n"
        "  =7.5:0#Exact.\n  =%50%8:0#Arrondi.\n}"
    ),
    "matching": (
        "Reliez chaque appareil à son usage. {\n"
        "  =Clavier -> écrire\n  =Souris -> pointer\n  =Écran -> voir\n}"
    ),
    "true_false_feedback": (
        "Le Wi-Fi public est sûr ? {F#Non : tout le monde peut lire.#Exact.}"
    ),
    "true_feedback_right_only": "Un antivirus aide ? {T##Oui, tenez-le à jour.}",
    "name": "::Pièce jointe::Une pièce jointe voyage avec le courriel. {T}",
    "markdown": "[markdown]Un mot de passe **long** est *plus* sûr. {TRUE}",
    "html": "[html]<p>Un <b>clic</b> &amp; c'est parti<script>x()</script></p> {F}",
    "plain": "[plain]Un **texte** brut. {T}",
    "escapes": "Écrivez \\~ \\= \\# \\{ \\} \\: tels quels. {=oui ~non}",
    "essay": "Racontez votre dernier achat en ligne. {}",
    "missing_word": "On envoie un courriel avec le bouton {=Envoyer ~Effacer} en bas.",
}


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
        question.true_feedback,
        question.false_feedback,
        [
            (n.value, n.tolerance, n.minimum, n.maximum, n.weight, n.feedback)
            for n in question.numerical_answers.all()
        ],
        [(p.left, p.right) for p in question.pairs.all()],
        path,
    )


def _one(text: str) -> Question:
    report = gift_import(text=text + "\n")
    assert report.ok, report.errors
    assert report.question_count == 1
    return Question.objects.order_by("-pk").first()


@pytest.mark.parametrize("name", list(CONSTRUCTS))
def test_each_construct_survives_export_and_import(db, name):
    first = _one(CONSTRUCTS[name])
    exported = gift_export(questions=[first])
    second = _one(exported)
    assert _shape(second) == _shape(first), exported
    assert gift_export(questions=[second]) == exported


def test_an_answer_marked_equal_keeps_one_right_answer_and_partial_ones(db):
    question = _one(CONSTRUCTS["partial_single"])
    assert question.kind == QuestionKind.SINGLE
    assert [(c.text, c.weight) for c in question.choices.all()] == [
        ("Sur le bureau", 25),
        ("Dans Documents", 50),
        ("Dans Téléchargements", 100),
    ]
    assert question.choices.last().feedback == "Oui, c'est le dossier prévu."
    assert _one(CONSTRUCTS["half_and_full"]).kind == QuestionKind.SINGLE


def test_multiple_answers_keep_negative_weights_and_general_feedback(db):
    question = _one(CONSTRUCTS["multiple_negative"])
    assert question.kind == QuestionKind.MULTIPLE
    assert [c.weight for c in question.choices.all()] == [50, 50, -100]
    assert question.choices.last().feedback == "Cela ne prouve rien."
    assert question.explanation == "Les escrocs pressent pour empêcher de réfléchir."


def test_short_answers_keep_their_weights(db):
    question = _one(CONSTRUCTS["short_weights"])
    assert question.kind == QuestionKind.SHORT_TEXT
    assert [(c.text, c.weight, c.feedback) for c in question.choices.all()] == [
        ("arobase", 100, ""),
        ("at", 50, "Le nom anglais."),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("numerical_tolerance", [(Decimal("3.5"), Decimal("0.1"), None, None, 100)]),
        ("numerical_range", [(None, 0, Decimal(1), Decimal(5), 100)]),
        (
            "numerical_multiple",
            [(Decimal("7.5"), 0, None, None, 100), (Decimal(8), 0, None, None, 50)],
        ),
    ],
)
def test_numerical_forms(db, name, expected):
    question = _one(CONSTRUCTS[name])
    assert question.kind == QuestionKind.NUMERICAL
    assert [
        (n.value, n.tolerance, n.minimum, n.maximum, n.weight)
        for n in question.numerical_answers.all()
    ] == expected


def test_matching_pairs_are_read_in_order(db):
    question = _one(CONSTRUCTS["matching"])
    assert question.kind == QuestionKind.MATCHING
    assert [(p.left, p.right) for p in question.pairs.all()] == [
        ("Clavier", "écrire"),
        ("Souris", "pointer"),
        ("Écran", "voir"),
    ]


def test_names_formats_and_escapes(db):
    assert _one(CONSTRUCTS["name"]).name == "Pièce jointe"
    assert _one(CONSTRUCTS["markdown"]).text == "Un mot de passe long est plus sûr."
    assert _one(CONSTRUCTS["html"]).text == "Un clic & c'est parti"
    assert _one(CONSTRUCTS["plain"]).text == "Un **texte** brut."
    assert _one(CONSTRUCTS["escapes"]).text == "Écrivez ~ = # { } : tels quels."
    assert _one(CONSTRUCTS["essay"]).kind == QuestionKind.OPEN
    assert _one(CONSTRUCTS["missing_word"]).text == (
        "On envoie un courriel avec le bouton _____ en bas."
    )


def test_true_false_feedback_follows_moodles_order_wrong_then_right(db):
    # « {F#wrong#right} »: the right answer is « Faux »; answering « Vrai »
    # (wrong) shows the first comment.
    question = _one(CONSTRUCTS["true_false_feedback"])
    assert question.true_false_answer is False
    assert question.true_feedback == "Non : tout le monde peut lire."
    assert question.false_feedback == "Exact."
    question = _one(CONSTRUCTS["true_feedback_right_only"])
    assert (question.true_feedback, question.false_feedback) == (
        "Oui, tenez-le à jour.",
        "",
    )


def test_categories_are_created_and_reused(db):
    text = (
        "$CATEGORY: $course$/Internet/Recherche\n\nQ1 ? {T}\n\n"
        "$CATEGORY: $course$/Internet/Recherche\n\nQ2 ? {F}\n"
    )
    assert gift_import(text=text).categories == 2
    assert gift_import(text=text).categories == 0
    assert QuestionCategory.objects.get(name="Recherche").questions.count() == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Relier ? {=a -> 1 =b}", "appariement mal écrit"),
        ("Nombre ? {#trois}", "n'est pas un nombre"),
        ("Parts ? {~%50%a ~%20%b ~c}", "font 70 %"),
    ],
)
def test_unsupported_or_wrong_constructs_are_refused_by_name_and_line(
    db, text, message
):
    report = gift_import(text="Valide ? {T}\n\n" + text + "\n")
    assert not report.ok
    assert any(e.startswith("Ligne 3") and message in e for e in report.errors), (
        report.errors
    )
    assert not Question.objects.exists()
