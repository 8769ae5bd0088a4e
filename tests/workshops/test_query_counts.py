import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from workshops.services import session_create, session_enrol

# Around today, so the upcoming, past and week lists all have rows (an empty
# page skips its rows query).
FIRST_DAY = timezone.localdate() - datetime.timedelta(days=30)


def _sessions(n, *, by, structure, beneficiary):
    for i in range(n):
        session = session_create(
            by=by,
            structure=structure,
            title=f"Atelier {i}",
            date=FIRST_DAY + datetime.timedelta(days=i * 20),
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
    year, number, _day = FIRST_DAY.isocalendar()
    url = reverse("workshops:session_list") + (
        f"?semaine={year}-W{number:02d}" if week else ""
    )
    _sessions(3, by=pro_corbeil, structure=corbeil, beneficiary=awa)
    few = _count(client, url)
    _sessions(27, by=pro_corbeil, structure=corbeil, beneficiary=awa)
    many = _count(client, url)
    assert few == many


def test_a_sessions_page_reads_the_people_to_enrol_once_whatever_their_number(
    client, pro_corbeil, corbeil, awa
):
    from tests import builders

    client.force_login(pro_corbeil)
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Atelier",
        date=FIRST_DAY,
        start_time=datetime.time(14, 0),
    )
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    url = reverse("workshops:session_detail", args=[session.pk])
    builders.beneficiary(corbeil, by=pro_corbeil)
    few = _count(client, url)
    for _ in range(10):
        builders.beneficiary(corbeil, by=pro_corbeil)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert len(queries) == few
    # The people not on the list appear in both selects, from one query.
    reads = [q for q in queries if 'FROM "people_beneficiaryprofile"' in q["sql"]]
    assert len(reads) == 1
    assert response.content.decode().count("Prénom") >= 2 * 11


def test_the_people_to_enrol_are_read_as_labels_in_name_order_without_the_enrolled(
    pro_corbeil, corbeil, awa, bintou
):
    from workshops.selectors import enrol_choices_get

    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Atelier",
        date=FIRST_DAY,
        start_time=datetime.time(14, 0),
    )
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    with CaptureQueriesContext(connection) as queries:
        choices = enrol_choices_get(user=pro_corbeil, session=session)
    assert len(queries) == 1
    assert choices == [(bintou.pk, str(bintou))]
