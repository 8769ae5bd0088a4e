import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.models.structures import Structure

# No 0/O, 1/I/L: a code read aloud or copied from a card cannot be misread.
LOGIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LOGIN_CODE_LENGTH = 6
MAX_PIN_ATTEMPTS = 5
YOUNGEST_AGE = 10

login_code_validator = RegexValidator(
    rf"^[{LOGIN_CODE_ALPHABET}]{{{LOGIN_CODE_LENGTH}}}$",
    _("Le code de connexion compte 6 caractères (lettres et chiffres)."),
)
phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 .-]{8,18}[0-9]$",
    _("Indiquez un numéro de téléphone, par exemple 06 12 34 56 78."),
)


def beneficiary_label(first_name: str, login_code: str) -> str:
    """« Prénom (CODE) »: how a beneficiary is named in menus and lists
    (BeneficiaryProfile's str, and menus read as plain values)."""
    return f"{first_name} ({login_code})"


class BeneficiaryProfile(models.Model):
    """What a structure keeps about a beneficiary: the minimum, and how they sign in."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="beneficiary_profile",
        verbose_name=_("compte"),
    )
    structure = models.ForeignKey(
        Structure,
        on_delete=models.PROTECT,
        related_name="beneficiaries",
        verbose_name=_("structure"),
    )
    year_of_birth = models.PositiveSmallIntegerField(
        _("année de naissance"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900)],
    )
    phone = models.CharField(
        _("téléphone"), max_length=20, blank=True, validators=[phone_validator]
    )
    consent_at = models.DateTimeField(_("consentement donné le"))
    consent_text = models.TextField(_("texte du consentement"))
    login_code = models.CharField(
        _("code de connexion"),
        max_length=LOGIN_CODE_LENGTH,
        unique=True,
        validators=[login_code_validator],
    )
    pin_hash = models.CharField(_("code secret (haché)"), max_length=128)
    failed_pin_attempts = models.PositiveSmallIntegerField(
        _("essais de code secret manqués"), default=0
    )
    locked_at = models.DateTimeField(_("bloqué le"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("créé par"),
    )
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    # Set by people.gdpr.beneficiary_erase: the row stays for the statistics.
    erased_at = models.DateTimeField(_("données effacées le"), null=True, blank=True)
    # Set by people.retention when the professionals were told this person will
    # be anonymised for inactivity; a warning older than their last activity
    # no longer counts (people.selectors.beneficiaries_inactive_since).
    retention_warned_at = models.DateTimeField(
        _("prévenu de l'anonymisation le"), null=True, blank=True
    )
    # The dashboards' « active »: the latest lesson finished, exercise or
    # diagnostic started, or day present at a session (midnight of that day).
    # Written only by dashboards.last_active, in the transaction of the row.
    last_active_at = models.DateTimeField(
        _("dernière activité le"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("profil de bénéficiaire")
        verbose_name_plural = _("profils de bénéficiaires")
        indexes = [
            # The beneficiaries list's « Ajoutés récemment » sort, paged deep
            # over a network's 20,000 people (issue 13).
            models.Index(fields=["created_at", "id"], name="people_beneficiary_recent"),
            # A structure's people active since a day; with `created_at`, the
            # dashboards' three counts per structure (registered, new,
            # active) read this index alone, not the profiles' rows (a
            # network's 20,000: 7.1 -> 3.4 ms; issue 13).
            models.Index(
                fields=["structure", "last_active_at", "created_at"],
                name="beneficiary_structure_active",
            ),
        ]

    def __str__(self) -> str:
        return beneficiary_label(self.user.first_name, self.login_code)

    def clean(self) -> None:
        latest = timezone.localdate().year - YOUNGEST_AGE
        if self.year_of_birth is not None and self.year_of_birth > latest:
            raise ValidationError(
                {
                    "year_of_birth": _(
                        "L'année de naissance doit être %(year)s ou avant."
                    )
                    % {"year": latest}
                }
            )

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None

    @property
    def retention_erase_on(self) -> datetime.date | None:
        """The day from which people.retention may anonymise this person, for the
        notice on their professionals' pages: None unless warned and not signed
        in since (the task itself checks every activity, see
        people.selectors.beneficiaries_inactive_since)."""
        warned = self.retention_warned_at
        if warned is None or self.is_erased:
            return None
        if self.user.last_login is not None and self.user.last_login >= warned:
            return None
        days = settings.BENEFICIARY_RETENTION_WARNING_DAYS
        return timezone.localdate(warned + datetime.timedelta(days=days))
