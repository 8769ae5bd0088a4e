"""Verification codes: 10 characters from an alphabet nobody misreads."""

import secrets

# Crockford's base 32 without 0, O, 1, I, L and U: no pair looks or sounds alike.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 10


def code_generate() -> str:
    """A fresh random code (about 49 bits: guessing one is hopeless)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def code_normalize(value: str) -> str:
    """The code as stored: upper case, without the spaces or dashes people type."""
    return "".join(ch for ch in (value or "").upper() if ch.isalnum())[: LENGTH * 2]


def code_is_well_formed(code: str) -> bool:
    return len(code) == LENGTH and all(ch in ALPHABET for ch in code)
