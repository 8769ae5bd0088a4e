from quizzes.models.attempts import Answer, AnswerStatus, Attempt, AttemptState
from quizzes.models.bank import (
    CHOICE_KINDS,
    Choice,
    ChoiceOrder,
    FeedbackMode,
    Question,
    QuestionCategory,
    QuestionKind,
    Quiz,
    QuizQuestion,
)
from quizzes.models.tallies import QuestionTally, QuizTally

__all__ = [
    "CHOICE_KINDS",
    "Answer",
    "AnswerStatus",
    "Attempt",
    "AttemptState",
    "Choice",
    "ChoiceOrder",
    "FeedbackMode",
    "Question",
    "QuestionCategory",
    "QuestionKind",
    "QuestionTally",
    "Quiz",
    "QuizQuestion",
    "QuizTally",
]
