"""The workshop lists are paged (lms/paging.py), searched, filtered and sorted
on the server: sessions and the week view, accompaniments, the indicators'
records table. Other structures' rows never show nor count."""

import datetime

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests import builders
from workshops.models import Accompaniment, WorkshopSession
from workshops.services import session_enrol

SESSIONS = reverse("workshops:session_list")
ACCOMPANIMENTS = reverse("workshops:accompaniment_list")
INDICATORS = reverse("workshops:indicators")
YEAR_2025 = {"debut": "2025-01-01", "fin": "2025-12-31"}


def _sessions(structure, n, *, first_day, step=1, title="Atelier"):
    """n sessions in bulk, one every `step` days from first_day."""
    return WorkshopSession.objects.bulk_create(
        WorkshopSession(
            structure=structure,
            title=f"{title} {i:04d}",
            date=first_day + datetime.timedelta(days=i * step),
            start_time=datetime.time(14, 0),
        )
        for i in range(n)
    )


def _accompaniments(structure, n, *, beneficiary=None, first_day):
    return Accompaniment.objects.bulk_create(
        Accompaniment(
            structure=structure,
            beneficiary=beneficiary,
            date=first_day + datetime.timedelta(days=i),
            duration_minutes=30,
            themes=["prendre_en_main_du_materiel"],
            autonomy="partiellement_autonome",
        )
        for i in range(n)
    )


def _count(client, url, params) -> int:
    client.get(url, params)  # warm the cached site, as in production
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


def _today():
    return timezone.localdate()


# Sessions


def test_200_upcoming_and_200_past_sessions_show_50_of_each(
    client, pro_corbeil, corbeil
):
    _sessions(corbeil, 200, first_day=_today() + datetime.timedelta(days=1))
    _sessions(corbeil, 200, first_day=_today() - datetime.timedelta(days=200))
    client.force_login(pro_corbeil)
    response = client.get(SESSIONS)
    body = response.content.decode()
    assert len(response.context["upcoming"]) == 50
    assert len(response.context["past"]) == 50
    assert body.count("<tr>") == 2 * 51  # rows and the two header rows
    assert "200 ateliers à venir" in body and "200 ateliers passés" in body
    assert 'aria-label="Pagination : Ateliers à venir"' in body
    assert 'aria-label="Pagination : Ateliers passés"' in body
    assert len(response.content) < 200_000


def test_each_session_list_pages_on_its_own_and_keeps_the_other(
    client, pro_corbeil, corbeil
):
    _sessions(corbeil, 120, first_day=_today() + datetime.timedelta(days=1))
    past = _sessions(corbeil, 120, first_day=_today() - datetime.timedelta(days=120))
    client.force_login(pro_corbeil)
    response = client.get(SESSIONS, {"avenir": 3, "passes": 2})
    upcoming, shown_past = response.context["upcoming"], response.context["past"]
    assert (upcoming.number, len(upcoming)) == (3, 20)
    # Past: latest first, so page 2 starts at the 51st from the end.
    assert [s.pk for s in shown_past][0] == past[-51].pk
    assert upcoming.next_href == ""
    assert upcoming.previous_href == "?avenir=2&passes=2"


@pytest.mark.parametrize("value", ["x", "-4", "0", "9999"])
def test_a_bad_session_page_value_never_fails(client, pro_corbeil, corbeil, value):
    _sessions(corbeil, 60, first_day=_today() + datetime.timedelta(days=1))
    client.force_login(pro_corbeil)
    response = client.get(SESSIONS, {"avenir": value, "passes": value})
    assert response.status_code == 200
    assert response.context["upcoming"].number == (2 if value == "9999" else 1)


def test_the_session_search_and_sort_cover_every_session(client, pro_corbeil, corbeil):
    _sessions(corbeil, 80, first_day=_today() + datetime.timedelta(days=1))
    _sessions(
        corbeil, 3, first_day=_today() + datetime.timedelta(days=90), title="Tablette"
    )
    client.force_login(pro_corbeil)
    response = client.get(SESSIONS, {"q": "tablette", "tri": "titre"})
    titles = [s.title for s in response.context["upcoming"]]
    assert titles == ["Tablette 0000", "Tablette 0001", "Tablette 0002"]
    assert "3 ateliers à venir" in response.content.decode()
    empty = client.get(SESSIONS, {"q": "introuvable"}).content.decode()
    assert "Aucun atelier à venir ne correspond à cette recherche." in empty


def test_the_session_structure_filter_and_links_keep_the_search(
    client, coordinator, corbeil, grigny
):
    _sessions(corbeil, 70, first_day=_today() + datetime.timedelta(days=1))
    _sessions(grigny, 70, first_day=_today() + datetime.timedelta(days=1))
    client.force_login(coordinator)
    response = client.get(SESSIONS, {"structure": grigny.pk, "q": "Atelier"})
    upcoming = response.context["upcoming"]
    assert upcoming.paginator.count == 70
    assert {s.structure_id for s in upcoming} == {grigny.pk}
    assert upcoming.next_href == f"?structure={grigny.pk}&q=Atelier&avenir=2"


def test_the_session_lists_show_no_other_structure(
    client, pro_corbeil, corbeil, grigny
):
    _sessions(corbeil, 10, first_day=_today() + datetime.timedelta(days=1))
    _sessions(grigny, 300, first_day=_today() + datetime.timedelta(days=1))
    client.force_login(pro_corbeil)
    response = client.get(SESSIONS, {"structure": grigny.pk, "avenir": 4})
    upcoming = response.context["upcoming"]
    assert upcoming.paginator.count == 10
    assert {s.structure_id for s in upcoming} == {corbeil.pk}


def test_the_week_view_is_paged_and_keeps_the_week(client, pro_corbeil, corbeil):
    monday = _today() - datetime.timedelta(days=_today().weekday())
    _sessions(corbeil, 70, first_day=monday, step=0)
    client.force_login(pro_corbeil)
    year, week, _day = monday.isocalendar()
    semaine = f"{year}-W{week:02d}"
    response = client.get(SESSIONS, {"semaine": semaine, "page": 2})
    week_page = response.context["week_page"]
    assert (week_page.number, len(week_page)) == (2, 20)
    assert sum(len(day["sessions"]) for day in response.context["week"]) == 20
    body = response.content.decode()
    assert "70 ateliers cette semaine" in body
    assert week_page.previous_href == f"?semaine={semaine}&page=1"
    assert 'aria-label="Pagination : la semaine"' in body


@pytest.mark.parametrize("params", [{}, {"semaine": "2026-W10", "q": "Atelier"}])
def test_the_session_list_runs_the_same_queries_for_60_or_600_sessions(
    client, pro_corbeil, corbeil, params
):
    client.force_login(pro_corbeil)
    monday = datetime.date.fromisocalendar(2026, 10, 1)
    days = (_today() - datetime.timedelta(days=40), monday, _today())
    for first_day in days:
        _sessions(corbeil, 20, first_day=first_day, step=0)
    few = _count(client, SESSIONS, params)
    for first_day in days:
        _sessions(corbeil, 180, first_day=first_day, step=0)
    assert _count(client, SESSIONS, params) == few


# Accompaniments


def test_200_accompaniments_show_50_rows_and_the_total(client, pro_corbeil, corbeil):
    _accompaniments(corbeil, 200, first_day=datetime.date(2025, 1, 1))
    client.force_login(pro_corbeil)
    response = client.get(ACCOMPANIMENTS)
    body = response.content.decode()
    assert len(response.context["page"]) == 50
    assert body.count("<tr>") == 51
    assert "200 accompagnements" in body
    # Newest first by default, the oldest on request.
    assert response.context["page"][0].date == datetime.date(2025, 7, 19)
    oldest = client.get(ACCOMPANIMENTS, {"tri": "ancien"}).context["page"]
    assert oldest[0].date == datetime.date(2025, 1, 1)


def test_the_accompaniments_search_a_first_name_and_filter_a_structure(
    client, coordinator, corbeil, grigny, awa
):
    _accompaniments(corbeil, 60, first_day=datetime.date(2025, 1, 1))
    _accompaniments(corbeil, 4, beneficiary=awa, first_day=datetime.date(2025, 3, 1))
    _accompaniments(grigny, 60, first_day=datetime.date(2025, 1, 1))
    client.force_login(coordinator)
    found = client.get(ACCOMPANIMENTS, {"q": "awa"}).context["page"]
    assert found.paginator.count == 4
    grigny_only = client.get(ACCOMPANIMENTS, {"structure": grigny.pk, "page": "z"})
    assert grigny_only.context["page"].paginator.count == 60
    assert grigny_only.context["page"].number == 1


def test_the_accompaniments_show_no_other_structure(
    client, pro_corbeil, corbeil, grigny
):
    _accompaniments(corbeil, 3, first_day=datetime.date(2025, 1, 1))
    _accompaniments(grigny, 120, first_day=datetime.date(2025, 1, 1))
    client.force_login(pro_corbeil)
    page = client.get(ACCOMPANIMENTS, {"structure": grigny.pk, "page": 3}).context[
        "page"
    ]
    assert page.paginator.count == 3
    assert {a.structure_id for a in page} == {corbeil.pk}


def test_the_accompaniments_run_the_same_queries_for_60_or_600(
    client, pro_corbeil, corbeil, awa
):
    client.force_login(pro_corbeil)
    _accompaniments(corbeil, 60, beneficiary=awa, first_day=datetime.date(2025, 1, 1))
    few = _count(client, ACCOMPANIMENTS, {"page": 2})
    _accompaniments(corbeil, 540, beneficiary=awa, first_day=datetime.date(2024, 1, 1))
    assert _count(client, ACCOMPANIMENTS, {"page": 2}) == few


# The indicators' records table


def test_the_records_table_shows_50_of_200_sessions_and_the_total(
    client, pro_corbeil, corbeil
):
    _sessions(corbeil, 200, first_day=datetime.date(2025, 1, 1))
    client.force_login(pro_corbeil)
    response = client.get(INDICATORS, YEAR_2025)
    records = response.context["records"]
    assert len(records) == 50
    assert records[0].date == datetime.date(2025, 7, 19)  # newest first
    assert all(r.activity_report is None for r in records)
    body = response.content.decode()
    assert "200 ateliers dans le registre" in body
    assert 'aria-label="Pagination : le registre"' in body
    assert "debut=2025-01-01&amp;fin=2025-12-31&amp;page=2" in body


def test_the_records_search_and_sort_keep_the_period(client, pro_corbeil, corbeil):
    _sessions(corbeil, 80, first_day=datetime.date(2025, 1, 1))
    _sessions(corbeil, 2, first_day=datetime.date(2025, 6, 1), title="Courriel")
    _sessions(corbeil, 5, first_day=datetime.date(2024, 6, 1), title="Courriel")
    client.force_login(pro_corbeil)
    response = client.get(INDICATORS, YEAR_2025 | {"q": "courriel", "tri": "ancien"})
    records = response.context["records"]
    assert [r.title for r in records] == ["Courriel 0000", "Courriel 0001"]
    old_first = client.get(INDICATORS, YEAR_2025 | {"tri": "ancien", "page": "2"})
    assert old_first.context["records"][0].date == datetime.date(2025, 2, 20)


def test_the_records_show_no_other_structure(client, pro_corbeil, corbeil, grigny):
    _sessions(corbeil, 5, first_day=datetime.date(2025, 1, 1))
    _sessions(grigny, 120, first_day=datetime.date(2025, 1, 1))
    client.force_login(pro_corbeil)
    response = client.get(INDICATORS, YEAR_2025 | {"page": 3})
    records = response.context["records"]
    assert records.paginator.count == 5
    assert {r.structure_id for r in records} == {corbeil.pk}


def test_the_indicators_run_the_same_queries_for_60_or_600_records(
    client, pro_corbeil, corbeil
):
    client.force_login(pro_corbeil)
    params = YEAR_2025 | {"page": 2}
    _sessions(corbeil, 60, first_day=datetime.date(2025, 1, 1), step=0)
    few = _count(client, INDICATORS, params)
    _sessions(corbeil, 540, first_day=datetime.date(2025, 1, 1), step=0)
    assert _count(client, INDICATORS, params) == few


# The rows of the sessions list (workshops.selectors.SessionRows)


def test_a_deep_page_of_sessions_shows_its_own_participant_counts_in_the_same_queries(
    client, pro_corbeil, corbeil, awa, bintou
):
    from workshops.services import session_enrol

    first_day = _today() - datetime.timedelta(days=200)
    sessions = _sessions(corbeil, 120, first_day=first_day)
    deep = sessions[0]  # the oldest: on the third page of the past sessions
    session_enrol(by=pro_corbeil, session=deep, beneficiary=awa)
    session_enrol(by=pro_corbeil, session=deep, beneficiary=bintou)
    client.force_login(pro_corbeil)
    first = _count(client, SESSIONS, {})
    assert _count(client, SESSIONS, {"passes": "3"}) == first
    page = client.get(SESSIONS, {"passes": "3"}).context["past"]
    counts = {row.pk: row.participant_count for row in page}
    assert counts[deep.pk] == 2
    assert set(counts.values()) == {0, 2}
    row = next(row for row in page if row.pk == deep.pk)
    assert row.url == reverse("workshops:session_detail", args=[deep.pk])
    assert row.structure_name == corbeil.name


def test_the_session_list_shows_dates_and_times_as_the_date_filters_did(
    client, pro_corbeil, corbeil
):
    (session,) = _sessions(corbeil, 1, first_day=datetime.date(2026, 12, 7))
    client.force_login(pro_corbeil)
    (row,) = client.get(SESSIONS).context["upcoming"]
    assert row.when_label == "lundi 7 décembre 2026, 14h00"
    assert row.time_label == "14h00"


# The rows the template's loop wrote before the view wrote them
# (workshops.views.sessions._session_rows): same markup, same whitespace.
_FORMER_ROWS = Template(
    "{% load i18n %}{% for session in sessions %}\n"
    "                <tr>\n"
    '                    <th scope="row"><a href="{{ session.url }}">'
    "{{ session.title }}</a>{% if session.cancelled_at %} "
    '<span class="badge badge--cancelled">{% translate "Annulé" %}</span>'
    "{% endif %}</th>\n"
    "                    <td>{{ session.when_label }}</td>\n"
    "                    <td>{{ session.structure_name }}</td>\n"
    "                    <td>{% if session.cancelled_at %}—{% else %}"
    "{{ session.participant_count }} / {{ session.capacity }}{% endif %}</td>\n"
    "                </tr>\n"
    "            {% endfor %}"
)


def test_session_rows_are_the_former_markup_escaped(client, pro_corbeil, corbeil):
    tomorrow = _today() + datetime.timedelta(days=1)
    kept, cancelled = _sessions(
        corbeil, 2, first_day=tomorrow, title='Café <b>"tablette"</b> &'
    )
    corbeil.name = "Relais <Nord> & co"
    corbeil.save()
    awa = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")[0]
    session_enrol(by=pro_corbeil, session=kept, beneficiary=awa)
    WorkshopSession.objects.filter(pk=cancelled.pk).update(cancelled_at=timezone.now())
    client.force_login(pro_corbeil)
    response = client.get(SESSIONS)
    body = response.content.decode()
    rows = list(response.context["upcoming"])
    expected = _FORMER_ROWS.render(Context({"sessions": rows}))
    assert f"<tbody>\n            {expected}\n        </tbody>" in body
    assert "Café &lt;b&gt;&quot;tablette&quot;&lt;/b&gt; &amp; 0000" in body
    assert "<b>" not in body.split("<tbody>")[1]
    assert "<td>Relais &lt;Nord&gt; &amp; co</td>" in body
    assert f"<td>1 / {kept.capacity}</td>" in body
    assert '<span class="badge badge--cancelled">Annulé</span></th>' in body
    assert body.count("<td>—</td>") == 1
