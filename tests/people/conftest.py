import pytest

from tests import builders


@pytest.fixture
def joseph(corbeil, pro_corbeil):
    """(profile, clear PIN) of a beneficiary of Corbeil."""
    return builders.beneficiary(corbeil, by=pro_corbeil, first_name="Zéphyrine")
