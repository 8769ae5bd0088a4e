from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Upper
from django.utils.translation import gettext_lazy as _

from people import roles


class User(AbstractUser):
    """A person who signs in: trainer, moderator, professional or beneficiary."""

    class Meta:
        verbose_name = _("utilisateur")
        verbose_name_plural = _("utilisateurs")
        # The beneficiaries list on a network (issue 13): its default order
        # (« Prénom (A à Z) ») walks the first index instead of sorting every
        # row; the second gives PostgreSQL statistics on UPPER(first_name), what
        # a search (`icontains`) filters on, so it estimates the matches instead
        # of assuming two and choosing nested loops.
        indexes = [
            models.Index(fields=["first_name"], name="people_user_first_name"),
            models.Index(Upper("first_name"), name="people_user_first_name_upper"),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def display_name(self) -> str:
        return self.first_name or self.username

    @property
    def marks_answers(self) -> bool:
        """Trainers and the beneficiaries' professionals mark open answers."""
        return self.manages_beneficiaries or roles.user_has_role(self, roles.TRAINER)

    @property
    def manages_beneficiaries(self) -> bool:
        """Relay professionals, coordinators and superusers follow beneficiaries."""
        return self.is_active and (
            self.is_superuser
            or roles.user_has_role(self, roles.PROFESSIONAL, roles.COORDINATOR)
        )
