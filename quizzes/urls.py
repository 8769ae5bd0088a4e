from django.urls import path

import lms.converters  # noqa: F401 (registers <id:…>)
from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("<id:quiz_id>/", views.quiz_detail, name="quiz_detail"),
    path("<id:quiz_id>/commencer/", views.quiz_start, name="quiz_start"),
    path(
        "tentatives/<id:attempt_id>/questions/<id:position>/",
        views.attempt_question,
        name="attempt_question",
    ),
    path(
        "tentatives/<id:attempt_id>/questions/<id:position>/correction/",
        views.attempt_feedback,
        name="attempt_feedback",
    ),
    path(
        "tentatives/<id:attempt_id>/resultat/",
        views.attempt_result,
        name="attempt_result",
    ),
    path("corrections/", views.marking_queue, name="marking_queue"),
    path("corrections/<id:answer_id>/", views.answer_mark_view, name="answer_mark"),
]
