import pytest
from django.core.cache import cache
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from courses.models import Audience
from people import roles
from people.services import roles_setup
from skills.services import scale_seed
from tests import builders

# One profile for the property tests (tests/*/test_fuzz*.py), local and CI alike:
# few examples, no per-example deadline (the database is slow on a shared
# machine), fixtures reused across examples, no example database on disk.
hypothesis_settings.register_profile(
    "relais",
    max_examples=50,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.load_profile("relais")


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
