from django.urls import path

import lms.converters  # noqa: F401 (registers <id:…>)
from workshops import views

app_name = "workshops"

urlpatterns = [
    path("", views.session_list, name="session_list"),
    path("nouveau/", views.session_create, name="session_create"),
    path("<id:session_id>/", views.session_detail, name="session_detail"),
    path("<id:session_id>/inscrire/", views.session_enrol, name="session_enrol"),
    path("<id:session_id>/presences/", views.attendance_save, name="attendance_save"),
    path("<id:session_id>/modifier/", views.session_update, name="session_update"),
    path("<id:session_id>/annuler/", views.session_cancel, name="session_cancel"),
    path(
        "<id:session_id>/desinscrire/<id:participation_id>/",
        views.session_unenrol,
        name="session_unenrol",
    ),
    path(
        "<id:session_id>/nouvelle-personne/",
        views.session_walk_in,
        name="session_walk_in",
    ),
    path("<id:session_id>/guidage/", views.guided_board, name="guided_board"),
    path(
        "<id:session_id>/guidage/etat/",
        views.guided_board_state,
        name="guided_board_state",
    ),
    path(
        "<id:session_id>/guidage/demarrer/",
        views.guided_start,
        name="guided_start",
    ),
    path(
        "<id:session_id>/guidage/arreter/",
        views.guided_stop,
        name="guided_stop",
    ),
    path(
        "<id:session_id>/guidage/<id:participation_id>/etape-faite/",
        views.guided_step_done,
        name="guided_step_done",
    ),
    path(
        "<id:session_id>/guidage/<id:participation_id>/lecon-faite/",
        views.guided_lesson_done,
        name="guided_lesson_done",
    ),
    path(
        "<id:session_id>/guidage/<id:participation_id>/aide-apportee/",
        views.guided_help_given,
        name="guided_help_given",
    ),
    path("accompagnements/", views.accompaniment_list, name="accompaniment_list"),
    path(
        "accompagnements/nouveau/",
        views.accompaniment_create,
        name="accompaniment_create",
    ),
    path(
        "accompagnements/<id:accompaniment_id>/",
        views.accompaniment_detail,
        name="accompaniment_detail",
    ),
    path(
        "<id:session_id>/compte-rendu/",
        views.session_report,
        name="session_report",
    ),
    path(
        "accompagnements/<id:accompaniment_id>/compte-rendu/",
        views.accompaniment_report,
        name="accompaniment_report",
    ),
    path("indicateurs/", views.indicators, name="indicators"),
]
