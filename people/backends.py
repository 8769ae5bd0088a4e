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
