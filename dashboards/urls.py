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
    # The professional's home (issue 15): what needs doing, and its whole lists.
    path("a-faire/", views.professional_todo, name="todo"),
    path("a-faire/propositions/", views.todo_proposals, name="todo_proposals"),
    path("a-faire/ateliers/", views.todo_sessions, name="todo_sessions"),
    path("reseau/comparer/", views.network_compare, name="compare"),
]
