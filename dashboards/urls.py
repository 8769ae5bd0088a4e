from django.urls import path

from dashboards import views

app_name = "dashboards"

urlpatterns = [
    path("", views.dashboard_home, name="home"),
    path(
        "structures/<int:structure_id>/",
        views.structure_dashboard,
        name="structure",
    ),
    path("reseau/", views.network_dashboard, name="network"),
    path("reseau/comparer/", views.network_compare, name="compare"),
]
