from django.urls import path

import lms.converters  # noqa: F401 (registers <id:…>)
from simulators import views

app_name = "simulators"

urlpatterns = [
    path(
        "<id:lesson_id>/<slug:block_id>/",
        views.simulator_screen,
        name="screen",
    ),
    path(
        "<id:lesson_id>/<slug:block_id>/ecrans/<id:screen>/",
        views.simulator_screen_check,
        name="screen_check",
    ),
    path(
        "<id:lesson_id>/<slug:block_id>/recommencer/",
        views.simulator_restart,
        name="restart",
    ),
]
