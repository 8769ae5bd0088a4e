"""Builders for quiz tests: one question of each kind in a published quiz."""

from decimal import Decimal

from quizzes.models import (
    Choice,
    MatchingPair,
    NumericalAnswer,
    Question,
    QuestionKind,
    Quiz,
    QuizQuestion,
)


def question(kind: str = QuestionKind.SINGLE, **fields) -> Question:
    defaults = {
        "text": f"Question {kind}",
        "explanation": "Parce que.",
        "points": 1,
    }
    if kind == QuestionKind.TRUE_FALSE:
        defaults["true_false_answer"] = True
    accepted = fields.pop("accepted_answers", "arobase\n@")
    defaults.update(fields)
    q = Question.objects.create(kind=kind, **defaults)
    if kind == QuestionKind.SHORT_TEXT:
        for i, text in enumerate(a for a in accepted.splitlines() if a.strip()):
            Choice.objects.create(question=q, text=text, weight=100, sort_order=i)
    if kind == QuestionKind.SINGLE:
        Choice.objects.create(
            question=q, text="Le bouton Marche", weight=100, sort_order=0
        )
        Choice.objects.create(question=q, text="La prise", weight=0, sort_order=1)
        Choice.objects.create(question=q, text="L'écran", weight=0, sort_order=2)
    elif kind == QuestionKind.MULTIPLE:
        Choice.objects.create(
            question=q, text="Un long mot de passe", weight=50, sort_order=0
        )
        Choice.objects.create(
            question=q, text="Un mot de passe par site", weight=50, sort_order=1
        )
        Choice.objects.create(
            question=q, text="Le même partout", weight=-100, sort_order=2
        )
    elif kind == QuestionKind.NUMERICAL:
        NumericalAnswer.objects.create(
            question=q, value=Decimal("7.5"), tolerance=0, weight=100, sort_order=0
        )
        NumericalAnswer.objects.create(
            question=q,
            minimum=7,
            maximum=8,
            weight=50,
            feedback="Presque : le compte exact est 7,5.",
            sort_order=1,
        )
    elif kind == QuestionKind.MATCHING:
        for i, (left, right) in enumerate(
            [("Écran", "Voir"), ("Clavier", "Écrire"), ("Souris", "Pointer")]
        ):
            MatchingPair.objects.create(
                question=q, left=left, right=right, sort_order=i
            )
    return q


def quiz(*questions: Question, draft: bool = False, **fields) -> Quiz:
    # A draft is a quiz that is not live (never published).
    q = Quiz.objects.create(
        title=fields.pop("title", "Exercice"), live=not draft, **fields
    )
    for i, item in enumerate(questions):
        QuizQuestion.objects.create(quiz=q, question=item, sort_order=i)
    return q


def every_kind_quiz(**fields) -> Quiz:
    return quiz(
        question(QuestionKind.SINGLE),
        question(QuestionKind.MULTIPLE),
        question(QuestionKind.TRUE_FALSE),
        question(QuestionKind.SHORT_TEXT),
        question(QuestionKind.OPEN, points=2),
        **fields,
    )


def correct_choice_ids(q: Question) -> list[int]:
    return list(q.choices.filter(weight__gt=0).values_list("pk", flat=True))


def wrong_choice_ids(q: Question) -> list[int]:
    return list(q.choices.filter(weight__lte=0).values_list("pk", flat=True))[:1]


def right_matches(q: Question) -> dict[str, int]:
    """A matching question's right answer: each left pair with itself."""
    return {str(p.pk): p.pk for p in q.pairs.exclude(left="")}
