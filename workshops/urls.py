from django.urls import path

from workshops import views

app_name = "workshops"

urlpatterns = [
    path("", views.session_list, name="session_list"),
    path("nouveau/", views.session_create, name="session_create"),
    path("<int:session_id>/", views.session_detail, name="session_detail"),
    path("<int:session_id>/inscrire/", views.session_enrol, name="session_enrol"),
    path("<int:session_id>/presences/", views.attendance_save, name="attendance_save"),
    path("accompagnements/", views.accompaniment_list, name="accompaniment_list"),
    path(
        "accompagnements/nouveau/",
        views.accompaniment_create,
        name="accompaniment_create",
    ),
    path(
        "accompagnements/<int:accompaniment_id>/",
        views.accompaniment_detail,
        name="accompaniment_detail",
    ),
]
