from django.contrib.auth.hashers import check_password, identify_hasher

from people.hashers import PIN_HASHER, PinHasher
from tests import builders


def test_pins_use_the_lighter_pin_hasher_and_still_verify(corbeil):
    profile, pin = builders.beneficiary(corbeil)
    assert identify_hasher(profile.pin_hash).algorithm == PIN_HASHER
    assert check_password(pin, profile.pin_hash)
    assert not check_password("0000" if pin != "0000" else "1111", profile.pin_hash)
    # Passwords keep Django's full cost; PINs stay salted PBKDF2.
    assert 10_000 <= PinHasher.iterations < 100_000
