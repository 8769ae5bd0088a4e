from django.urls import path

import lms.converters  # noqa: F401 (registers <id:…>)
from courses import views

app_name = "courses"

urlpatterns = [
    path("mon-parcours/", views.my_learning, name="my_learning"),
    path(
        "parcours/<id:course_id>/inscription/",
        views.course_enroll,
        name="course_enroll",
    ),
    path(
        "parcours/<id:course_id>/reprendre/",
        views.course_resume,
        name="course_resume",
    ),
    path(
        "lecons/<id:lesson_id>/etape/",
        views.lesson_position_save_view,
        name="lesson_position_save",
    ),
    path(
        "lecons/<id:lesson_id>/terminee/",
        views.lesson_mark_done,
        name="lesson_mark_done",
    ),
]
