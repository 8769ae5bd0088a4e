from django.urls import path

from diagnostics import views

app_name = "diagnostics"

urlpatterns = [
    path("", views.diagnostic_list, name="diagnostic_list"),
    path("mes-niveaux/", views.my_levels, name="my_levels"),
    path(
        "<int:diagnostic_id>/papier/", views.diagnostic_paper, name="diagnostic_paper"
    ),
    path("<int:diagnostic_id>/commencer/", views.run_start_self, name="run_start_self"),
    path(
        "<int:diagnostic_id>/accompagner/<int:beneficiary_id>/",
        views.run_start_assisted,
        name="run_start_assisted",
    ),
    path(
        "passations/<int:run_id>/reperage/",
        views.run_screening,
        name="run_screening",
    ),
    path(
        "passations/<int:run_id>/domaines/<int:area_number>/",
        views.run_area,
        name="run_area",
    ),
    path(
        "passations/<int:run_id>/resultat/",
        views.run_result,
        name="run_result",
    ),
    path(
        "propositions/<int:proposal_id>/<str:decision>/",
        views.proposal_decide,
        name="proposal_decide",
    ),
]
