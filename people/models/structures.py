from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# Metropolitan codes 01–95 (20 became 2A and 2B) and overseas 971–976.
departement_validator = RegexValidator(
    r"^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6])$",
    _("Indiquez un numéro de département, par exemple 91, 2A ou 971."),
)


class StructureKind(models.TextChoices):
    SOCIAL_CENTRE = "centre_social", _("Centre social")
    ASSOCIATION = "association", _("Association")
    LIBRARY = "mediatheque", _("Médiathèque")
    FRANCE_SERVICES = "france_services", _("France Services")
    CCAS = "ccas", _("CCAS")
    OTHER = "autre", _("Autre")


class StructureQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)


class Structure(models.Model):
    """A relay organisation (centre social, association…) where people meet."""

    name = models.CharField(_("nom"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=StructureKind.choices)
    town = models.CharField(_("commune"), max_length=100)
    departement = models.CharField(
        _("département"), max_length=3, validators=[departement_validator]
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)

    objects = StructureQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("structure")
        verbose_name_plural = _("structures")
        # The structures in name order: a beneficiaries list sorted by
        # structure reads its first page through them instead of sorting
        # every match (a coordinator's search: 14 -> 2 ms; issue 13).
        indexes = [models.Index(fields=["name"], name="people_structure_name")]

    def __str__(self) -> str:
        return self.label_of(self.name, self.town)

    @staticmethod
    def label_of(name: str, town: str) -> str:
        """How a structure is named in menus and lists (people.forms reads
        the two columns alone for its menus)."""
        return f"{name} ({town})"


class Membership(models.Model):
    """A relay professional belongs to a structure (and may belong to several)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("personne"),
    )
    structure = models.ForeignKey(
        Structure,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("structure"),
    )
    created_at = models.DateTimeField(_("depuis le"), auto_now_add=True)

    class Meta:
        verbose_name = _("rattachement")
        verbose_name_plural = _("rattachements")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "structure"], name="membership_unique_user_structure"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.structure}"
