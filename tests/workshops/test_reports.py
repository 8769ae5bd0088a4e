"""Activity reports after a session or an accompaniment, and the indicators
they feed: pre-filled values, one report per activity, refusals, the pages,
the export (a background job of the exports app) and a constant number of
queries."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from exports.models import ExportJob
from people.models import Structure
from tests import builders
from workshops import reports
from workshops.models import ActivityReport, Attendance, WorkshopSession
from workshops.services import (
    accompaniment_create,
    attendance_set,
    session_create,
    session_enrol,
)

YEAR_2025 = {"debut": "2025-01-01", "fin": "2025-12-31"}


def _export(client, params, *, file_format="csv"):
    """Ask for the indicators export as the page's button does; the task runs
    at the commit (sync in tests). The response of the request."""
    data = {"kind": "indicators", "format": file_format, **params}
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse("exports:job_request"), data)


def _export_text(client, params) -> str:
    response = _export(client, params)
    assert response.status_code == 302
    job = ExportJob.objects.latest("pk")
    assert job.status == ExportJob.Status.DONE, job.error
    download = client.get(reverse("exports:job_download", args=[job.pk]))
    return b"".join(download.streaming_content).decode("utf-8-sig")


def _session(by, structure, day, *, hour=14, **fields):
    return session_create(
        by=by,
        structure=structure,
        title=fields.pop("title", f"Atelier du {day:%d/%m}"),
        date=day,
        start_time=datetime.time(hour, 0),
        **fields,
    )


def _attend(by, session, marks):
    for beneficiary, mark in marks:
        session_enrol(by=by, session=session, beneficiary=beneficiary)
        if mark is not None:
            attendance_set(
                by=by, session=session, beneficiary=beneficiary, attendance=mark
            )


def _fields(**overrides):
    return {
        "date": datetime.date(2025, 3, 10),
        "participant_count": 4,
        "duration_minutes": 90,
        "themes": ["email"],
        "level": "N1",
        "comment": "",
    } | overrides


def _report_rows():
    return list(
        ActivityReport.objects.order_by("pk").values_list(
            "session_id",
            "accompaniment_id",
            "participant_count",
            "duration_minutes",
            "themes",
            "level",
            "comment",
        )
    )


@pytest.fixture
def chloe(corbeil, pro_corbeil):
    return builders.beneficiary(corbeil, by=pro_corbeil, first_name="Chloé")[0]


@pytest.fixture
def past(pro_corbeil, corbeil, awa, bintou, chloe):
    """A past session: three enrolled, two present, one absent."""
    session = _session(
        pro_corbeil,
        corbeil,
        datetime.date(2025, 3, 10),
        title="Découvrir la tablette",
        duration_minutes=120,
        themes=["prendre_en_main_du_materiel", "navigation_sur_internet"],
        level="N1",
        capacity=8,
    )
    _attend(
        pro_corbeil,
        session,
        [
            (awa, Attendance.PRESENT),
            (bintou, Attendance.PRESENT),
            (chloe, Attendance.ABSENT),
        ],
    )
    return session


@pytest.fixture
def helped(pro_corbeil, corbeil, awa):
    return accompaniment_create(
        by=pro_corbeil,
        structure=corbeil,
        beneficiary=awa,
        date=datetime.date(2025, 3, 12),
        duration_minutes=45,
        themes=["sante", "aide_aux_demarches_administratives"],
        autonomy="entierement_accompagne",
    )


# --- Pre-filled values ------------------------------------------------------


def test_a_session_report_is_prefilled_with_the_people_marked_present(past):
    assert reports.report_initial_get(session=past) == {
        "date": datetime.date(2025, 3, 10),
        "participant_count": 2,
        "duration_minutes": 120,
        "themes": ["prendre_en_main_du_materiel", "navigation_sur_internet"],
        "level": "N1",
        "comment": "",
        "place_type": "lieu_activite",
        "place_detail": "",
    }


def test_without_attendance_the_enrolled_people_are_counted(
    pro_corbeil, corbeil, awa, bintou
):
    session = _session(pro_corbeil, corbeil, datetime.date(2025, 4, 1))
    _attend(pro_corbeil, session, [(awa, None), (bintou, None)])
    assert reports.report_initial_get(session=session)["participant_count"] == 2


def test_an_accompaniment_report_is_prefilled_with_one_person(helped):
    assert reports.report_initial_get(accompaniment=helped) == {
        "date": datetime.date(2025, 3, 12),
        "participant_count": 1,
        "duration_minutes": 45,
        "themes": ["sante", "aide_aux_demarches_administratives"],
        "level": "",
        "comment": "",
    }


def test_once_written_the_report_prefills_itself(past, pro_corbeil):
    reports.report_save(by=pro_corbeil, session=past, **_fields(comment="Bien."))
    initial = reports.report_initial_get(session=past)
    assert (initial["participant_count"], initial["comment"]) == (4, "Bien.")


# --- Writing ----------------------------------------------------------------


def test_saving_twice_updates_the_one_report(past, pro_corbeil, coordinator):
    first = reports.report_save(by=pro_corbeil, session=past, **_fields())
    second = reports.report_save(
        by=coordinator,
        session=past,
        **_fields(participant_count=3, themes=["email", "email", "securite_numerique"]),
    )
    assert first.pk == second.pk
    report = ActivityReport.objects.get()
    assert report.structure == past.structure
    assert report.author == pro_corbeil
    assert (report.participant_count, report.themes) == (
        3,
        ["email", "securite_numerique"],
    )


def test_an_accompaniment_gets_its_report(helped, pro_corbeil):
    report = reports.report_save(
        by=pro_corbeil, accompaniment=helped, **_fields(level="")
    )
    assert (report.accompaniment, report.session) == (helped, None)
    assert helped.report == report


def test_a_future_session_cannot_have_a_report(session, pro_corbeil):
    with pytest.raises(ValidationError) as error:
        reports.report_save(
            by=pro_corbeil, session=session, **_fields(date=datetime.date(2025, 1, 1))
        )
    assert "pas encore commencé" in error.value.messages[0]
    assert not ActivityReport.objects.exists()


def test_a_session_of_today_waits_for_its_start(pro_corbeil, corbeil):
    today = timezone.localdate()
    session = _session(pro_corbeil, corbeil, today, hour=14)
    morning = timezone.make_aware(datetime.datetime.combine(today, datetime.time(9)))
    afternoon = morning + datetime.timedelta(hours=6)
    assert reports.session_report_refusal(session, now=morning)
    assert reports.session_report_refusal(session, now=afternoon) is None


def test_a_cancelled_session_cannot_have_a_report(past, pro_corbeil):
    WorkshopSession.objects.filter(pk=past.pk).update(cancelled_at=timezone.now())
    past.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        reports.report_save(by=pro_corbeil, session=past, **_fields())
    assert "annulé" in error.value.messages[0]
    assert not ActivityReport.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("duration_minutes", 3, "supérieure ou égale à 5"),
        ("duration_minutes", 600, "inférieure ou égale à 480"),
        ("participant_count", 900, "inférieure ou égale à 500"),
        ("themes", ["cuisine"], "Choisissez les thématiques dans la liste"),
        ("level", "expert", "n’est pas un choix valide"),
        ("date", datetime.date(2999, 1, 1), "ne peut pas être dans le futur"),
    ],
)
def test_invalid_values_are_refused_and_the_report_stays(
    past, pro_corbeil, field, value, words
):
    reports.report_save(by=pro_corbeil, session=past, **_fields())
    before = _report_rows()
    with pytest.raises(ValidationError) as error:
        reports.report_save(by=pro_corbeil, session=past, **_fields(**{field: value}))
    assert field in error.value.message_dict
    assert words in " ".join(error.value.message_dict[field]).replace("'", "’")
    assert _report_rows() == before


def test_someone_outside_the_structure_cannot_write_a_report(
    past, helped, pro_grigny, awa
):
    for actor in (pro_grigny, awa.user):
        with pytest.raises(PermissionDenied):
            reports.report_save(by=actor, session=past, **_fields())
        with pytest.raises(PermissionDenied):
            reports.report_save(by=actor, accompaniment=helped, **_fields())
    assert not ActivityReport.objects.exists()


def test_a_report_is_for_exactly_one_activity(past, helped, pro_corbeil):
    with pytest.raises(ValueError):
        reports.report_save(
            by=pro_corbeil, session=past, accompaniment=helped, **_fields()
        )
    with pytest.raises(ValueError):
        reports.report_save(by=pro_corbeil, **_fields())


# --- The report pages -------------------------------------------------------


def test_the_session_report_form_comes_prefilled(client, past, pro_corbeil):
    client.force_login(pro_corbeil)
    response = client.get(reverse("workshops:session_report", args=[past.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="participant_count" value="2"' in body
    assert 'name="date" value="2025-03-10"' in body
    assert "inscrits 3, présents 2, absents 1, excusés 0" in body
    assert not ActivityReport.objects.exists()


def test_posting_the_form_saves_the_report(client, past, pro_corbeil):
    client.force_login(pro_corbeil)
    url = reverse("workshops:session_report", args=[past.pk])
    response = client.post(
        url,
        {
            "date": "2025-03-10",
            "participant_count": "3",
            "duration_minutes": "120",
            "themes": ["prendre_en_main_du_materiel"],
            "level": "N1",
            "comment": "Une personne est arrivée sans inscription.",
        },
    )
    assert response["Location"] == reverse("workshops:session_detail", args=[past.pk])
    report = ActivityReport.objects.get()
    assert (report.session, report.participant_count, report.author) == (
        past,
        3,
        pro_corbeil,
    )
    detail = client.get(response["Location"]).content.decode()
    assert "Modifier le compte rendu" in detail


def test_an_empty_post_shows_french_errors_and_writes_nothing(
    client, past, pro_corbeil
):
    client.force_login(pro_corbeil)
    response = client.post(reverse("workshops:session_report", args=[past.pk]), {})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Champ requis." in body
    assert "Corrigez les champs signalés" in body
    assert not ActivityReport.objects.exists()


def test_a_bad_post_shows_french_errors_and_writes_nothing(client, past, pro_corbeil):
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("workshops:session_report", args=[past.pk]),
        {
            "date": "31/02/2025",
            "participant_count": "-1",
            "duration_minutes": "1000",
            "themes": ["cuisine"],
            "level": "",
        },
    )
    body = response.content.decode().replace("&#x27;", "'")
    assert "Saisissez une date valide." in body
    assert "supérieure ou égale à 0" in body
    assert "inférieure ou égale à 480" in body
    assert "cuisine n’en fait pas partie" in body.replace("'", "’")
    assert not ActivityReport.objects.exists()


def test_a_future_date_is_refused_by_the_page(client, past, pro_corbeil):
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("workshops:session_report", args=[past.pk]),
        _fields(date="2999-01-01", themes=[]),
    )
    assert "ne peut pas être dans le futur" in response.content.decode()
    assert not ActivityReport.objects.exists()


def test_a_future_session_shows_why_there_is_no_form(client, session, pro_corbeil):
    client.force_login(pro_corbeil)
    url = reverse("workshops:session_report", args=[session.pk])
    page = client.get(url).content.decode()
    assert "pas encore commencé" in page
    assert 'name="participant_count"' not in page
    client.post(url, _fields(date="2025-01-01"))
    assert not ActivityReport.objects.exists()
    detail = client.get(reverse("workshops:session_detail", args=[session.pk]))
    assert "Rédiger le compte rendu" not in detail.content.decode()


def test_a_past_session_invites_to_write_its_report(client, past, pro_corbeil):
    client.force_login(pro_corbeil)
    detail = client.get(reverse("workshops:session_detail", args=[past.pk]))
    assert "Rédiger le compte rendu" in detail.content.decode()


def test_a_new_accompaniment_leads_to_its_prefilled_report(
    client, pro_corbeil, corbeil, awa
):
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("workshops:accompaniment_create"),
        {
            "structure": corbeil.pk,
            "beneficiary": awa.pk,
            "date": "2025-06-02",
            "duration_minutes": 40,
            "themes": ["banque_et_achats_en_ligne"],
            "autonomy": "autonome",
        },
        follow=True,
    )
    form = response.context["form"]
    assert form.initial["participant_count"] == 1
    assert form.initial["duration_minutes"] == 40
    assert 'name="duration_minutes" value="40"' in response.content.decode()
    record = response.context["accompaniment"]
    # One click: the pre-filled values go back as they are.
    saved = client.post(
        reverse("workshops:accompaniment_report", args=[record.pk]),
        {
            "date": "2025-06-02",
            "participant_count": "1",
            "duration_minutes": "40",
            "themes": ["banque_et_achats_en_ligne"],
            "level": "",
            "comment": "",
        },
    )
    assert saved["Location"] == reverse(
        "workshops:accompaniment_detail", args=[record.pk]
    )
    report = ActivityReport.objects.get(accompaniment=record)
    assert (report.participant_count, report.themes, report.level) == (
        1,
        ["banque_et_achats_en_ligne"],
        None,
    )
    detail = client.get(saved["Location"]).content.decode()
    assert "Modifier le compte rendu" in detail


# --- Indicators -------------------------------------------------------------


@pytest.fixture
def dataset(
    past, helped, pro_corbeil, corbeil, awa, bintou, grigny, pro_grigny, gaston
):
    """2025 in Corbeil: two reported sessions, one past without a report, one
    cancelled, two reported accompaniments and one without; a report in 2024;
    and a reported session in Grigny."""
    reports.report_save(
        by=pro_corbeil, session=past, **reports.report_initial_get(session=past)
    )
    second = _session(
        pro_corbeil,
        corbeil,
        datetime.date(2025, 4, 14),
        hour=10,
        title="Le courriel",
        duration_minutes=90,
        level="N2",
        themes=["email"],
    )
    _attend(
        pro_corbeil, second, [(awa, Attendance.PRESENT), (bintou, Attendance.EXCUSED)]
    )
    reports.report_save(
        by=pro_corbeil,
        session=second,
        **_fields(
            date=second.date,
            participant_count=3,
            themes=["email", "navigation_sur_internet"],
            level="N2",
        ),
    )
    unreported = _session(
        pro_corbeil, corbeil, datetime.date(2025, 5, 5), title="Sans compte rendu"
    )
    _attend(pro_corbeil, unreported, [(awa, None)])
    cancelled = _session(pro_corbeil, corbeil, datetime.date(2025, 5, 12))
    _attend(pro_corbeil, cancelled, [(awa, Attendance.PRESENT)])
    WorkshopSession.objects.filter(pk=cancelled.pk).update(cancelled_at=timezone.now())
    reports.report_save(
        by=pro_corbeil,
        accompaniment=helped,
        **reports.report_initial_get(accompaniment=helped),
    )
    anonymous = accompaniment_create(
        by=pro_corbeil,
        structure=corbeil,
        date=datetime.date(2025, 6, 1),
        duration_minutes=30,
        themes=["aide_aux_demarches_administratives"],
        autonomy="autonome",
    )
    reports.report_save(
        by=pro_corbeil,
        accompaniment=anonymous,
        **reports.report_initial_get(accompaniment=anonymous),
    )
    accompaniment_create(
        by=pro_corbeil,
        structure=corbeil,
        date=datetime.date(2025, 6, 2),
        autonomy="partiellement_autonome",
    )
    old = _session(pro_corbeil, corbeil, datetime.date(2024, 12, 15))
    reports.report_save(by=pro_corbeil, session=old, **_fields(date=old.date))
    elsewhere = _session(
        pro_grigny, grigny, datetime.date(2025, 3, 11), title="Atelier de Grigny"
    )
    _attend(pro_grigny, elsewhere, [(gaston, Attendance.PRESENT)])
    reports.report_save(
        by=pro_grigny,
        session=elsewhere,
        **_fields(
            date=elsewhere.date, participant_count=7, themes=["securite_numerique"]
        ),
    )
    return {"second": second, "unreported": unreported, "cancelled": cancelled}


def _year(user, **kwargs):
    return reports.indicators_get(
        user=user,
        start=datetime.date(2025, 1, 1),
        end=datetime.date(2025, 12, 31),
        **kwargs,
    )


def test_the_indicators_add_up_the_structures_reports(dataset, pro_corbeil):
    figures = _year(pro_corbeil)
    assert (
        figures["sessions_held"],
        figures["participants"],
        figures["session_minutes"],
        figures["session_hours"],
    ) == (2, 5, 210, Decimal("3.5"))
    assert (
        figures["accompaniments"],
        figures["accompanied"],
        figures["accompaniment_minutes"],
        figures["accompaniment_hours"],
        figures["autonomous"],
    ) == (2, 2, 75, Decimal("1.3"), 1)
    assert {a["value"]: a["count"] for a in figures["autonomy"]} == {
        "entierement_accompagne": 1,
        "partiellement_autonome": 0,
        "autonome": 1,
    }
    themes = {
        t["value"]: (t["sessions"], t["accompaniments"]) for t in figures["themes"]
    }
    assert {k: v for k, v in themes.items() if v != (0, 0)} == {
        "prendre_en_main_du_materiel": (1, 0),
        "navigation_sur_internet": (2, 0),
        "email": (1, 0),
        "sante": (0, 1),
        "aide_aux_demarches_administratives": (0, 2),
    }
    assert {lv["value"]: lv["count"] for lv in figures["levels"]} == {
        "": 0,
        "N0": 0,
        "N1": 1,
        "N2": 1,
        "N3": 0,
        "N4": 0,
    }
    # Held sessions: the two reported ones and the unreported one, not the
    # cancelled one: 6 people enrolled, 5 marked, 3 present.
    assert figures["attendance"] == {
        "enrolled": 6,
        "present": 3,
        "absent": 1,
        "excused": 1,
        "marked": 5,
        "rate": 60,
    }
    assert figures["missing_reports"] == {"sessions": 1, "accompaniments": 1}


def test_a_coordinator_sees_every_structure_or_one(dataset, coordinator, grigny):
    with CaptureQueriesContext(connection) as queries:
        assert _year(coordinator)["participants"] == 12
    # The whole network is no filter: no subquery over every structure in
    # each of the figures' queries (people.selectors.in_structures_for_user).
    assert not [q for q in queries if '"people_structure"' in q["sql"]]
    only_grigny = _year(coordinator, structure=grigny)
    assert (only_grigny["sessions_held"], only_grigny["participants"]) == (1, 7)
    assert only_grigny["accompaniments"] == 0


def test_the_period_limits_the_figures(dataset, pro_corbeil):
    april = reports.indicators_get(
        user=pro_corbeil,
        start=datetime.date(2025, 4, 1),
        end=datetime.date(2025, 4, 30),
    )
    assert (april["sessions_held"], april["participants"]) == (1, 3)
    assert april["attendance"]["rate"] == 50
    assert april["missing_reports"]["sessions"] == 0


def test_the_indicators_attendance_sums_each_held_sessions_own_counts(
    dataset, pro_corbeil, past
):
    """The totals' grouped count by mark (_attendance_summed) follows the
    same rules as a session's filtered counts (_attendance_counts)."""
    figures = _year(pro_corbeil)
    each = [
        reports.session_attendance_get(session=session)
        for session in (past, dataset["second"], dataset["unreported"])
    ]
    summed = {name: sum(counts[name] for counts in each) for name in each[0]}
    assert figures["attendance"] == summed | {"rate": 60}


def test_the_records_list_past_sessions_with_attendance_and_report(
    dataset, pro_corbeil, past
):
    rows = reports.session_records_get(
        user=pro_corbeil,
        start=datetime.date(2025, 1, 1),
        end=datetime.date(2025, 12, 31),
    )
    assert [(r.title, r.enrolled, r.present, r.absent, r.excused) for r in rows] == [
        (dataset["cancelled"].title, 1, 1, 0, 0),
        ("Sans compte rendu", 1, 0, 0, 0),
        ("Le courriel", 2, 1, 0, 1),
        ("Découvrir la tablette", 3, 2, 1, 0),
    ]
    assert [r.activity_report is not None for r in rows] == [False, False, True, True]


def test_the_indicators_page_shows_the_figures_and_the_records(
    client, dataset, pro_corbeil
):
    client.force_login(pro_corbeil)
    response = client.get(reverse("workshops:indicators"), YEAR_2025)
    assert response.status_code == 200
    assert response.context["figures"]["participants"] == 5
    body = response.content.decode()
    assert "3,5 h" in body
    assert "60 %" in body and "3 / 5" in body
    assert "Sans compte rendu" in body
    assert "Atelier de Grigny" not in body
    assert "Atelier annulé" in body
    write = reverse("workshops:session_report", args=[dataset["unreported"].pk])
    assert f'href="{write}"' in body
    # One structure: no structure filter.
    assert 'name="structure"' not in body


def test_the_indicators_default_to_the_current_year(client, pro_corbeil):
    client.force_login(pro_corbeil)
    response = client.get(reverse("workshops:indicators"))
    year = timezone.localdate().year
    figures = response.context["figures"]
    assert (figures["start"], figures["end"]) == (
        datetime.date(year, 1, 1),
        datetime.date(year, 12, 31),
    )
    assert f'value="{year}-01-01"' in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"debut": "2025-13-01", "fin": "2025-12-31"}, "Saisissez une date valide."),
        ({"debut": "hier", "fin": "2025-12-31"}, "Saisissez une date valide."),
        (
            {"debut": "2025-12-31", "fin": "2025-01-01"},
            "La période est inversée : la date de début (31/12/2025) doit précéder "
            "la date de fin (01/01/2025).",
        ),
    ],
)
def test_bad_dates_give_a_clear_error(client, pro_corbeil, params, message):
    client.force_login(pro_corbeil)
    response = client.get(reverse("workshops:indicators"), params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "figures" not in response.context
    back = reverse("workshops:indicators") + "?debut=x"
    export = _export(client, params | {"retour": back}, file_format="xlsx")
    assert export.status_code == 302 and export["Location"] == back
    assert message in client.get(back).content.decode()
    assert not ExportJob.objects.exists()


def test_a_coordinator_filters_by_structure_but_not_outside_hers(
    client, dataset, coordinator, pro_corbeil, grigny
):
    client.force_login(coordinator)
    response = client.get(
        reverse("workshops:indicators"), YEAR_2025 | {"structure": grigny.pk}
    )
    body = response.content.decode()
    assert 'name="structure"' in body
    assert "Atelier de Grigny" in body and "Le courriel" not in body
    client.force_login(pro_corbeil)
    response = client.get(
        reverse("workshops:indicators"), YEAR_2025 | {"structure": grigny.pk}
    )
    assert response.status_code == 404
    assert _export(client, YEAR_2025 | {"structure": grigny.pk}).status_code == 404
    assert not ExportJob.objects.exists()


def test_the_csv_export_holds_the_indicators(client, dataset, pro_corbeil, corbeil):
    client.force_login(pro_corbeil)
    lines = _export_text(client, YEAR_2025).split("\r\n")
    assert lines[0] == "Rubrique;Indicateur;Valeur"
    for line in (
        "Période;Du;01/01/2025",
        "Période;Au;31/12/2025",
        f"Période;Structures;{corbeil.name}",
        "Ateliers;Ateliers tenus (comptes rendus);2",
        "Ateliers;Participants;5",
        "Ateliers;Heures d'atelier;3,5",
        "Ateliers;Taux de présence (%);60",
        "Ateliers;Ateliers passés sans compte rendu;1",
        "Accompagnements;Accompagnements individuels;2",
        "Accompagnements;Heures d'accompagnement;1,3",
        "Autonomie constatée;Autonome;1",
        "Niveau des ateliers;N2 · En progression;1",
        "Thèmes des ateliers;Navigation sur internet;2",
        "Thèmes des accompagnements;Aide aux démarches administratives;2",
    ):
        assert line in lines


def test_a_structure_name_cannot_become_a_spreadsheet_formula(
    client, pro_corbeil, corbeil
):
    corbeil.name = "=HYPERLINK(1)"
    corbeil.save()
    client.force_login(pro_corbeil)
    text = _export_text(client, YEAR_2025)
    assert "Période;Structures;'=HYPERLINK(1)" in text


def _count_queries(client, url, params):
    client.get(url, params)  # warm the cached site, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def _reported_sessions(n, *, by, structure, people, start):
    for i in range(n):
        session = _session(by, structure, start + datetime.timedelta(days=i))
        _attend(by, session, [(p, Attendance.PRESENT) for p in people])
        if i % 2 == 0:
            reports.report_save(
                by=by, session=session, **reports.report_initial_get(session=session)
            )
        accompaniment = accompaniment_create(
            by=by,
            structure=structure,
            date=session.date,
            autonomy="partiellement_autonome",
            themes=["email"],
        )
        reports.report_save(
            by=by,
            accompaniment=accompaniment,
            **reports.report_initial_get(accompaniment=accompaniment),
        )


def test_the_indicators_run_the_same_queries_for_2_or_20_sessions(
    client, pro_corbeil, corbeil, awa, bintou
):
    client.force_login(pro_corbeil)
    url = reverse("workshops:indicators")
    start = datetime.date(2025, 2, 1)
    _reported_sessions(
        2, by=pro_corbeil, structure=corbeil, people=[awa, bintou], start=start
    )
    few = _count_queries(client, url, YEAR_2025)
    _reported_sessions(
        18,
        by=pro_corbeil,
        structure=corbeil,
        people=[awa, bintou],
        start=start + datetime.timedelta(days=30),
    )
    many = _count_queries(client, url, YEAR_2025)
    assert few == many
    response = client.get(url, YEAR_2025)
    assert len(response.context["records"]) == 20
    assert response.context["figures"]["sessions_held"] == 10


def test_levels_are_those_of_the_platform_scale(client, pro_corbeil, session):
    client.force_login(pro_corbeil)
    page = client.get(
        reverse("workshops:session_update", args=[session.pk])
    ).content.decode()
    for label in ("N0 · Jamais utilisé", "N2 · En progression", "N4 · Confirmé"):
        assert label in page
    assert "Débutant" not in page


def test_old_session_levels_move_onto_the_scale(db):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("workshops.migrations.0005_level_on_the_scale")
    assert migration.OLD_TO_CODE == {
        "debutant": "N1",
        "intermediaire": "N2",
        "avance": "N3",
    }
    assert set(migration.OLD_TO_CODE.values()) <= set(
        apps.get_model("skills", "Level").objects.values_list("code", flat=True)
    )


def test_the_records_page_counts_only_its_own_sessions(dataset, pro_corbeil, past):
    """Network scale (issue 13): the paginator's count and the page's rows read
    the sessions alone (no per-row subquery, evaluated for the rows OFFSET skips
    too), then one grouped query counts the participations of the page's
    sessions only."""
    rows = reports.session_records(
        user=pro_corbeil,
        start=datetime.date(2025, 1, 1),
        end=datetime.date(2025, 12, 31),
    )
    with CaptureQueriesContext(connection) as ctx:
        assert rows.count() == 4
        page = reports.session_records_reports(rows[:2])
    count_sql, rows_sql, counts_sql = (q["sql"].upper() for q in ctx.captured_queries)
    assert "WORKSHOPS_PARTICIPATION" not in count_sql
    assert "WORKSHOPS_PARTICIPATION" not in rows_sql
    assert "GROUP BY" in counts_sql
    page_ids = ", ".join(str(session.pk) for session in page)
    assert f"IN ({page_ids})" in counts_sql
    assert [(r.enrolled, r.present) for r in page] == [(1, 1), (1, 0)]


def test_a_records_page_without_rows_runs_no_count(db):
    with CaptureQueriesContext(connection) as ctx:
        assert reports.session_records_reports([]) == []
    assert len(ctx.captured_queries) == 0


def test_the_records_read_only_the_columns_they_show(dataset, pro_corbeil, past):
    rows = reports.session_records_get(
        user=pro_corbeil,
        start=datetime.date(2025, 1, 1),
        end=datetime.date(2025, 12, 31),
    )
    with CaptureQueriesContext(connection) as ctx:
        shown = [
            (
                r.title,
                r.date,
                r.cancelled_at,
                r.structure.name,
                r.activity_report and r.activity_report.participant_count,
            )
            for r in rows
        ]
    assert len(ctx.captured_queries) == 0
    assert len(shown) == 4
    assert "capacity" in rows[0].get_deferred_fields()


def test_the_session_title_search_has_its_expression_index(db):
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(
            cursor, WorkshopSession._meta.db_table
        )
    assert "workshops_session_title_upper" in indexes


def test_the_structure_menu_reads_names_and_towns_like_django_s_select(
    coordinator, corbeil, grigny
):
    """Issue 13: the indicators' structure menu reads the structures' names
    and towns alone (people.forms.StructureChoiceField), in the same HTML as
    Django's Select, chosen one marked."""
    from django import forms

    from people.selectors import structures_for_user
    from workshops.forms import IndicatorsFilterForm

    structures = structures_for_user(coordinator).order_by("name")
    data = {"debut": "2025-01-01", "fin": "2025-12-31", "structure": str(grigny.pk)}
    form = IndicatorsFilterForm(data, structures=structures)
    assert form.is_valid()
    with CaptureQueriesContext(connection) as ctx:
        html = str(form["structure"])
    [menu] = ctx.captured_queries
    assert '"town"' in menu["sql"] and '"kind"' not in menu["sql"]

    plain = IndicatorsFilterForm(data, structures=structures)
    plain.fields["structure"] = forms.ModelChoiceField(
        structures, required=False, empty_label="Toutes mes structures"
    )
    plain.fields["structure"].label = form.fields["structure"].label
    assert html == str(plain["structure"])
    assert f'<option value="{grigny.pk}" selected>' in html
    assert f'<option value="{corbeil.pk}">' in html


def test_the_indicators_name_the_structures_they_cover(client, coordinator, grigny):
    grigny.name = "Relais <Grigny> & co"
    grigny.save()
    client.force_login(coordinator)
    url = reverse("workshops:indicators")
    names = ", ".join(
        name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        for name in Structure.objects.order_by("name").values_list("name", flat=True)
    )
    assert f"· {names}\n" in client.get(url).content.decode()
    one = client.get(url, {"structure": grigny.pk}).content.decode()
    assert "· Relais &lt;Grigny&gt; &amp; co\n" in one


def test_the_network_indicators_are_kept_a_while_for_coordinators_only(
    client, dataset, coordinator, pro_corbeil, grigny, monkeypatch
):
    import time

    from lms.kept import NETWORK_FIGURES_SECONDS

    url = reverse("workshops:indicators")
    client.force_login(coordinator)
    first = client.get(url, YEAR_2025)
    participants = first.context["figures"]["participants"]
    assert (
        participants
        == reports.indicators_get(
            user=coordinator,
            start=datetime.date(2025, 1, 1),
            end=datetime.date(2025, 12, 31),
        )["participants"]
    )
    computed = timezone.localtime(first.context["kept"]["computed_at"])
    assert (
        f"Chiffres calculés à {computed:%H:%M}, mis à jour toutes les 2 minutes"
        in first.content.decode()
    )
    # Searching and paging the records below read the figures once.
    searched = {**YEAR_2025, "q": "courriel"}
    assert (
        _count_queries(client, url, searched)
        <= _count_queries(client, url, {**YEAR_2025, "structure": grigny.pk}) - 4
    )
    # A report written meanwhile waits for the next computation...
    ActivityReport.objects.filter(session__isnull=False).update(participant_count=100)
    assert client.get(url, YEAR_2025).context["figures"]["participants"] == (
        participants
    )
    # ...but one structure's figures, and a professional's, are counted now.
    one = client.get(url, YEAR_2025 | {"structure": grigny.pk})
    assert "kept" not in one.context
    assert "Chiffres calculés à" not in one.content.decode()
    client.force_login(pro_corbeil)
    mine = client.get(url, YEAR_2025)
    assert "kept" not in mine.context
    assert mine.context["figures"]["participants"] >= 100
    # Two minutes later, the network's are counted again.
    client.force_login(coordinator)
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + NETWORK_FIGURES_SECONDS + 1)
    assert client.get(url, YEAR_2025).context["figures"]["participants"] > (
        participants
    )
