from django.urls import path

import lms.converters  # noqa: F401 (registers <id:…>)
from diagnostics import views

app_name = "diagnostics"

urlpatterns = [
    path("", views.diagnostic_list, name="diagnostic_list"),
    path("mes-niveaux/", views.my_levels, name="my_levels"),
    path("<id:diagnostic_id>/papier/", views.diagnostic_paper, name="diagnostic_paper"),
    path("<id:diagnostic_id>/commencer/", views.run_start_self, name="run_start_self"),
    path(
        "<id:diagnostic_id>/accompagner/<id:beneficiary_id>/",
        views.run_start_assisted,
        name="run_start_assisted",
    ),
    path(
        "passations/<id:run_id>/reperage/",
        views.run_screening,
        name="run_screening",
    ),
    path(
        "passations/<id:run_id>/domaines/<id:area_number>/",
        views.run_area,
        name="run_area",
    ),
    path(
        "passations/<id:run_id>/resultat/",
        views.run_result,
        name="run_result",
    ),
    path(
        "propositions/<id:proposal_id>/<str:decision>/",
        views.proposal_decide,
        name="proposal_decide",
    ),
]
