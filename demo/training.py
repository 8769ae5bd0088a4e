"""The demo's attested professional: Nadia (pro.corbeil) has completed the
training path P1–P4 and holds her attestation, through the real services
(lessons completed, quizzes answered, open answers marked by the trainer)."""

from django.contrib.auth import get_user_model

from courses.models import Audience, CataloguePage, LessonPage
from courses.services import lesson_complete
from quizzes.models import Answer, AnswerStatus, Question, QuestionKind
from quizzes.services import answer_mark, answer_submit, attempt_start
from training.models import Attestation
from training.path import path_complete, training_path_get
from training.services import attestation_issue_if_complete, attestation_pdf_make

ATTESTED = "pro.corbeil"
MARKER = "formatrice"
OPEN_ANSWER = (
    "Je commence par demander à la personne ce qu'elle sait déjà faire, puis je "
    "la laisse manipuler elle-même en la guidant."
)


def _right_answer(question: Question) -> dict:
    if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        return {"choice_ids": [c.pk for c in question.choices.all() if c.is_correct]}
    if question.kind == QuestionKind.TRUE_FALSE:
        return {"text": "true" if question.true_false_answer else "false"}
    if question.kind == QuestionKind.SHORT_TEXT:
        return {"text": question.accepted_answer_list[0]}
    return {"text": OPEN_ANSWER}


def _pass(user, quiz_id: int, marker) -> None:
    from quizzes.models import Quiz

    attempt = attempt_start(user=user, quiz=Quiz.objects.get(pk=quiz_id))
    answered = set(attempt.answers.values_list("question_id", flat=True))
    questions = Question.objects.prefetch_related("choices").in_bulk(
        attempt.question_ids
    )
    for question_id in attempt.question_ids:
        if question_id not in answered:
            answer_submit(
                user=user,
                attempt_id=attempt.pk,
                question_id=question_id,
                **_right_answer(questions[question_id]),
            )
    for answer in Answer.objects.filter(attempt=attempt, status=AnswerStatus.PENDING):
        answer_mark(
            by=marker,
            answer_id=answer.pk,
            points=answer.question.points,
            comment="Très bien : vous faites avec la personne, pas à sa place.",
        )


def demo_training_load() -> int:
    """Complete the path for the demo professional and issue her attestation,
    its PDF made now (or marked « Non produit » without Pango). Returns 1 when
    an attestation was issued, 0 when it already existed (idempotent)."""
    User = get_user_model()
    user = User.objects.filter(username=ATTESTED).first()
    marker = User.objects.filter(username=MARKER).first()
    if user is None or marker is None:
        return 0
    if Attestation.objects.filter(holder=user).exists():
        return 0
    if not CataloguePage.objects.filter(audience=Audience.PROFESSIONAL).exists():
        return 0
    path = training_path_get()
    for entry in path.modules:
        for lesson in entry.lessons:
            lesson_complete(user=user, lesson=LessonPage.objects.get(pk=lesson.pk))
        for quiz_id in entry.quiz_ids:
            _pass(user, quiz_id, marker)
    if not path_complete(user=user):
        return 0
    attestation = attestation_issue_if_complete(user=user)
    if attestation is None:
        return 0
    attestation_pdf_make(attestation_id=attestation.pk)
    return 1
