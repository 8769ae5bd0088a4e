"""Builders for the training path: a professional course with a quiz holding an
open answer, and the steps a professional takes through it."""

from courses.models import Audience, LessonPage, ModulePage
from courses.services import lesson_complete
from people import roles
from quizzes.models import Answer, AnswerStatus, QuestionKind
from quizzes.services import answer_mark, answer_submit, attempt_start
from tests import builders
from tests.quizzes import factories


def professional_path(catalogues, *, modules: int = 2, lessons_per_module: int = 2):
    """A live professional course; its first module's last lesson holds a quiz
    with a true/false and an open question. Returns a dict of the pieces."""
    course = builders.course(
        catalogues[Audience.PROFESSIONAL],
        modules=modules,
        lessons_per_module=lessons_per_module,
        title="Devenir relais numérique",
    )
    true_false = factories.question(QuestionKind.TRUE_FALSE)
    open_q = factories.question(QuestionKind.OPEN, points=1)
    quiz = factories.quiz(true_false, open_q, title="Évaluation P1", pass_mark=100)
    lessons = builders.lessons_of(course)
    holder = lessons[lessons_per_module - 1]
    holder.body.append(("quiz", {"quiz": quiz, "intro": ""}))
    holder.save()
    return {
        "course": course,
        "modules": list(ModulePage.objects.child_of(course).order_by("path")),
        "lessons": lessons,
        "quiz": quiz,
        "true_false": true_false,
        "open": open_q,
    }


def complete_lessons(user, lessons: list[LessonPage]) -> None:
    for lesson in lessons:
        lesson_complete(user=user, lesson=lesson)


def answer_quiz(user, path) -> None:
    """Answer the quiz: the true/false right, the open one left for marking."""
    attempt = attempt_start(user=user, quiz=path["quiz"])
    for question_id in attempt.question_ids:
        text = "true" if question_id == path["true_false"].pk else "Je l'oriente."
        answer_submit(
            user=user, attempt_id=attempt.pk, question_id=question_id, text=text
        )


def mark_open_answers(user, *, points: int = 1) -> None:
    marker = builders.user(group=roles.TRAINER)
    for answer in Answer.objects.filter(
        attempt__user=user, status=AnswerStatus.PENDING
    ):
        answer_mark(by=marker, answer_id=answer.pk, points=points)


def finish_path(user, path) -> None:
    complete_lessons(user, path["lessons"])
    answer_quiz(user, path)
    mark_open_answers(user)


def coordinator_user():
    return builders.user(group=roles.COORDINATOR)
