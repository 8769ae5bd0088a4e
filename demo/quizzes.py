"""Load the demo quizzes and put each one at the end of its lesson (idempotent)."""

from decimal import Decimal

from django.db import transaction

from courses.models import LessonPage, ModulePage
from demo import quiz_content
from quizzes.grading import default_weights
from quizzes.models import (
    Choice,
    MatchingPair,
    NumericalAnswer,
    Question,
    Quiz,
    QuizQuestion,
)
from quizzes.services import quiz_publish
from skills.models import CompetenceArea

INTRO = "Vérifiez ce que vous avez retenu."


def question_from_spec(item: dict, *, source: str) -> Question:
    """A bank question (and its choices) from a demo content entry."""
    question = Question.objects.create(
        kind=item["kind"],
        text=item["text"],
        explanation=item.get("explanation", ""),
        true_false_answer=item.get("answer"),
        points=2 if item["kind"] == "open" else 1,
        source=source,
    )
    choices = item.get("choices", [])
    weights = default_weights(item["kind"], [correct for _text, correct in choices])
    for order, ((text, _correct), weight) in enumerate(
        zip(choices, weights, strict=True)
    ):
        Choice.objects.create(
            question=question, text=text, weight=weight, sort_order=order
        )
    for order, text in enumerate(item.get("accepted", [])):
        Choice.objects.create(
            question=question, text=text, weight=Decimal(100), sort_order=order
        )
    for order, number in enumerate(item.get("numbers", [])):
        NumericalAnswer.objects.create(
            question=question,
            value=Decimal(number["value"]),
            tolerance=Decimal(number.get("tolerance", "0")),
            weight=Decimal(number.get("weight", "100")),
            feedback=number.get("feedback", ""),
            sort_order=order,
        )
    for order, (left, right) in enumerate(item.get("pairs", [])):
        MatchingPair.objects.create(
            question=question, left=left, right=right, sort_order=order
        )
    return question


def _quiz(slug: str, spec: dict, area) -> Quiz:
    source = f"demo:{slug}"
    quiz = Quiz.objects.filter(source=source).first()
    if quiz is not None:
        return quiz
    quiz = Quiz.objects.create(
        title=spec["title"],
        description=spec["description"],
        pass_mark=spec["pass_mark"],
        success_text=spec["success_text"],
        fail_text=spec["fail_text"],
        competence_area=area,
        live=False,
        source=source,
    )
    for number, item in enumerate(spec["questions"]):
        question = question_from_spec(item, source=f"{source}:{number}")
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=number)
    quiz_publish(quiz=quiz)  # live, with a first revision as if moderated
    return quiz


def _attach(lesson: LessonPage, quiz: Quiz) -> bool:
    if any(block.block_type == "quiz" for block in lesson.body):
        return False
    lesson.body.append(("quiz", {"quiz": quiz, "intro": INTRO}))
    lesson.save_revision().publish()
    return True


@transaction.atomic
def demo_quizzes_load() -> int:
    """Create the demo quizzes and attach them; return how many were attached."""
    attached = 0
    for slug, spec in quiz_content.BENEFICIARY_LESSON_QUIZZES.items():
        lesson = LessonPage.objects.filter(slug=slug).first()
        if lesson is None:
            continue
        course = lesson.get_parent().get_parent().specific
        area = CompetenceArea.objects.filter(pk=course.competence_area_id).first()
        attached += _attach(lesson, _quiz(slug, spec, area))
    for slug, spec in quiz_content.PROFESSIONAL_MODULE_QUIZZES.items():
        module = ModulePage.objects.filter(slug=slug).first()
        if module is None:
            continue
        last_lesson = LessonPage.objects.child_of(module).order_by("path").last()
        if last_lesson is not None:
            attached += _attach(last_lesson, _quiz(slug, spec, None))
    return attached
