from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Upper
from django.utils.crypto import salted_hmac
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

    # Raised by people.sessions.user_sessions_end: every session signed before
    # no longer matches the hash below, so Django signs it out on its next
    # request (a PIN account's `password` never changes, its PIN lives on the
    # beneficiary profile).
    session_epoch = models.PositiveIntegerField(
        _("génération des sessions"), default=0, editable=False
    )

    # Professionals and coordinators get a weekly digest unless they opt out
    # (their account page, or the link in the e-mail: people.mailings).
    weekly_digest = models.BooleanField(
        _("reçoit le résumé de la semaine par e-mail"), default=True
    )
    # « Économiser les données » (issue 18): pictures of lessons show only
    # when the person taps « Afficher l'image ».
    data_saver = models.BooleanField(_("économiser les données"), default=False)
    # The first name in capitals, kept by the database on every write: the
    # beneficiaries search (`people.selectors.beneficiaries_for_user`) compares
    # it as it is stored instead of upper-casing 20,000 names twice a search
    # (the count and the page; issue 13).
    first_name_upper = models.GeneratedField(
        expression=Upper("first_name"),
        output_field=models.CharField(max_length=150),
        db_persist=True,
        verbose_name=_("prénom en capitales"),
    )

    def get_session_auth_hash(self) -> str:
        if not self.session_epoch:
            # Sessions signed before the epoch existed stay valid.
            return super().get_session_auth_hash()
        return self._epoch_hash(secret=None)

    def get_session_auth_fallback_hash(self):
        if not self.session_epoch:
            yield from super().get_session_auth_fallback_hash()
            return
        from django.conf import settings

        for fallback_secret in settings.SECRET_KEY_FALLBACKS:
            yield self._epoch_hash(secret=fallback_secret)

    def _epoch_hash(self, *, secret) -> str:
        return salted_hmac(
            "people.User.get_session_auth_hash",
            f"{self.password}:{self.session_epoch}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()

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
