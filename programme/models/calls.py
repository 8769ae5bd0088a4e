"""The call for applications « Devenir relais numérique » and what structures
send in answer."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.validators import date_in_bounds
from people.models import Structure, StructureKind
from people.models.beneficiaries import phone_validator
from people.models.structures import departement_validator


class Public(models.TextChoices):
    """The publics a structure serves (an application, a needs assessment)."""

    SENIORS = "seniors", _("Personnes âgées")
    YOUTH = "jeunes", _("Jeunes de 16 à 25 ans")
    JOBSEEKERS = "demandeurs_emploi", _("Demandeurs d'emploi")
    FAMILIES = "familles", _("Familles")
    NEWCOMERS = "allophones", _("Personnes qui apprennent le français")
    DISABILITY = "handicap", _("Personnes en situation de handicap")
    HOMELESS = "sans_domicile", _("Personnes sans domicile stable")
    ALL = "tout_public", _("Tout public")


def public_labels(values: list[str]) -> list[str]:
    """The labels of stored publics, in the order of the choices; unknown keys
    are left out."""
    labels = dict(Public.choices)
    return [str(labels[key]) for key, _label in Public.choices if key in values]


class CallQuerySet(models.QuerySet):
    def open_on(self, day: datetime.date | None = None):
        """Calls whose application period includes this day (today by default)."""
        day = day or timezone.localdate()
        return self.filter(opens_on__lte=day, closes_on__gte=day)


class Call(models.Model):
    """A call for applications: who may apply, between which dates, paid by whom."""

    title = models.CharField(_("titre"), max_length=200)
    opens_on = models.DateField(_("ouvert à partir du"), validators=[date_in_bounds])
    closes_on = models.DateField(_("clos après le"), validators=[date_in_bounds])
    funders = models.CharField(
        _("financeurs"),
        max_length=500,
        help_text=_("Les financeurs nommés dans l'appel, séparés par des virgules."),
    )
    text = models.TextField(_("texte de l'appel"))
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    objects = CallQuerySet.as_manager()

    class Meta:
        ordering = ["-opens_on", "-pk"]
        verbose_name = _("appel à candidatures")
        verbose_name_plural = _("appels à candidatures")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError(
                {"closes_on": _("La clôture doit venir après l'ouverture.")}
            )

    def is_open(self, day: datetime.date | None = None) -> bool:
        day = day or timezone.localdate()
        return self.opens_on <= day <= self.closes_on


class ApplicationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Reçue")
    SELECTED = "selected", _("Retenue")
    DECLINED = "declined", _("Non retenue")


class Application(models.Model):
    """A structure's application to a call; a coordinator selects or declines it."""

    call = models.ForeignKey(
        Call,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("appel"),
    )
    structure_name = models.CharField(_("nom de la structure"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=StructureKind.choices)
    address = models.CharField(_("adresse"), max_length=300)
    town = models.CharField(_("commune"), max_length=100)
    departement = models.CharField(
        _("département"), max_length=3, validators=[departement_validator]
    )
    publics = models.JSONField(_("publics accueillis"), default=list)
    current_activities = models.TextField(_("ce que la structure fait déjà"))
    staff = models.TextField(_("personnes mobilisables"))
    rooms = models.TextField(_("salles et matériel"))
    motivation = models.TextField(_("motivation"))
    contact_phone = models.CharField(
        _("téléphone de contact"), max_length=20, validators=[phone_validator]
    )
    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.SUBMITTED,
        db_index=True,
    )
    decision_reason = models.TextField(_("motif de la décision"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("décidé par"),
    )
    decided_at = models.DateTimeField(_("décidé le"), null=True, blank=True)
    # The structure created when the application was selected.
    structure = models.OneToOneField(
        Structure,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="application",
        verbose_name=_("structure créée"),
    )
    submitted_at = models.DateTimeField(_("reçue le"), default=timezone.now)

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = _("candidature")
        verbose_name_plural = _("candidatures")

    def __str__(self) -> str:
        return f"{self.structure_name} ({self.town})"

    @property
    def public_labels(self) -> list[str]:
        return public_labels(self.publics)

    @property
    def is_decided(self) -> bool:
        return self.status != ApplicationStatus.SUBMITTED


class ApplicationReferent(models.Model):
    """A person the structure names to follow the training (one to three)."""

    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        related_name="referents",
        verbose_name=_("candidature"),
    )
    name = models.CharField(_("nom"), max_length=150)
    email = models.EmailField(_("adresse e-mail"))
    position = models.PositiveSmallIntegerField(_("rang"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("référent")
        verbose_name_plural = _("référents")

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"
