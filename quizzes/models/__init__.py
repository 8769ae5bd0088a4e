from quizzes.models.attempts import Answer, AnswerStatus, Attempt, AttemptState
from quizzes.models.bank import (
    CHOICE_KINDS,
    WEIGHTED_KINDS,
    Choice,
    ChoiceOrder,
    FeedbackMode,
    MatchingPair,
    NumericalAnswer,
    Question,
    QuestionCategory,
    QuestionKind,
    Quiz,
    QuizQuestion,
)
from quizzes.models.tallies import QuestionTally, QuizTally

__all__ = [
    "CHOICE_KINDS",
    "WEIGHTED_KINDS",
    "MatchingPair",
    "NumericalAnswer",
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
