"""Attestations of the training path, and what a structure publishes for contact."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from training.storage import attestation_storage

# The one path there is today (P1–P4); the unique constraint is per holder and
# path so a second path can come without a migration of the rows.
PROFESSIONAL_PATH = "p1-p4"


class AttestationStatus(models.TextChoices):
    VALID = "valid", _("Valide")
    REVOKED = "revoked", _("Révoquée")


class PdfStatus(models.TextChoices):
    PENDING = "pending", _("En préparation")
    READY = "ready", _("Prêt")
    FAILED = "failed", _("Non produit")


class Attestation(models.Model):
    """Proof that a person completed the professionals' training path. What it
    says (name, modules, date, network) is written once, as printed."""

    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="attestations",
        verbose_name=_("titulaire"),
    )
    path = models.CharField(_("parcours"), max_length=20, default=PROFESSIONAL_PATH)
    holder_name = models.CharField(_("nom imprimé"), max_length=200)
    modules = models.JSONField(_("modules"), default=list)
    issued_on = models.DateField(_("délivrée le"), default=timezone.localdate)
    network_name = models.CharField(_("réseau"), max_length=200)
    code = models.CharField(_("code de vérification"), max_length=10, unique=True)
    status = models.CharField(
        _("état"),
        max_length=10,
        choices=AttestationStatus.choices,
        default=AttestationStatus.VALID,
    )
    revoked_at = models.DateTimeField(_("révoquée le"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("révoquée par"),
    )
    revoked_reason = models.TextField(_("motif de révocation"), blank=True)
    pdf = models.FileField(
        _("PDF"), blank=True, upload_to="attestations/", storage=attestation_storage
    )
    pdf_status = models.CharField(
        _("PDF"), max_length=10, choices=PdfStatus.choices, default=PdfStatus.PENDING
    )
    pdf_error = models.CharField(_("erreur du PDF"), max_length=300, blank=True)
    emailed_at = models.DateTimeField(_("envoyée par e-mail le"), null=True, blank=True)
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)

    class Meta:
        verbose_name = _("attestation")
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["holder", "path"], name="training_one_attestation_per_path"
            )
        ]

    def __str__(self) -> str:
        return f"{self.holder_name} · {self.code}"

    @property
    def is_valid(self) -> bool:
        return self.status == AttestationStatus.VALID

    @property
    def code_display(self) -> str:
        """The code in two groups of five, easier to read aloud and type."""
        return f"{self.code[:5]}-{self.code[5:]}"


class StructureContact(models.Model):
    """What a structure chose to publish on its public contact page (and on its
    posters): each field optional, nothing else about it is shown."""

    structure = models.OneToOneField(
        "people.Structure",
        on_delete=models.CASCADE,
        related_name="public_contact",
        verbose_name=_("structure"),
    )
    address = models.CharField(_("adresse"), max_length=250, blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    email = models.EmailField(_("adresse e-mail"), blank=True)
    hours = models.CharField(_("horaires d'accueil"), max_length=250, blank=True)
    who_to_ask = models.CharField(
        _("à qui s'adresser"),
        max_length=200,
        blank=True,
        help_text=_("Par exemple : « Demandez Nadia à l'accueil »."),
    )
    updated_at = models.DateTimeField(_("mis à jour le"), auto_now=True)

    class Meta:
        verbose_name = _("coordonnées publiques")
        verbose_name_plural = _("coordonnées publiques")

    def __str__(self) -> str:
        return str(self.structure_id)
