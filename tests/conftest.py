import pytest
from django.core.cache import cache
from django.db import transaction
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


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as migrated, plus what every site has (the scale,
    the role groups, the home page and both catalogues, the review
    workflow), made once: `site` and `groups` then find them instead of
    publishing pages in each test (a quarter of a second each). A
    transactional test's flush empties it; they build it again inside the
    tests after it."""
    with django_db_blocker.unblock():
        builders.skeleton()


@pytest.fixture(scope="module")
def demo_loaded(django_db_setup, django_db_blocker):
    """The demo loaded once for the module that asks for it: what demo_load()
    returned. Loading it takes seconds; each test runs in a savepoint of the
    load's transaction and is rolled back after it, and the load itself is
    rolled back once the module is done. Every test of such a module that
    touches the database sees the demo from the first that asks for it."""
    from demo.services import demo_load

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        # Marked as TestCase marks its own: a durable atomic block in the code
        # under test may still open inside it.
        outer._from_testcase = True
        outer.__enter__()
        try:
            yield demo_load()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


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
