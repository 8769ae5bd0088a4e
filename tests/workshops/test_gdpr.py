"""Workshops declare what they hold about a person: exported, and the free text
about them erased."""

import datetime

from django.utils import timezone

from people.gdpr import beneficiary_data_export, beneficiary_erase
from workshops.models import Accompaniment, Autonomy, Participation
from workshops.services import accompaniment_create, session_create, session_enrol


def test_sessions_and_accompaniments_are_exported_and_notes_erased(
    corbeil, pro_corbeil, awa
):
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Le courriel",
        date=timezone.localdate(),
        start_time=datetime.time(9),
    )
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    Participation.objects.filter(beneficiary=awa).update(finished_at=timezone.now())
    accompaniment_create(
        by=pro_corbeil,
        structure=corbeil,
        date=timezone.localdate(),
        autonomy=Autonomy.values[0],
        beneficiary=awa,
        place_type="domicile",
        place_detail="Chez elle, 3e étage",
        place_town="Corbeil-Essonnes",
        place_postcode="91100",
        procedure_detail="Renouvellement de sa carte Vitale",
        redirected=True,
        redirection_kind="aide_sociale",
        redirection_detail="Vers la CAF",
        notes="Awa a perdu son code Ameli.",
    )
    sections = beneficiary_data_export(by=pro_corbeil, profile=awa)["sections"]
    (listed,) = sections["ateliers"]
    assert listed["atelier"] == "Le courriel"
    assert listed["lecon_du_mode_guide_terminee_le"] is not None
    (helped,) = sections["accompagnements"]
    assert helped["notes"] == "Awa a perdu son code Ameli."
    assert helped["precision_de_la_reorientation"] == "Vers la CAF"
    assert helped["precision_de_la_demarche"] == "Renouvellement de sa carte Vitale"
    assert helped["precision_du_lieu"] == "Chez elle, 3e étage"

    beneficiary_erase(by=pro_corbeil, profile=awa)
    record = Accompaniment.objects.get()
    assert (
        record.place_detail,
        record.place_town,
        record.place_postcode,
        record.procedure_detail,
        record.redirection_detail,
        record.notes,
    ) == ("", "", "", "", "", "")
    assert record.redirection_kind == "aide_sociale"  # the CRA's code stays
    assert record.date == timezone.localdate()  # the anonymous activity stays
