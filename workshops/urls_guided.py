"""The participants' side of guided mode: short addresses, typed or scanned."""

from django.urls import path

from workshops import views_guided

app_name = "guided"

urlpatterns = [
    path("", views_guided.join, name="join"),
    path("<str:code>/", views_guided.follow, name="follow"),
    path("<str:code>/etape/", views_guided.step, name="step"),
    path("<str:code>/aide/", views_guided.help_request, name="help"),
    path("<str:code>/terminer/", views_guided.finish, name="finish"),
]
