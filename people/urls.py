from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("connexion/code/", views.code_login, name="code_login"),
    path(
        "structures/beneficiaires/",
        views.beneficiary_list,
        name="beneficiary_list",
    ),
    path(
        "structures/beneficiaires/nouveau/",
        views.beneficiary_new,
        name="beneficiary_create",
    ),
    path(
        "structures/beneficiaires/<int:beneficiary_id>/",
        views.beneficiary_detail,
        name="beneficiary_detail",
    ),
    path(
        "structures/beneficiaires/<int:beneficiary_id>/carte/",
        views.beneficiary_card,
        name="beneficiary_card",
    ),
    path(
        "structures/beneficiaires/<int:beneficiary_id>/nouveau-code-secret/",
        views.beneficiary_pin_reset_view,
        name="beneficiary_pin_reset",
    ),
    path(
        "structures/beneficiaires/<int:beneficiary_id>/desactiver/",
        views.beneficiary_deactivate_view,
        name="beneficiary_deactivate",
    ),
    path(
        "structures/beneficiaires/<int:beneficiary_id>/debloquer/",
        views.beneficiary_unlock_view,
        name="beneficiary_unlock",
    ),
]
