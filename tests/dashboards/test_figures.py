"""dashboards.selectors.figures_get: each figure matches a recount from the raw
rows, at the period's edges, per structure and in total, in a constant number
of queries."""

import datetime
import re
from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dashboards.selectors import (
    SUMMED,
    Period,
    figures_get,
    figures_sorted,
    figures_total,
    scale_get,
)
from tests import builders
from tests.dashboards.conftest import NOW, PERIOD, populate
from tests.dashboards.recount import recount

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(corbeil, grigny, pro_corbeil, pro_grigny, material):
    populate(corbeil, by=pro_corbeil, material=material)
    populate(grigny, by=pro_grigny, material=material, times=2)
    return [corbeil, grigny]


def test_every_figure_matches_a_recount_from_the_raw_rows(network):
    found = figures_get(structures=network, period=PERIOD, now=NOW)
    for structure in network:
        expected = recount(structure, start=PERIOD.start, end=PERIOD.end, now=NOW)
        figures = found[structure.pk]
        for name in SUMMED:
            assert getattr(figures, name) == expected[name], name
        # The data hold something to count for every figure.
        assert [n for n in SUMMED if not getattr(figures, n)] == []


def test_the_whole_network_reads_every_structure_without_naming_them(network):
    from people.models import Structure

    assert Structure.objects.count() == len(network)
    named = figures_get(structures=network, period=PERIOD, now=NOW)
    with CaptureQueriesContext(connection) as queries:
        every = figures_get(structures=Structure.objects.all(), period=PERIOD, now=NOW)
    # The same figures, every structure's rows read without a list of pks
    # (checking 20,000 profiles against 100 pks cost more than counting them).
    for structure in network:
        for name in SUMMED:
            assert getattr(every[structure.pk], name) == getattr(
                named[structure.pk], name
            ), name
        assert every[structure.pk].levels == named[structure.pk].levels
    assert not [q for q in queries if re.search(r'structure_id" IN \(\d', q["sql"])]


def test_levels_first_and_latest_by_the_end_of_the_period_match_a_recount(
    network, material
):
    levels = material["levels"]
    found = figures_get(structures=network, period=PERIOD, now=NOW)
    for structure in network:
        expected = recount(structure, start=PERIOD.start, end=PERIOD.end, now=NOW)
        for area in found[structure.pk].levels:
            pairs = [
                ranks
                for (_learner, area_id), ranks in expected["levels"].items()
                if area_id == area.area.pk
            ]
            first = Counter(f for f, _l in pairs)
            latest = Counter(la for _f, la in pairs)
            assert area.first == [first[level.rank] for level in levels]
            assert area.latest == [latest[level.rank] for level in levels]
            assert area.people == len(pairs)
            assert area.gained == expected["gains"].get(area.area.pk, 0)
            assert area.steps == sum(max(0, la - f) for f, la in pairs)
    # The record made after the period (everyone at N4) is not the latest yet.
    assert found[network[0].pk].levels[0].latest[4] == 0


def test_a_later_period_sees_the_later_levels(network, material):
    april = Period(datetime.date(2026, 4, 1), datetime.date(2026, 4, 30))
    found = figures_get(structures=network, period=april, now=NOW)
    area = found[network[0].pk].levels[0]
    assert area.latest[4] == area.people > 0


def test_a_day_more_on_each_side_takes_in_the_rows_at_the_edges(network):
    wider = Period(datetime.date(2026, 2, 28), datetime.date(2026, 4, 1))
    found = figures_get(structures=network, period=wider, now=NOW)
    march = figures_get(structures=network, period=PERIOD, now=NOW)
    for structure in network:
        expected = recount(structure, start=wider.start, end=wider.end, now=NOW)
        assert found[structure.pk].lessons_completed == expected["lessons_completed"]
        assert (
            found[structure.pk].lessons_completed
            > march[structure.pk].lessons_completed
        )
        assert found[structure.pk].sessions_held == expected["sessions_held"]


def test_the_total_adds_the_structures_and_recomputes_the_rate(network):
    scale = scale_get()
    found = figures_get(structures=network, period=PERIOD, now=NOW, scale=scale)
    total = figures_total(found.values(), scale)
    for name in SUMMED:
        assert getattr(total, name) == sum(getattr(f, name) for f in found.values())
    assert total.attendance_rate == round(100 * total.present / total.marked)
    assert total.levels[0].people == sum(f.levels[0].people for f in found.values())


def test_a_structure_with_nothing_in_30_days_is_flagged_and_an_active_one_not(
    network, groups
):
    quiet = builders.structure("Maison de quartier calme", departement="75")
    found = figures_get(structures=[*network, quiet], period=PERIOD, now=NOW)
    assert found[quiet.pk].inactive
    assert not found[network[0].pk].inactive
    # 31 days later nothing is recent any more.
    later = NOW + datetime.timedelta(days=60)
    found = figures_get(structures=network, period=PERIOD, now=later)
    expected = recount(network[0], start=PERIOD.start, end=PERIOD.end, now=later)
    assert expected["beneficiaries_active"] == 0
    assert found[network[0].pk].inactive


def test_sorting_orders_by_the_figure_then_by_name(network, groups):
    other = builders.structure("Association Alpha")
    found = figures_get(structures=[*network, other], period=PERIOD, now=NOW)
    by_lessons = figures_sorted(found.values(), ("-lessons_completed", "name", "pk"))
    values = [f.lessons_completed for f in by_lessons]
    assert values == sorted(values, reverse=True)
    assert by_lessons[-1].structure == other
    by_name = figures_sorted(found.values(), ("name", "pk"))
    assert [f.name for f in by_name] == sorted(f.name for f in found.values())
    # A structure without marked attendance sorts below any rate.
    by_rate = figures_sorted(found.values(), ("-attendance_rate", "name", "pk"))
    assert by_rate[-1].attendance_rate is None


def _queries(structures) -> int:
    with CaptureQueriesContext(connection) as queries:
        figures_get(structures=structures, period=PERIOD, now=NOW)
    return len(queries)


def test_the_query_count_is_the_same_at_1x_and_10x_data(
    corbeil, grigny, pro_corbeil, pro_grigny, material
):
    populate(corbeil, by=pro_corbeil, material=material)
    small = _queries([corbeil, grigny])
    populate(corbeil, by=pro_corbeil, material=material, times=9)
    populate(grigny, by=pro_grigny, material=material, times=10)
    extra = [builders.structure(f"Structure {n}") for n in range(8)]
    assert _queries([corbeil, grigny, *extra]) == small == 10
