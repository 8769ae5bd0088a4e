"""The CRA fields on the accompaniment form and the session report form: bad
input gets a French message beside its field, and nothing is saved."""

import datetime

import pytest
from django.urls import reverse

from workshops.cra import AgeBand, age_band
from workshops.models import Accompaniment, ActivityReport, Attendance
from workshops.services import attendance_set, session_create, session_enrol

GOOD_ACCOMPANIMENT = {
    "date": "2025-03-10",
    "duration_minutes": "30",
    "place_type": "lieu_activite",
    "autonomy": "autonome",
    "redirected": "non",
}


def _body(response) -> str:
    text = response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')
    return text.replace("&#x27;", "'")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"place_type": "domicile", "place_town": "Évry", "place_postcode": "9100"},
            "Le code postal s'écrit avec 5 chiffres",
        ),
        (
            {"place_type": "autre", "place_postcode": "91000"},
            "Indiquez la commune du lieu.",
        ),
        (
            {"admin_themes": ["logement"]},
            "va avec la thématique « Aide aux démarches administratives »",
        ),
        ({"redirected": "oui"}, "Choisissez le type de structure"),
        ({"procedure_detail": "x" * 501}, "Ce texte est trop long : 500 caractères"),
        ({"notes": "x" * 2001}, "Ce texte est trop long : 2000 caractères"),
        ({"materials": ["fax"]}, "fax n’en fait pas partie"),
        ({"autonomy": "guidage"}, "guidage n’en fait pas partie"),
        ({"notes": "Aide\x07 à la déclaration"}, "un caractère invisible"),
        ({"place_detail": "Salle\x00 B"}, "un caractère invisible"),
    ],
)
def test_a_bad_accompaniment_is_refused_in_french(
    client, corbeil, pro_corbeil, changes, message
):
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("workshops:accompaniment_create"),
        {"structure": corbeil.pk, **GOOD_ACCOMPANIMENT, **changes},
    )
    assert response.status_code == 200
    assert message.replace("’", "'") in _body(response).replace("’", "'")
    assert not Accompaniment.objects.exists()


def test_without_a_reorientation_its_kind_and_detail_are_dropped(
    client, corbeil, pro_corbeil
):
    client.force_login(pro_corbeil)
    client.post(
        reverse("workshops:accompaniment_create"),
        {
            "structure": corbeil.pk,
            **GOOD_ACCOMPANIMENT,
            "redirection_kind": "autre",
            "redirection_detail": "Rien",
        },
    )
    record = Accompaniment.objects.get()
    assert (record.redirected, record.redirection_kind, record.redirection_detail) == (
        False,
        "",
        "",
    )


def test_the_accompaniment_form_offers_the_duration_presets(client, pro_corbeil):
    client.force_login(pro_corbeil)
    page = client.get(reverse("workshops:accompaniment_create")).content.decode()
    assert 'list="id_duration_minutes_presets"' in page
    for minutes in (15, 30, 45, 60, 90, 120):
        assert f'<option value="{minutes}">' in page
    assert "<legend>Réorientation</legend>" in page


@pytest.fixture
def held(corbeil, pro_corbeil, awa):
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Le courriel",
        date=datetime.date(2025, 3, 10),
        start_time=datetime.time(14),
    )
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    attendance_set(
        by=pro_corbeil, session=session, beneficiary=awa, attendance=Attendance.PRESENT
    )
    return session


GOOD_REPORT = {
    "date": "2025-03-10",
    "duration_minutes": "90",
    "participant_count": "4",
    "place_type": "lieu_activite",
    "anon_total": "3",
}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"anon_gender_feminin": "3", "anon_gender_masculin": "1"},
            "Genre : 4 personnes comptées pour 3 participants anonymes",
        ),
        (
            {"anon_age_moins_de_douze": "2", "anon_age_soixante_dix_plus": "2"},
            "Tranche d'âge : 4 personnes comptées pour 3",
        ),
        ({"anon_status_retraite": "4"}, "Statut social : 4 personnes comptées"),
        ({"anon_already_helped": "4"}, "plus de personnes déjà accompagnées"),
        ({"anon_total": "5"}, "plus de participants anonymes (5) que de participants"),
        ({"anon_total": "-1"}, "supérieure ou égale à 0"),
    ],
)
def test_inconsistent_anonymous_counts_are_refused_in_french(
    client, held, pro_corbeil, changes, message
):
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("workshops:session_report", args=[held.pk]),
        {**GOOD_REPORT, **changes},
    )
    assert response.status_code == 200
    assert message in _body(response)
    assert not ActivityReport.objects.exists()


def test_the_session_report_saves_the_anonymous_counts(client, held, pro_corbeil):
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("workshops:session_report", args=[held.pk]),
        {
            **GOOD_REPORT,
            "anon_gender_feminin": "2",
            "anon_age_soixante_dix_plus": "3",
            "materials": ["tablette", "telephone"],
        },
    )
    assert response.status_code == 302
    report = ActivityReport.objects.get()
    assert (report.anon_total, report.anon_gender_feminin) == (3, 2)
    assert (report.anon_age_soixante_dix_plus, report.anon_status_retraite) == (3, 0)
    assert report.materials == ["tablette", "telephone"]
    page = client.get(reverse("workshops:session_report", args=[held.pk]))
    assert page.context["form"].initial["anon_gender_feminin"] == 2


@pytest.mark.parametrize(
    ("born", "band"),
    [
        (None, AgeBand.UNKNOWN),
        (2015, AgeBand.UNDER_12),
        (2013, AgeBand.FROM_12),
        (2007, AgeBand.FROM_18),
        (1986, AgeBand.FROM_25),
        (1985, AgeBand.FROM_40),
        (1965, AgeBand.FROM_60),
        (1955, AgeBand.FROM_70),
        (2030, AgeBand.UNKNOWN),
    ],
)
def test_age_bands_follow_the_coops_bounds(born, band):
    assert age_band(born, 2025) == band
