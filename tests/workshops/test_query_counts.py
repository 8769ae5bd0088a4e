import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from workshops.services import session_create, session_enrol


def _sessions(n, *, by, structure, beneficiary):
    for i in range(n):
        session = session_create(
            by=by,
            structure=structure,
            title=f"Atelier {i}",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=i * 20),
            start_time=datetime.time(14, 0),
        )
        session_enrol(by=by, session=session, beneficiary=beneficiary)


def _count(client, url):
    client.get(url)  # warm the cached site, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("week", [False, True])
def test_the_list_page_runs_the_same_queries_for_3_or_30_sessions(
    client, pro_corbeil, corbeil, awa, week
):
    client.force_login(pro_corbeil)
    url = reverse("workshops:session_list") + ("?semaine=2026-W01" if week else "")
    _sessions(3, by=pro_corbeil, structure=corbeil, beneficiary=awa)
    few = _count(client, url)
    _sessions(27, by=pro_corbeil, structure=corbeil, beneficiary=awa)
    many = _count(client, url)
    assert few == many
