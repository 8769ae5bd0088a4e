"""The exports the national tools take: what the forms saved comes back, in the
Coop's columns, from a file read with openpyxl; anonymised exports name no one;
the queries do not grow with the data."""

import csv
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from lms.spreadsheet import EXPORT_CHUNK_ROWS, export_write_csv, export_write_xlsx
from people.models import Structure
from tests import builders
from workshops.exports import (
    ACTIVITY_COLUMNS,
    ANONYMOUS_BENEFICIARY_COLUMNS,
    BENEFICIARY_COLUMNS,
    COOP_ACTIVITY_COLUMNS,
    INDICATOR_COLUMNS,
    activities_export_rows,
    beneficiaries_export_rows,
    indicators_export_rows,
    pseudonym,
)
from workshops.models import Accompaniment, ActivityReport, Attendance
from workshops.services import (
    accompaniment_create,
    attendance_set,
    session_create,
    session_enrol,
)

DAY = datetime.date(2025, 3, 10)
PERIOD = {"start": datetime.date(2025, 1, 1), "end": datetime.date(2025, 12, 31)}


def _xlsx_rows(path) -> list[list]:
    sheet = load_workbook(path, read_only=True).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _by_header(header, row) -> dict:
    return dict(zip(header, row, strict=True))


@pytest.fixture
def awa_named(corbeil, pro_corbeil):
    return builders.beneficiary(
        corbeil, by=pro_corbeil, first_name="Awa", year_of_birth=1950
    )[0]


@pytest.fixture
def recorded(client, corbeil, pro_corbeil, awa_named):
    """An individual accompaniment and a collective session with anonymous
    participants, both entered through the forms."""
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("workshops:accompaniment_create"),
        {
            "structure": corbeil.pk,
            "beneficiary": awa_named.pk,
            "date": "2025-03-10",
            "duration_minutes": "45",
            "place_type": "domicile",
            "place_detail": "Résidence des Lilas",
            "place_town": "Corbeil-Essonnes",
            "place_postcode": "91100",
            "themes": ["aide_aux_demarches_administratives", "email"],
            "admin_themes": ["logement"],
            "procedure_detail": "Demande d'aide au logement",
            "materials": ["ordinateur", "telephone"],
            "autonomy": "partiellement_autonome",
            "redirected": "oui",
            "redirection_kind": "aide_sociale",
            "redirection_detail": "Centre social, lundi matin",
            "notes": '=HYPERLINK("http://exemple.invalid")',
        },
    )
    assert response.status_code == 302, response.content.decode()
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Le courriel pas à pas",
        date=DAY,
        start_time=datetime.time(14),
        themes=["email"],
        level="N2",
    )
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa_named)
    attendance_set(
        by=pro_corbeil,
        session=session,
        beneficiary=awa_named,
        attendance=Attendance.PRESENT,
    )
    response = client.post(
        reverse("workshops:session_report", args=[session.pk]),
        {
            "date": "2025-03-10",
            "duration_minutes": "90",
            "level": "N2",
            "place_type": "lieu_activite",
            "themes": ["email", "securite_numerique"],
            "materials": ["tablette"],
            "participant_count": "5",
            "anon_total": "4",
            "anon_already_helped": "1",
            "anon_gender_feminin": "3",
            "anon_gender_masculin": "1",
            "anon_age_soixante_dix_plus": "2",
            "anon_age_quarante_cinquante_neuf": "1",
            "anon_status_retraite": "2",
            "comment": "Bonne séance.",
        },
    )
    assert response.status_code == 302, response.content.decode()
    return {"session": session, "accompaniment": Accompaniment.objects.get()}


def test_the_activities_xlsx_has_the_coops_columns_and_the_forms_values(
    recorded, corbeil, tmp_path
):
    header, total, rows = activities_export_rows(
        structures=Structure.objects.filter(pk=corbeil.pk), anonymised=False, **PERIOD
    )
    path = tmp_path / "activites.xlsx"
    assert export_write_xlsx(path, header, rows) == total == 2
    head, *lines = _xlsx_rows(path)
    assert head == ACTIVITY_COLUMNS
    assert head[: len(COOP_ACTIVITY_COLUMNS)] == [
        "Date",
        "Type",
        "Nombre de participants",
        "Bénéficiaire",
        "Canaux d’accompagnement",
        "Lieu",
        "Durée (min)",
        "Nom de l’atelier",
        "Matériel numérique utilisé",
        "Thématique(s) d’accompagnement",
        "Tags",
        "Nom de la démarche administrative",
        "Niveau d’autonomie (ou de l’atelier)",
        "Bénéficiaire réorienté",
        "Structure de redirection",
        "Commune de résidence du bénéficiaire",
        "Genre du bénéficiaire",
        "Tranche d’âge du bénéficiaire",
        "Statut du bénéficiaire",
        "Notes supplémentaires",
    ]
    individual, collective = (_by_header(head, line) for line in lines)
    assert individual["Date"].date() == DAY
    assert individual["Type"] == "Accompagnement individuel"
    assert individual["Nombre de participants"] == 1
    assert individual["Bénéficiaire"].startswith("Awa")
    assert individual["Canaux d’accompagnement"] == "À domicile"
    assert individual["Lieu"] == "91100 Corbeil-Essonnes (Résidence des Lilas)"
    assert individual["Durée (min)"] == 45
    assert individual["Matériel numérique utilisé"] == "Ordinateur\nTéléphone"
    assert individual["Thématique(s) d’accompagnement"] == (
        "Aide aux démarches administratives\nE-mail\nLogement"
    )
    assert individual["Nom de la démarche administrative"] == (
        "Demande d'aide au logement"
    )
    assert individual["Niveau d’autonomie (ou de l’atelier)"] == (
        "Partiellement autonome (guidage en cas de besoin)"
    )
    assert individual["Bénéficiaire réorienté"] == "oui"
    assert individual["Structure de redirection"].startswith("Structure d'aide sociale")
    assert individual["Tranche d’âge du bénéficiaire"] == "70 ans et plus"
    # Text stays text, guarded as in the CSV: no formula is ever stored.
    assert (
        individual["Notes supplémentaires"] == '\'=HYPERLINK("http://exemple.invalid")'
    )
    assert individual["Participants anonymes"] is None

    assert collective["Type"] == "Atelier collectif"
    assert collective["Nombre de participants"] == 5
    assert collective["Bénéficiaire"].startswith("Awa")
    assert collective["Nom de l’atelier"] == "Le courriel pas à pas"
    assert collective["Lieu"] == f"{corbeil.name}, {corbeil.town}"
    assert collective["Durée (min)"] == 90
    assert collective["Matériel numérique utilisé"] == "Tablette"
    assert collective["Niveau d’autonomie (ou de l’atelier)"].startswith("N2")
    assert collective["Participants anonymes"] == 4
    assert collective["Participants anonymes déjà accompagnés"] == 1
    assert collective["Participants anonymes · Genre : Féminin"] == 3
    assert collective["Participants anonymes · Genre : Non communiqué"] == 0
    assert collective["Participants anonymes · Tranche d'âge : 70 ans et plus"] == 2
    assert collective["Participants anonymes · Tranche d'âge : Non communiqué"] == 1
    assert (
        collective[
            "Participants anonymes · Statut social : Non communiqué ou hétérogène"
        ]
        == 2
    )
    assert collective["Notes supplémentaires"] == "Bonne séance."


def test_the_anonymised_activities_name_no_one(recorded, corbeil, awa_named, tmp_path):
    header, _total, rows = activities_export_rows(
        structures=Structure.objects.filter(pk=corbeil.pk), anonymised=True, **PERIOD
    )
    path = tmp_path / "activites.xlsx"
    export_write_xlsx(path, header, rows)
    head, *lines = _xlsx_rows(path)
    text = repr(lines)
    assert "Awa" not in text
    assert "Résidence des Lilas" not in text
    assert "HYPERLINK" not in text  # notes are left out
    individual, collective = (_by_header(head, line) for line in lines)
    assert individual["Bénéficiaire"] == pseudonym(awa_named.pk)
    assert collective["Bénéficiaire"] == pseudonym(awa_named.pk)  # stable
    assert individual["Lieu"] == "91100 Corbeil-Essonnes"


def test_the_csv_keeps_the_formula_guard_and_french_cells(recorded, corbeil, tmp_path):
    header, _total, rows = activities_export_rows(
        structures=Structure.objects.filter(pk=corbeil.pk), anonymised=False, **PERIOD
    )
    path = tmp_path / "activites.csv"
    export_write_csv(path, header, rows)
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode())
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0][: len(COOP_ACTIVITY_COLUMNS)] == COOP_ACTIVITY_COLUMNS
    individual = _by_header(lines[0], lines[1])
    assert individual["Notes supplémentaires"].startswith("'=HYPERLINK")
    assert individual["Date"] == "10/03/2025"


def test_other_structures_activities_stay_out(recorded, grigny):
    _header, total, rows = activities_export_rows(
        structures=Structure.objects.filter(pk=grigny.pk), anonymised=False, **PERIOD
    )
    assert (total, list(rows)) == (0, [])


def _many(corbeil, pro_corbeil, people, count):
    for n in range(count):
        accompaniment_create(
            by=pro_corbeil,
            structure=corbeil,
            date=DAY,
            autonomy="autonome",
            beneficiary=people[n % len(people)],
        )
        session = session_create(
            by=pro_corbeil,
            structure=corbeil,
            title=f"Atelier {n}",
            date=DAY,
            start_time=datetime.time(10),
        )
        session_enrol(by=pro_corbeil, session=session, beneficiary=people[0])
        attendance_set(
            by=pro_corbeil,
            session=session,
            beneficiary=people[0],
            attendance=Attendance.PRESENT,
        )
        ActivityReport.objects.create(
            structure=corbeil,
            session=session,
            date=DAY,
            participant_count=3,
            duration_minutes=60,
            anon_total=2,
        )


def _export_queries(corbeil, anonymised=False) -> tuple[int, int]:
    header, total, rows = activities_export_rows(
        structures=Structure.objects.filter(pk=corbeil.pk),
        anonymised=anonymised,
        **PERIOD,
    )
    with CaptureQueriesContext(connection) as queries:
        produced = sum(1 for _row in rows)
    assert produced == total
    return len(queries), produced


def test_the_activities_export_queries_do_not_grow_with_the_data(
    corbeil, pro_corbeil, awa_named
):
    people = [awa_named]
    _many(corbeil, pro_corbeil, people, 5)
    small, produced = _export_queries(corbeil)
    assert produced == 10
    _many(corbeil, pro_corbeil, people, 45)
    large, produced = _export_queries(corbeil)
    assert produced == 100
    assert small == large == 4  # levels, accompaniments, reports, people present


def test_progress_is_told_every_chunk_and_at_the_end(tmp_path):
    told = []
    rows = ([n, f"ligne {n}"] for n in range(EXPORT_CHUNK_ROWS * 2 + 5))
    count = export_write_csv(tmp_path / "x.csv", ["n", "texte"], rows, told.append)
    assert count == EXPORT_CHUNK_ROWS * 2 + 5
    assert told == [EXPORT_CHUNK_ROWS, EXPORT_CHUNK_ROWS * 2, EXPORT_CHUNK_ROWS * 2 + 5]


def test_a_failed_write_leaves_no_file(tmp_path):
    def broken():
        yield ["a"]
        raise RuntimeError("boom")

    path = tmp_path / "x.xlsx"
    with pytest.raises(RuntimeError):
        export_write_xlsx(path, ["h"], broken())
    assert list(tmp_path.iterdir()) == []


def test_the_beneficiaries_export_named_and_anonymised(
    recorded, corbeil, grigny, pro_grigny, awa_named, tmp_path
):
    builders.beneficiary(grigny, by=pro_grigny, first_name="Gaston")
    header, total, rows = beneficiaries_export_rows(
        structures=Structure.objects.filter(pk=corbeil.pk), anonymised=False
    )
    path = tmp_path / "beneficiaires.xlsx"
    export_write_xlsx(path, header, rows)
    head, *lines = _xlsx_rows(path)
    assert head == BENEFICIARY_COLUMNS
    assert total == len(lines) == 1
    awa = _by_header(head, lines[0])
    assert (awa["Prénom"], awa["Année de naissance"]) == ("Awa", 1950)
    assert (awa["Nombre d’accompagnements"], awa["Ateliers suivis (présent)"]) == (1, 1)

    header, total, rows = beneficiaries_export_rows(
        structures=Structure.objects.filter(pk__in=[corbeil.pk, grigny.pk]),
        anonymised=True,
    )
    export_write_xlsx(path, header, rows)
    head, *lines = _xlsx_rows(path)
    assert head == ANONYMOUS_BENEFICIARY_COLUMNS
    assert total == len(lines) == 2
    assert "Awa" not in repr(lines) and "Gaston" not in repr(lines)
    first = _by_header(head, lines[0])
    assert first["Identifiant"] == pseudonym(awa_named.pk)
    assert first["Tranche d’âge"] == "70 ans et plus"
    assert first["Commune de la structure"] == corbeil.town


def test_the_indicators_export_reuses_the_indicators(recorded, corbeil, tmp_path):
    header, total, rows = indicators_export_rows(
        structures=Structure.objects.filter(pk=corbeil.pk), **PERIOD
    )
    path = tmp_path / "indicateurs.csv"
    assert export_write_csv(path, header, rows) == total
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ";".join(INDICATOR_COLUMNS)
    assert "Ateliers;Participants;5" in lines
    assert "Accompagnements;Accompagnements individuels;1" not in lines  # no report
    assert "Ateliers;Ateliers tenus (comptes rendus);1" in lines
