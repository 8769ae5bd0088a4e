import pytest

from courses.models import Audience
from tests import builders


@pytest.fixture
def site(db):
    """(home, {audience: catalogue})"""
    return builders.skeleton()


@pytest.fixture
def workshops(site):
    return site[1][Audience.BENEFICIARY]


@pytest.fixture
def learner(db):
    return builders.user("apprenant", first_name="Joseph")
