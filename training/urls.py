from django.urls import path

import lms.converters  # noqa: F401 (registers <id:…>)
from training import views

app_name = "training"

urlpatterns = [
    path("formation/", views.mine, name="mine"),
    path("formation/equipe/", views.team, name="team"),
    path(
        "formation/attestations/<id:attestation_id>/pdf/",
        views.download,
        name="download",
    ),
    path(
        "formation/attestations/<id:attestation_id>/revoquer/",
        views.revoke,
        name="revoke",
    ),
    path(
        "formation/attestations/<id:attestation_id>/relancer-le-pdf/",
        views.pdf_retry,
        name="pdf_retry",
    ),
    path(
        "formation/kit/<id:session_id>/<slug:kind>/",
        views.kit,
        name="kit",
    ),
    path("attestations/verifier/", views.verify_form, name="verify_form"),
    path("attestations/verifier/<str:code>/", views.verify, name="verify"),
    path(
        "structures/<id:structure_id>/contact/",
        views.structure_contact,
        name="structure_contact",
    ),
    path(
        "structures/<id:structure_id>/contact/modifier/",
        views.structure_contact_edit,
        name="structure_contact_edit",
    ),
]
