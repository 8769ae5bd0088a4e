"""Beneficiaries sign in with a login code and a PIN instead of a password."""

from django.contrib.auth.backends import BaseBackend

from people.models import User
from people.services import beneficiary_authenticate


class LoginCodeBackend(BaseBackend):
    """authenticate(request, login_code=..., pin=...); other credentials are ignored."""

    def authenticate(self, request, login_code=None, pin=None, **kwargs):
        if not login_code or not pin:
            return None
        user = beneficiary_authenticate(login_code=login_code, pin=pin)
        return user if user is not None and user.is_active else None

    def get_user(self, user_id):
        return User.objects.filter(pk=user_id, is_active=True).first()


class EmailBackend(BaseBackend):
    """Password sign-in with the e-mail address a beneficiary added to their account."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or "@" not in username or not password:
            return None
        matches = list(User.objects.filter(email__iexact=username.strip())[:2])
        if len(matches) != 1:
            # Unknown or ambiguous address: same cost as a check, then no.
            User().set_password(password)
            return None
        user = matches[0]
        if user.is_active and user.check_password(password):
            return user
        return None

    def get_user(self, user_id):
        return User.objects.filter(pk=user_id, is_active=True).first()
