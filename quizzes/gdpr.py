"""What quizzes hold about a person, declared to people.gdpr (see QuizzesConfig)."""

from django.db.models import Prefetch, Q

from people.gdpr import (
    choice_label_getter,
    register_not_personal,
    register_personal_data,
)
from quizzes.models import Answer, Attempt, Choice, MatchingPair, QuestionKind

# Answers whose text the person typed themselves (true/false stores "true"/"false").
TYPED_KINDS = (QuestionKind.SHORT_TEXT, QuestionKind.OPEN, QuestionKind.NUMERICAL)


_ATTEMPT_COLUMNS = (
    "quiz__title",
    "started_at",
    "finished_at",
    "state",
    "score",
    "max_score",
    "percent",
    "passed",
)
_ANSWER_COLUMNS = (
    "attempt_id",
    "question__text",
    "choice_ids",
    "text",
    "matches",
    "status",
    "points",
    "answered_at",
    "marker_comment",
    "marked_at",
)


def attempts_export(user) -> list[dict]:
    """The person's quiz attempts with their answers, oldest first (four queries)."""
    # Only the columns written out: whole quizzes and questions (pages of
    # settings and texts) cost more to build than to read (issue 13).
    attempts = list(
        Attempt.objects.filter(user=user)
        .select_related("quiz")
        .only(*_ATTEMPT_COLUMNS)
        .prefetch_related(
            Prefetch(
                "answers",
                queryset=Answer.objects.select_related("question")
                .only(*_ANSWER_COLUMNS)
                .order_by("answered_at", "pk"),
            )
        )
        .order_by("started_at", "pk")
    )
    choice_ids = {
        pk
        for attempt in attempts
        for answer in attempt.answers.all()
        for pk in answer.choice_ids
    }
    choices = dict(Choice.objects.filter(pk__in=choice_ids).values_list("pk", "text"))
    pair_ids = {
        int(pk)
        for attempt in attempts
        for answer in attempt.answers.all()
        for item in (answer.matches or {}).items()
        for pk in item
    }
    pairs = {pair.pk: pair for pair in MatchingPair.objects.filter(pk__in=pair_ids)}
    status_label = choice_label_getter(Answer, "status")
    return [
        {
            "exercice": attempt.quiz.title,
            "commencee_le": attempt.started_at,
            "finie_le": attempt.finished_at,
            "etat": attempt.get_state_display(),
            "score": attempt.score,
            "score_maximum": attempt.max_score,
            "pourcentage": attempt.percent,
            "reussie": attempt.passed,
            "reponses": [
                {
                    "question": answer.question.text,
                    "choix": [choices.get(pk, "") for pk in answer.choice_ids],
                    "texte": answer.text,
                    "appariement": [
                        {
                            "element": pairs[int(left)].left,
                            "reponse_choisie": pairs[int(right)].right,
                        }
                        for left, right in (answer.matches or {}).items()
                        if int(left) in pairs and int(right) in pairs
                    ],
                    "resultat": status_label(answer.status),
                    "points": answer.points,
                    "repondue_le": answer.answered_at,
                    "commentaire_du_correcteur": answer.marker_comment,
                    "corrigee_le": answer.marked_at,
                }
                for answer in attempt.answers.all()
            ],
        }
        for attempt in attempts
    ]


def attempts_erase(user) -> int:
    """Clear the text the person typed and the markers' comments about them; the
    attempts, statuses and points stay for the statistics. Returns the answers
    changed."""
    answers = Answer.objects.filter(attempt__user=user)
    typed = Q(question__kind__in=TYPED_KINDS) & ~Q(text="")
    commented = ~Q(marker_comment="")
    changed = answers.filter(typed | commented).count()
    answers.filter(typed).update(text="")
    answers.filter(commented).update(marker_comment="")
    return changed


register_personal_data(
    "tentatives_d_exercices",
    attempts_export,
    attempts_erase,
    models=("quizzes.Attempt", "quizzes.Answer"),
    erased=("quizzes.Answer.text", "quizzes.Answer.marker_comment"),
    kept={
        "quizzes.Attempt.question_ids": "question ids, for the statistics",
        "quizzes.Attempt.choice_orders": "choice ids, for the statistics",
        "quizzes.Answer.choice_ids": "choice ids, for the statistics",
        "quizzes.Answer.matches": "matching pair ids, for the statistics",
    },
)
register_not_personal(
    "quizzes.Quiz",
    reason="its only person is the trainer or moderator editing it (locked_by, "
    "Wagtail's edit lock)",
)
