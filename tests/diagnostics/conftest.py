import pytest


@pytest.fixture(autouse=True)
def _scale(groups):
    """Every diagnostics test has the level scale and the role groups
    (tests/conftest.py `groups` seeds both)."""
