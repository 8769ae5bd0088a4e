from django.urls import path

from simulators import views

app_name = "simulators"

urlpatterns = [
    path(
        "<int:lesson_id>/<slug:block_id>/",
        views.simulator_screen,
        name="screen",
    ),
    path(
        "<int:lesson_id>/<slug:block_id>/ecrans/<int:screen>/",
        views.simulator_screen_check,
        name="screen_check",
    ),
    path(
        "<int:lesson_id>/<slug:block_id>/recommencer/",
        views.simulator_restart,
        name="restart",
    ),
]
