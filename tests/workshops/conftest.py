import datetime

import pytest
from django.utils import timezone

from tests import builders
from workshops.services import session_create


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
        themes=["materiel"],
    )
