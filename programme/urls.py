from django.urls import path

import lms.converters  # noqa: F401 (registers <id:…>)
from programme import views

app_name = "programme"

urlpatterns = [
    # Public: no account needed.
    path("devenir-relais/", views.apply, name="apply"),
    path("devenir-relais/merci/", views.apply_done, name="apply_done"),
    # Coordinators and the structures' professionals.
    path("programme/", views.programme_home, name="home"),
    path("programme/reseau/", views.network, name="network"),
    path("programme/appels/", views.call_list, name="calls"),
    path("programme/appels/<id:call_id>/", views.application_list, name="applications"),
    path(
        "programme/appels/<id:call_id>/comparer/",
        views.application_compare,
        name="compare",
    ),
    path(
        "programme/candidatures/<id:application_id>/",
        views.application_detail,
        name="application",
    ),
    path(
        "programme/candidatures/<id:application_id>/retenir/",
        views.application_select,
        name="application_select",
    ),
    path(
        "programme/candidatures/<id:application_id>/refuser/",
        views.application_decline,
        name="application_decline",
    ),
    path(
        "programme/structures/<id:structure_id>/",
        views.programme_detail,
        name="detail",
    ),
    path(
        "programme/structures/<id:structure_id>/ouvrir/",
        views.programme_open,
        name="open",
    ),
    path(
        "programme/structures/<id:structure_id>/modifier/",
        views.programme_edit,
        name="edit",
    ),
    path(
        "programme/structures/<id:structure_id>/points/",
        views.check_in_create,
        name="check_in",
    ),
    path(
        "programme/structures/<id:structure_id>/synthese/",
        views.programme_summary,
        name="summary",
    ),
    path(
        "programme/jalons/<id:milestone_id>/", views.milestone_update, name="milestone"
    ),
]
