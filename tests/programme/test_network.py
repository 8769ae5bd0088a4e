"""The network's view: every structure's stage, overdue milestones, trained
professionals and last activity; filters, sorts, paging, constant queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from programme import selectors, services
from programme.models import Milestone, Programme, Stage
from tests import builders
from workshops.models import Accompaniment

pytestmark = pytest.mark.django_db
URL = "/programme/reseau/"


def _network(n, *, coordinator, today):
    """n structures: every third without a programme, the others at a stage,
    each with one professional and one beneficiary."""
    stages = [Stage.ACCOMPANIMENT, Stage.FOLLOW_UP, None]
    for i in range(n):
        structure = builders.structure(
            f"Structure {i:02d}", departement="91" if i % 2 else "75"
        )
        pro = builders.professional(structure, username=f"pro{n}-{i}")
        builders.beneficiary(structure, by=pro)
        stage = stages[i % 3]
        if stage:
            programme = services.programme_open(
                by=coordinator,
                structure=structure,
                start_date=today - datetime.timedelta(days=40),
                structure_referents=[pro],
            )
            Programme.objects.filter(pk=programme.pk).update(stage=stage)


def test_the_url():
    assert reverse("programme:network") == URL


def test_rows_show_stage_overdue_trained_and_last_activity(
    client, coordinator, corbeil, grigny, pro_corbeil, today
):
    programme = services.programme_open(
        by=coordinator,
        structure=corbeil,
        start_date=today - datetime.timedelta(days=20),
        structure_referents=[pro_corbeil],
    )
    Accompaniment.objects.create(
        structure=corbeil,
        date=today - datetime.timedelta(days=4),
        duration_minutes=30,
        professional=pro_corbeil,
        autonomy="autonome",
    )
    rows = {
        r.name: r for r in selectors.network_rows_get(user=coordinator, today=today)
    }
    row = rows[corbeil.name]
    # 20 days in: only the agreement (15 days) is late.
    assert row.overdue == 1 == Milestone.objects.overdue(today).count()
    assert (row.trained, row.professionals, row.to_train) == (0, 1, 1)
    assert row.last_activity == today - datetime.timedelta(days=4)
    assert row.stage == Stage.ACCOMPANIMENT
    assert rows[grigny.name].programme is None
    assert rows[grigny.name].last_activity is None
    client.force_login(coordinator)
    page = client.get(URL).content.decode()
    assert "1 jalon en retard" in page
    assert reverse("programme:detail", args=[corbeil.pk]) in page
    assert "Sans programme" in page
    assert programme.get_stage_display() in page


def test_filters_by_departement_and_stage(client, coordinator, today):
    _network(6, coordinator=coordinator, today=today)
    client.force_login(coordinator)
    page = client.get(URL, {"departement": "91"}).content.decode()
    assert "Structure 01" in page and "Structure 00" not in page
    page = client.get(URL, {"etape": Stage.FOLLOW_UP}).content.decode()
    assert "Structure 01" in page and "Structure 04" in page
    assert "Structure 00" not in page and "Structure 02" not in page
    page = client.get(URL, {"etape": "aucun"}).content.decode()
    assert "Structure 02" in page and "Structure 05" in page
    assert "Structure 00" not in page
    # An unknown filter value is no error: the whole list.
    assert client.get(URL, {"etape": "n'importe"}).status_code == 200


def test_sorts_put_overdue_first(coordinator, today, corbeil, grigny):
    services.programme_open(
        by=coordinator,
        structure=grigny,
        start_date=today - datetime.timedelta(days=400),
    )
    services.programme_open(by=coordinator, structure=corbeil, start_date=today)
    names = [
        r.name
        for r in selectors.network_rows_get(
            user=coordinator, sort="retards", today=today
        )
    ]
    assert names == [grigny.name, corbeil.name]
    names = [r.name for r in selectors.network_rows_get(user=coordinator, sort="nom")]
    assert names == sorted([grigny.name, corbeil.name])


def test_a_stopped_programme_has_no_overdue_count(coordinator, corbeil, today):
    programme = services.programme_open(
        by=coordinator,
        structure=corbeil,
        start_date=today - datetime.timedelta(days=400),
    )
    Programme.objects.filter(pk=programme.pk).update(stage=Stage.STOPPED)
    (row,) = selectors.network_rows_get(user=coordinator, today=today)
    assert row.overdue == 0


def _count(client, **params) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, params)
    assert response.status_code == 200
    return len(queries)


def test_the_query_count_does_not_grow_with_the_structures(
    client, coordinator, groups, today
):
    _network(3, coordinator=coordinator, today=today)
    client.force_login(coordinator)
    _count(client)  # warm the session and header caches
    few = _count(client)
    _network(30, coordinator=coordinator, today=today)
    many = _count(client)
    assert few == many, (few, many)
    assert _count(client, tri="retards") == many
