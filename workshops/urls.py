from django.urls import path

from workshops import views

app_name = "workshops"

urlpatterns = [
    path("", views.session_list, name="session_list"),
    path("nouveau/", views.session_create, name="session_create"),
    path("<int:session_id>/", views.session_detail, name="session_detail"),
    path("<int:session_id>/inscrire/", views.session_enrol, name="session_enrol"),
    path("<int:session_id>/presences/", views.attendance_save, name="attendance_save"),
    path("<int:session_id>/modifier/", views.session_update, name="session_update"),
    path("<int:session_id>/annuler/", views.session_cancel, name="session_cancel"),
    path(
        "<int:session_id>/desinscrire/<int:participation_id>/",
        views.session_unenrol,
        name="session_unenrol",
    ),
    path(
        "<int:session_id>/nouvelle-personne/",
        views.session_walk_in,
        name="session_walk_in",
    ),
    path("<int:session_id>/guidage/", views.guided_board, name="guided_board"),
    path(
        "<int:session_id>/guidage/etat/",
        views.guided_board_state,
        name="guided_board_state",
    ),
    path(
        "<int:session_id>/guidage/demarrer/",
        views.guided_start,
        name="guided_start",
    ),
    path(
        "<int:session_id>/guidage/arreter/",
        views.guided_stop,
        name="guided_stop",
    ),
    path(
        "<int:session_id>/guidage/<int:participation_id>/etape-faite/",
        views.guided_step_done,
        name="guided_step_done",
    ),
    path(
        "<int:session_id>/guidage/<int:participation_id>/lecon-faite/",
        views.guided_lesson_done,
        name="guided_lesson_done",
    ),
    path(
        "<int:session_id>/guidage/<int:participation_id>/aide-apportee/",
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
        "accompagnements/<int:accompaniment_id>/",
        views.accompaniment_detail,
        name="accompaniment_detail",
    ),
    path(
        "<int:session_id>/compte-rendu/",
        views.session_report,
        name="session_report",
    ),
    path(
        "accompagnements/<int:accompaniment_id>/compte-rendu/",
        views.accompaniment_report,
        name="accompaniment_report",
    ),
    path("indicateurs/", views.indicators, name="indicators"),
]
