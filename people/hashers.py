"""The PIN hasher: PBKDF2 with fewer rounds than passwords.

A 4-to-6-digit PIN cannot resist an offline search whatever the rounds; its
protection is the lock after a few wrong tries. A full password cost (about a
second here) would only make a 500-row import take minutes.
"""

from django.contrib.auth.hashers import PBKDF2PasswordHasher

PIN_HASHER = "pbkdf2_pin"


class PinHasher(PBKDF2PasswordHasher):
    algorithm = PIN_HASHER
    iterations = 20_000
