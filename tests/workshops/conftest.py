import datetime

import pytest
from django.utils import timezone

from tests import builders
from workshops import guided
from workshops.services import session_create, session_enrol


@pytest.fixture
def awa(corbeil, pro_corbeil):
    return builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")[0]


@pytest.fixture
def bintou(corbeil, pro_corbeil):
    return builders.beneficiary(corbeil, by=pro_corbeil, first_name="Bintou")[0]


@pytest.fixture
def gaston(grigny, pro_grigny):
    return builders.beneficiary(grigny, by=pro_grigny, first_name="Gaston")[0]


@pytest.fixture
def next_week():
    return timezone.localdate() + datetime.timedelta(days=7)


@pytest.fixture
def session(corbeil, pro_corbeil, next_week):
    return session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Premiers pas sur la tablette",
        date=next_week,
        start_time=datetime.time(14, 0),
        capacity=2,
        themes=["prendre_en_main_du_materiel"],
    )


# Guided mode: a session held today, following a lesson of its course.


@pytest.fixture
def course(workshops):
    return builders.course(workshops, modules=1, lessons_per_module=2)


@pytest.fixture
def lesson(course):
    return builders.lessons_of(course)[0]


@pytest.fixture
def today_session(corbeil, pro_corbeil, course):
    start = (timezone.localtime() - datetime.timedelta(minutes=10)).time()
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Atelier tablette du jour",
        date=timezone.localdate(),
        start_time=start.replace(second=0, microsecond=0),
        duration_minutes=120,
        courses=[course],
    )
    return session


@pytest.fixture
def live(today_session, pro_corbeil, lesson, awa):
    session_enrol(by=pro_corbeil, session=today_session, beneficiary=awa)
    return guided.guided_start(by=pro_corbeil, session=today_session, lesson=lesson)
