"""The quizzes app's views: the learner's pages (urls.py) and the Wagtail admin
pages (wagtail_hooks.py), by concept."""

from quizzes.views.attempts import (
    answer_mark_view,
    attempt_feedback,
    attempt_question,
    attempt_result,
    marking_queue,
    quiz_detail,
    quiz_start,
)
from quizzes.views.imports import (
    quiz_export_gift,
    quiz_export_xml,
    quiz_import,
)
from quizzes.views.moderation import quiz_preview_latest
from quizzes.views.statistics import (
    statistics_detail,
    statistics_index,
)

__all__ = [
    "answer_mark_view",
    "attempt_feedback",
    "attempt_question",
    "attempt_result",
    "marking_queue",
    "quiz_detail",
    "quiz_export_gift",
    "quiz_export_xml",
    "quiz_import",
    "quiz_preview_latest",
    "quiz_start",
    "statistics_detail",
    "statistics_index",
]
