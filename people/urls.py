from django.urls import path

import lms.converters  # noqa: F401 (registers <id:…>)
from people import views

app_name = "people"

urlpatterns = [
    path("connexion/code/", views.code_login, name="code_login"),
    path("mon-compte/", views.my_account, name="my_account"),
    # The weekly digest (issue 15): the choice on the account page, and the
    # e-mail's signed link, which needs no sign-in.
    path(
        "mon-compte/resume-de-la-semaine/",
        views.digest_preference,
        name="digest_preference",
    ),
    path(
        "resume-de-la-semaine/arreter/<str:token>/",
        views.digest_unsubscribe,
        name="digest_unsubscribe",
    ),
    path("mon-compte/donnees/", views.data_saver_set, name="data_saver_set"),
    path("structures/journal/", views.audit_journal, name="audit_journal"),
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
        "structures/beneficiaires/<id:beneficiary_id>/",
        views.beneficiary_detail,
        name="beneficiary_detail",
    ),
    path(
        "structures/beneficiaires/<id:beneficiary_id>/carte/",
        views.beneficiary_card,
        name="beneficiary_card",
    ),
    path(
        "structures/beneficiaires/<id:beneficiary_id>/nouveau-code-secret/",
        views.beneficiary_pin_reset_view,
        name="beneficiary_pin_reset",
    ),
    path(
        "structures/beneficiaires/<id:beneficiary_id>/desactiver/",
        views.beneficiary_deactivate_view,
        name="beneficiary_deactivate",
    ),
    path(
        "structures/beneficiaires/<id:beneficiary_id>/debloquer/",
        views.beneficiary_unlock_view,
        name="beneficiary_unlock",
    ),
    path(
        "structures/beneficiaires/<id:beneficiary_id>/donnees/json/",
        views.beneficiary_export_json,
        name="beneficiary_export_json",
    ),
    path(
        "structures/beneficiaires/<id:beneficiary_id>/donnees/csv/",
        views.beneficiary_export_csv,
        name="beneficiary_export_csv",
    ),
    path(
        "structures/beneficiaires/<id:beneficiary_id>/donnees/effacer/",
        views.beneficiary_erase_view,
        name="beneficiary_erase",
    ),
    path(
        "structures/beneficiaires/import/",
        views.beneficiary_import,
        name="beneficiary_import",
    ),
    path(
        "structures/beneficiaires/import/modele.csv",
        views.beneficiary_import_template,
        name="beneficiary_import_template",
    ),
    path(
        "structures/beneficiaires/import/confirmer/",
        views.beneficiary_import_confirm,
        name="beneficiary_import_confirm",
    ),
    path(
        "structures/beneficiaires/import/resultat/",
        views.beneficiary_import_result,
        name="beneficiary_import_result",
    ),
    path(
        "structures/beneficiaires/import/cartes/",
        views.beneficiary_import_cards,
        name="beneficiary_import_cards",
    ),
]
