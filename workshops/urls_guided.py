"""The participants' side of guided mode: short addresses, typed or scanned."""

from django.urls import path

from workshops import views

app_name = "guided"

urlpatterns = [
    path("", views.join, name="join"),
    path("<str:code>/", views.follow, name="follow"),
    path("<str:code>/etape/", views.step, name="step"),
    path("<str:code>/aide/", views.help_request, name="help"),
    path("<str:code>/terminer/", views.finish, name="finish"),
]
