"""The structure and network dashboards as pages: what a professional and a
coordinator see, the filters, the sort, the paging, the comparison, the export
producer, and a query count that stays flat."""

import datetime
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from dashboards import selectors
from dashboards.columns import COLUMNS
from dashboards.exports import network_figures_rows
from lms.kept import NETWORK_FIGURES_SECONDS
from people import roles
from people.models import Structure
from people.selectors import structures_for_user
from tests import builders
from tests.dashboards.conftest import PERIOD, populate
from tests.dashboards.recount import recount

pytestmark = pytest.mark.django_db

MARCH = {"periode": "dates", "debut": "2026-03-01", "fin": "2026-03-31"}


@pytest.fixture
def network(corbeil, grigny, pro_corbeil, pro_grigny, material):
    populate(corbeil, by=pro_corbeil, material=material)
    populate(grigny, by=pro_grigny, material=material, times=2)
    Structure.objects.filter(pk=grigny.pk).update(departement="75")
    grigny.refresh_from_db()
    return [corbeil, grigny]


def _march(structure):
    return recount(structure, start=PERIOD.start, end=PERIOD.end, now=timezone.now())


def test_a_professional_sees_her_structure_figures_and_what_to_do(
    client, network, pro_corbeil, corbeil
):
    client.force_login(pro_corbeil)
    response = client.get(reverse("dashboards:structure", args=[corbeil.pk]), MARCH)
    assert response.status_code == 200
    figures = response.context["figures"]
    expected = _march(corbeil)
    for name in ("lessons_completed", "sessions_held", "reports_missing"):
        assert getattr(figures, name) == expected[name]
    page = response.content.decode()
    assert "Du 1 mars 2026 au 31 mars 2026" in page
    # What needs doing leads to the records to write.
    assert reverse("workshops:indicators") in page
    assert "Rédiger les comptes rendus" in page
    # Each chart has its table.
    assert page.count('role="img"') == 2
    assert page.count("Voir les chiffres") == 2
    assert "<caption" in page


def test_the_home_sends_each_role_to_its_dashboard(
    client, pro_corbeil, coordinator, corbeil
):
    client.force_login(pro_corbeil)
    assert client.get(reverse("dashboards:home")).url == reverse(
        "dashboards:structure", args=[corbeil.pk]
    )
    client.force_login(coordinator)
    assert client.get(reverse("dashboards:home")).url == reverse("dashboards:network")


def test_a_professional_in_no_structure_is_told_why(client, groups):
    from people import roles

    lonely = builders.user("seule", group=roles.PROFESSIONAL)
    client.force_login(lonely)
    response = client.get(reverse("dashboards:home"))
    assert response.status_code == 200
    assert "rattaché à aucune structure" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"periode": "dates", "debut": "2026-03-31", "fin": "2026-03-01"},
            "La période est inversée",
        ),
        ({"periode": "dates", "debut": "2026-03-01"}, "indiquez le premier et le"),
        ({"periode": "dates", "debut": "mars", "fin": "2026-03-01"}, "date valide"),
        (
            {"periode": "dates", "debut": "2016-03-01", "fin": "2026-03-01"},
            "cinq ans au plus",
        ),
    ],
)
def test_a_bad_period_gets_a_french_message_and_this_month(
    client, pro_corbeil, corbeil, params, message
):
    client.force_login(pro_corbeil)
    response = client.get(reverse("dashboards:structure", args=[corbeil.pk]), params)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    today = timezone.localdate()
    assert response.context["period"].start == today.replace(day=1)


def test_preset_periods_run_to_today(client, pro_corbeil, corbeil):
    client.force_login(pro_corbeil)
    today = timezone.localdate()
    url = reverse("dashboards:structure", args=[corbeil.pk])
    year = client.get(url, {"periode": "annee"}).context["period"]
    assert (year.start, year.end) == (datetime.date(today.year, 1, 1), today)
    quarter = client.get(url, {"periode": "trimestre"}).context["period"]
    assert quarter.start.day == 1 and quarter.end == today
    months = (today.year * 12 + today.month) - (
        quarter.start.year * 12 + quarter.start.month
    )
    assert months == 2


def test_the_network_shows_each_structure_and_the_total(client, network, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("dashboards:network"), MARCH)
    assert response.status_code == 200
    rows = {row.pk: row for row, _html in response.context["rows"]}
    html = response.content.decode()
    for structure in network:
        expected = _march(structure)
        # Its line links to its own dashboard over the same period, and shows
        # every column's figure.
        link = reverse("dashboards:structure", args=[structure.pk])
        assert f'<a href="{link}?periode=' in html
        cells = "".join(f"<td>{c.display(rows[structure.pk])}</td>" for c in COLUMNS)
        assert cells in html
        assert rows[structure.pk].lessons_completed == expected["lessons_completed"]
        assert rows[structure.pk].quizzes_passed == expected["quizzes_passed"]
    total = response.context["total"]
    assert total.lessons_completed == sum(
        _march(s)["lessons_completed"] for s in network
    )


def test_the_network_filters_by_departement(client, network, coordinator, grigny):
    client.force_login(coordinator)
    response = client.get(reverse("dashboards:network"), MARCH | {"departement": "75"})
    assert [row.pk for row, _html in response.context["rows"]] == [grigny.pk]
    assert (
        response.context["total"].lessons_completed
        == _march(grigny)["lessons_completed"]
    )
    # An unknown département is refused in French, and shows every structure.
    response = client.get(reverse("dashboards:network"), {"departement": "999"})
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert len(response.context["rows"]) == 2


def test_the_network_sorts_by_any_column_and_ignores_unknown_sorts(
    client, network, coordinator, corbeil, grigny
):
    client.force_login(coordinator)
    url = reverse("dashboards:network")
    by_lessons = client.get(url, MARCH | {"tri": "lecons"}).context["rows"]
    assert [row.pk for row, _html in by_lessons] == [grigny.pk, corbeil.pk]
    by_name = client.get(url, MARCH | {"tri": "nom"}).context["rows"]
    assert [row.pk for row, _html in by_name] == [grigny.pk, corbeil.pk]  # A before C
    for column in COLUMNS:
        assert client.get(url, {"tri": column.key}).status_code == 200
    assert client.get(url, {"tri": "pk; drop"}).context["sort"] == "nom"


def test_the_network_is_paged_and_flags_quiet_structures(client, coordinator, groups):
    Structure.objects.bulk_create(
        Structure(
            name=f"Structure {n:02}", kind="association", town="Évry", departement="91"
        )
        for n in range(55)
    )
    client.force_login(coordinator)
    response = client.get(reverse("dashboards:network"))
    assert len(response.context["rows"]) == 50
    page = response.content.decode()
    assert "55 structures" in page
    assert "Sans activité depuis 30 jours" in page
    assert response.context["inactive_count"] == 55
    # Each row: a checkbox named for the comparison, the structure's link for
    # the same period, flagged when quiet (built in the view, one pass).
    first = Structure.objects.get(name="Structure 00")
    link = reverse("dashboards:structure", kwargs={"structure_id": first.pk})
    assert (
        f'<tr class="is-inactive">\n                        <td><input type="checkbox"'
        f' name="structures" value="{first.pk}" id="comparer-{first.pk}">'
        f'<label for="comparer-{first.pk}" class="visually-hidden">Comparer'
        " Structure 00</label></td>\n"
        f'                        <th scope="row"><a href="{link}?">'
        'Structure 00</a><br><span class="flag">'
        "Sans activité depuis 30 jours</span></th>\n"
        "                        <td>91</td>\n"
    ) in page
    second = client.get(reverse("dashboards:network"), {"page": 2})
    assert len(second.context["rows"]) == 5


def test_two_structures_are_compared_on_one_screen(
    client, network, coordinator, corbeil, grigny
):
    client.force_login(coordinator)
    response = client.get(
        reverse("dashboards:compare"),
        MARCH | {"structures": [corbeil.pk, grigny.pk]},
    )
    assert response.status_code == 200
    compared = response.context["compared"]
    # By name: « Association de Grigny » first.
    assert [c.pk for c in compared] == [grigny.pk, corbeil.pk]
    for each, structure in zip(compared, [grigny, corbeil], strict=True):
        assert each.lessons_completed == _march(structure)["lessons_completed"]
    page = response.content.decode()
    assert corbeil.name in page and grigny.name in page
    assert page.count("Voir les chiffres") == 4


@pytest.mark.parametrize(
    "chosen", [[], ["corbeil"], ["corbeil", "nope"], ["corbeil", "corbeil"]]
)
def test_comparing_fewer_than_two_structures_says_so(
    client, network, coordinator, corbeil, chosen
):
    client.force_login(coordinator)
    ids = [corbeil.pk if c == "corbeil" else c for c in chosen]
    response = client.get(reverse("dashboards:compare"), {"structures": ids})
    assert response.status_code == 200
    assert "Cochez au moins deux structures" in response.content.decode()


def test_comparing_too_many_structures_says_so(client, coordinator, groups):
    ids = [builders.structure(f"S{n}").pk for n in range(5)]
    client.force_login(coordinator)
    response = client.get(reverse("dashboards:compare"), {"structures": ids})
    assert "Cochez 4 structures au plus" in response.content.decode()


def test_the_export_producer_gives_a_header_the_total_and_the_rows(
    network, coordinator, corbeil, grigny
):
    header, total, rows = network_figures_rows(
        structures=structures_for_user(coordinator),
        start="2026-03-01",
        end="2026-03-31",
    )
    rows = list(rows)
    assert len(rows) == total == 3
    assert header[0] == "Structure"
    assert len(header) == len(rows[0]) == 3 + len(COLUMNS)
    lessons = header.index("Leçons terminées")
    by_name = {row[0]: row for row in rows}
    assert by_name[corbeil.name][lessons] == _march(corbeil)["lessons_completed"]
    assert by_name["Total"][lessons] == sum(
        _march(s)["lessons_completed"] for s in network
    )
    # By département, the structures of the others are left out.
    _h, total, rows = network_figures_rows(
        structures=structures_for_user(coordinator),
        start="2026-03-01",
        end="2026-03-31",
        departement="75",
    )
    assert [row[0] for row in rows] == [grigny.name, "Total"]


def test_the_export_producer_refuses_a_reversed_period(coordinator):
    with pytest.raises(ValueError):
        network_figures_rows(
            structures=structures_for_user(coordinator),
            start="2026-03-31",
            end="2026-03-01",
        )


def test_the_export_producer_gives_a_professional_only_her_structure(
    network, pro_corbeil, corbeil
):
    _h, total, rows = network_figures_rows(
        structures=structures_for_user(pro_corbeil),
        start="2026-03-01",
        end="2026-03-31",
    )
    assert [row[0] for row in rows] == [corbeil.name, "Total"]


def _page_queries(client, url, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


def test_both_pages_cost_the_same_queries_at_1x_and_10x_data(
    client, corbeil, grigny, pro_corbeil, pro_grigny, coordinator, material
):
    populate(corbeil, by=pro_corbeil, material=material)
    client.force_login(coordinator)
    structure_url = reverse("dashboards:structure", args=[corbeil.pk])
    network_url = reverse("dashboards:network")
    compare = MARCH | {"structures": [corbeil.pk, grigny.pk]}
    client.get(structure_url)  # the header's links and the session, kept after
    small = [
        _page_queries(client, structure_url, MARCH),
        _page_queries(client, network_url, MARCH),
        _page_queries(client, reverse("dashboards:compare"), compare),
    ]
    populate(corbeil, by=pro_corbeil, material=material, times=9)
    populate(grigny, by=pro_grigny, material=material, times=10)
    for n in range(8):
        builders.structure(f"Structure {n}")
    big = [
        _page_queries(client, structure_url, MARCH),
        _page_queries(client, network_url, MARCH),
        _page_queries(client, reverse("dashboards:compare"), compare),
    ]
    assert big == small
    assert max(small) <= 20


# A table only figures_get reads (the day counters of lessons and exercises).
FIGURES_TABLE = '"dashboards_structuredaytally"'


def _figures_reads(queries) -> int:
    return sum(FIGURES_TABLE in query["sql"] for query in queries)


def test_the_network_figures_are_computed_once_for_its_sorts_pages_and_coordinators(
    client, network, coordinator, corbeil, grigny, pro_corbeil, material, monkeypatch
):
    url = reverse("dashboards:network")
    client.force_login(coordinator)
    with CaptureQueriesContext(connection) as first:
        client.get(url, MARCH)
    assert _figures_reads(first) == 1
    # Another sort of the same figures, by another coordinator of the same
    # network: the eight grouped queries are not run again.
    other = builders.user("coordination.bis", group=roles.COORDINATOR)
    client.force_login(other)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, MARCH | {"tri": "lecons"})
    assert _figures_reads(queries) == 0
    # The kept figures are figures_get's, every one of them.
    fresh = selectors.figures_get(
        structures=Structure.objects.all(),
        period=selectors.Period(PERIOD.start, PERIOD.end),
        scale=selectors.scale_get(),
    )
    rows = {row.pk: row for row, _html in response.context["rows"]}
    assert set(rows) == {corbeil.pk, grigny.pk}
    for pk, row in rows.items():
        for name in selectors.SUMMED:
            assert getattr(row, name) == getattr(fresh[pk], name), name
        assert [
            (a.area, a.first, a.latest, a.people, a.gained, a.steps) for a in row.levels
        ] == [
            (a.area, a.first, a.latest, a.people, a.gained, a.steps)
            for a in fresh[pk].levels
        ]
    computed = timezone.localtime(response.context["kept"]["computed_at"]).strftime(
        "%H:%M"
    )
    assert f"Chiffres calculés à {computed}, mis à jour toutes les 2 minutes" in (
        response.content.decode()
    )

    # Within the two minutes, new lessons wait; a new name shows at once.
    before = rows[corbeil.pk].lessons_completed
    populate(corbeil, by=pro_corbeil, material=material)
    Structure.objects.filter(pk=grigny.pk).update(name="Grigny renommée")
    response = client.get(url, MARCH)
    rows = {row.pk: row for row, _html in response.context["rows"]}
    assert rows[corbeil.pk].lessons_completed == before
    assert "Grigny renommée" in response.content.decode()

    # Two minutes later, they are counted again.
    real_time = time.time
    ahead = NETWORK_FIGURES_SECONDS + 1
    monkeypatch.setattr(time, "time", lambda: real_time() + ahead)
    response = client.get(url, MARCH)
    rows = {row.pk: row for row, _html in response.context["rows"]}
    assert rows[corbeil.pk].lessons_completed == _march(corbeil)["lessons_completed"]
    assert rows[corbeil.pk].lessons_completed > before


def test_a_new_structure_reads_the_network_figures_again(client, network, coordinator):
    url = reverse("dashboards:network")
    client.force_login(coordinator)
    client.get(url, MARCH)
    builders.structure("Structure toute neuve")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, MARCH)
    assert _figures_reads(queries) == 1
    assert response.context["page"].paginator.count == 3
    assert "Structure toute neuve" in response.content.decode()
    with CaptureQueriesContext(connection) as queries:
        client.get(url, MARCH)
    assert _figures_reads(queries) == 0
