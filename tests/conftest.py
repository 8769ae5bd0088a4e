import pytest
from django.core.cache import cache

from courses.models import Audience
from people import roles
from people.services import roles_setup
from skills.services import scale_seed
from tests import builders


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The cache (sessions, pages, routes) starts clean for each test."""
    cache.clear()
    yield
    cache.clear()


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


@pytest.fixture
def groups(db):
    # The level scale too: sessions and reports name a level, and a
    # transactional test's flush removes what the migrations seeded.
    scale_seed()
    return roles_setup()


@pytest.fixture
def corbeil(groups):
    return builders.structure("Centre social de Corbeil")


@pytest.fixture
def grigny(groups):
    return builders.structure(
        "Association de Grigny", kind="association", town="Grigny"
    )


@pytest.fixture
def pro_corbeil(corbeil):
    return builders.professional(corbeil, username="pro.corbeil")


@pytest.fixture
def pro_grigny(grigny):
    return builders.professional(grigny, username="pro.grigny")


@pytest.fixture
def coordinator(groups):
    return builders.user("coordination", group=roles.COORDINATOR)
