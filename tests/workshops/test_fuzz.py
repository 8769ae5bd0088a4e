"""Property tests: whatever the workshop pages receive in their parameters and
forms, no HTTP 500, nothing half-saved, a French message when refused."""

import datetime

import pytest
from django.urls import reverse
from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.fuzz import assert_french, flashed, param_text, typed_text
from workshops.models import Participation, WorkshopSession


@pytest.fixture
def pro_client(client, pro_corbeil):
    client.force_login(pro_corbeil)
    return client


@hypothesis_settings(max_examples=30)
@given(semaine=param_text, page=param_text, tri=param_text, q=typed_text)
@example(semaine="9999-W52", page="1", tri="date", q="")
@example(semaine="0001-W01", page="1", tri="date", q="")
@example(semaine="2100-W52", page="99999999999999999999", tri="titre", q="\x00")
def test_the_session_list_answers_any_query(pro_client, session, semaine, page, tri, q):
    response = pro_client.get(
        reverse("workshops:session_list"),
        {"semaine": semaine, "page": page, "tri": tri, "q": q[:300]},
    )
    assert response.status_code == 200


@hypothesis_settings(max_examples=30)
@given(added=param_text, mark=param_text)
@example(added="²", mark="")
@example(added="99999999999999999999", mark="present")
def test_the_attendance_sheet_refuses_any_odd_value_without_a_500(
    pro_client, session, awa, added, mark
):
    before = list(Participation.objects.values_list("pk", "attendance"))
    response = pro_client.post(
        reverse("workshops:attendance_save", kwargs={"session_id": session.pk}),
        {"ajouter": added, f"presence-{awa.pk}": mark},
    )
    assert response.status_code == 302
    after = list(Participation.objects.values_list("pk", "attendance"))
    if before != after:
        assert "Les présences sont enregistrées." in flashed(response)


def _session_post(**overrides):
    data = {
        "title": "Atelier tablette",
        "date": "2026-12-01",
        "start_time": "14:00",
        "duration_minutes": "120",
        "place": "",
        "level": "N1",
        "capacity": "8",
    }
    data.update(overrides)
    return data


@hypothesis_settings(max_examples=30)
@given(
    title=typed_text,
    place=typed_text,
    day=st.one_of(
        st.dates().map(lambda d: d.isoformat()),
        param_text,
    ),
)
@example(title="Atelier", place="", day="0001-01-01")
@example(title="Atelier", place="", day="9999-12-31")
@example(title="At\x00elier", place="", day="2026-12-01")
def test_the_session_form_saves_a_whole_session_or_nothing(
    pro_client, corbeil, title, place, day
):
    count = WorkshopSession.objects.count()
    response = pro_client.post(
        reverse("workshops:session_create"),
        _session_post(structure=corbeil.pk, title=title, place=place, date=day),
    )
    assert response.status_code in (200, 302)
    if response.status_code == 200:  # refused: the form again, with why
        assert WorkshopSession.objects.count() == count
        assert_french(
            [e for errors in response.context["form"].errors.values() for e in errors]
        )
    else:
        created = WorkshopSession.objects.latest("pk")
        assert datetime.date(2000, 1, 1) <= created.date <= datetime.date(2100, 12, 31)
        assert "\x00" not in created.title


def test_a_session_in_year_one_is_refused_in_french(pro_client, corbeil):
    response = pro_client.post(
        reverse("workshops:session_create"),
        _session_post(structure=corbeil.pk, date="0001-01-01"),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["date"] == [
        "Choisissez une date entre 2000 et 2100."
    ]
    assert not WorkshopSession.objects.exists()


@hypothesis_settings(max_examples=20)
@given(
    debut=st.one_of(st.dates().map(lambda d: d.isoformat()), param_text),
    fin=st.one_of(st.dates().map(lambda d: d.isoformat()), param_text),
    structure=param_text,
    tri=param_text,
)
@example(debut="0001-01-01", fin="9999-12-31", structure="", tri="")
@example(debut="9999-12-31", fin="0001-01-01", structure="²", tri="x")
def test_the_indicators_answer_any_period(
    pro_client, session, debut, fin, structure, tri
):
    query = {"debut": debut, "fin": fin, "structure": structure, "tri": tri}
    response = pro_client.get(reverse("workshops:indicators"), query)
    assert response.status_code in (200, 404)  # 404: a structure not hers
    # The page's exports, asked with the same period (exports.kinds).
    for kind in ("indicators", "activities", "beneficiaries"):
        response = pro_client.post(
            reverse("exports:job_request"), query | {"kind": kind, "format": "csv"}
        )
        assert response.status_code in (302, 404)
