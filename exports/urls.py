from django.urls import path

from exports import views

app_name = "exports"

urlpatterns = [
    path("", views.job_list, name="job_list"),
    path("demander/", views.job_request, name="job_request"),
    path("<int:job_id>/", views.job_detail, name="job_detail"),
    path("<int:job_id>/etat/", views.job_status, name="job_status"),
    path("<int:job_id>/telecharger/", views.job_download, name="job_download"),
    path("<int:job_id>/reessayer/", views.job_retry, name="job_retry"),
]
