from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("<int:quiz_id>/", views.quiz_detail, name="quiz_detail"),
    path("<int:quiz_id>/commencer/", views.quiz_start, name="quiz_start"),
    path(
        "tentatives/<int:attempt_id>/questions/<int:position>/",
        views.attempt_question,
        name="attempt_question",
    ),
    path(
        "tentatives/<int:attempt_id>/questions/<int:position>/correction/",
        views.attempt_feedback,
        name="attempt_feedback",
    ),
    path(
        "tentatives/<int:attempt_id>/resultat/",
        views.attempt_result,
        name="attempt_result",
    ),
    path("corrections/", views.marking_queue, name="marking_queue"),
    path("corrections/<int:answer_id>/", views.answer_mark_view, name="answer_mark"),
]
