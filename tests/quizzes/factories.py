"""Builders for quiz tests: one question of each kind in a published quiz."""

from quizzes.models import Choice, Question, QuestionKind, Quiz, QuizQuestion


def question(kind: str = QuestionKind.SINGLE, **fields) -> Question:
    defaults = {
        "text": f"Question {kind}",
        "explanation": "Parce que.",
        "points": 1,
    }
    if kind == QuestionKind.TRUE_FALSE:
        defaults["true_false_answer"] = True
    if kind == QuestionKind.SHORT_TEXT:
        defaults["accepted_answers"] = "arobase\n@"
    defaults.update(fields)
    q = Question.objects.create(kind=kind, **defaults)
    if kind == QuestionKind.SINGLE:
        Choice.objects.create(
            question=q, text="Le bouton Marche", is_correct=True, sort_order=0
        )
        Choice.objects.create(
            question=q, text="La prise", is_correct=False, sort_order=1
        )
        Choice.objects.create(
            question=q, text="L'écran", is_correct=False, sort_order=2
        )
    elif kind == QuestionKind.MULTIPLE:
        Choice.objects.create(
            question=q, text="Un long mot de passe", is_correct=True, sort_order=0
        )
        Choice.objects.create(
            question=q, text="Un mot de passe par site", is_correct=True, sort_order=1
        )
        Choice.objects.create(
            question=q, text="Le même partout", is_correct=False, sort_order=2
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
    return list(q.choices.filter(is_correct=True).values_list("pk", flat=True))


def wrong_choice_ids(q: Question) -> list[int]:
    return list(q.choices.filter(is_correct=False).values_list("pk", flat=True))[:1]
