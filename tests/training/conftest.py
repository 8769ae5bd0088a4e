import pytest

from tests.training import helpers


@pytest.fixture
def path(site):
    return helpers.professional_path(site[1])
