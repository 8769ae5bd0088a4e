"""Guided mode: the professional's board shows where each participant stands
inside a simulator, read in one query for the whole room."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests import builders
from tests.simulators.conftest import RIGHT
from tests.simulators.helpers import check_url
from workshops import guided
from workshops.models import Participation
from workshops.services import session_create, session_enrol


@pytest.fixture
def room(corbeil, pro_corbeil, course, lesson):
    start = (timezone.localtime() - datetime.timedelta(minutes=10)).time()
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Atelier démarches",
        date=timezone.localdate(),
        start_time=start.replace(second=0, microsecond=0),
        duration_minutes=120,
        courses=[course],
    )
    people = [
        builders.beneficiary(corbeil, by=pro_corbeil, first_name=name)[0]
        for name in ("Awa", "Bintou")
    ]
    for person in people:
        session_enrol(by=pro_corbeil, session=session, beneficiary=person)
    session = guided.guided_start(by=pro_corbeil, session=session, lesson=lesson)
    steps = guided.lesson_steps(lesson)
    # Everyone on the last step, the one that holds the simulator.
    Participation.objects.filter(session=session).update(current_step=len(steps) - 1)
    return session, people


def _board(client, session) -> str:
    url = reverse("workshops:guided_board_state", kwargs={"session_id": session.pk})
    return client.get(url).content.decode()


def test_the_board_shows_each_participants_simulator_screen(
    client, room, lesson, block_id, pro_corbeil
):
    session, (awa, bintou) = room
    client.force_login(awa.user)
    client.post(check_url(lesson, block_id, 1), RIGHT[0])
    client.force_login(bintou.user)
    for number, data in enumerate(RIGHT, start=1):
        client.post(check_url(lesson, block_id, number), data)
    client.force_login(pro_corbeil)
    body = _board(client, session)
    assert "Entraînement : écran 2 sur 3" in body  # Awa
    assert "Entraînement terminé" in body  # Bintou


def test_the_simulator_screens_cost_one_query_for_the_room(
    client, room, pro_corbeil, corbeil
):
    session, _people = room
    client.force_login(pro_corbeil)
    _board(client, session)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            body = _board(client, session)
        assert "Entraînement : écran 1 sur 3" in body
        return len(queries)

    few = count()
    for _n in range(8):
        person = builders.beneficiary(corbeil, by=pro_corbeil)[0]
        guided.guided_join(session=session, user=person.user)
    last = len(guided.lesson_steps(session.guided_lesson)) - 1
    Participation.objects.filter(session=session).update(current_step=last)
    assert count() == few


def test_a_participant_opens_the_simulator_from_the_guided_step(
    client, room, lesson, block_id
):
    session, (awa, _bintou) = room
    guided.guided_join(session=session, user=awa.user)
    Participation.objects.filter(beneficiary=awa).update(
        current_step=len(guided.lesson_steps(lesson)) - 1
    )
    client.force_login(awa.user)
    body = client.get(
        reverse("guided:follow", kwargs={"code": session.join_code})
    ).content.decode()
    assert "Ouvrir l'entraînement" in body
    assert check_url(lesson, block_id, 1).rsplit("ecrans", 1)[0] in body
