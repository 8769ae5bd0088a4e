"""Importers and exporters of quizzes: django-quiz-app dumps, Moodle GIFT and
Moodle XML."""

from quizzes.importers.common import ImportReport, SkippedItem
from quizzes.importers.gift import gift_export, gift_import, gift_import_as_quiz
from quizzes.importers.moodle_xml import xml_export, xml_import, xml_import_as_quiz
from quizzes.importers.quizapp import quizapp_import

__all__ = [
    "ImportReport",
    "SkippedItem",
    "gift_export",
    "gift_import",
    "gift_import_as_quiz",
    "quizapp_import",
    "xml_export",
    "xml_import",
    "xml_import_as_quiz",
]
