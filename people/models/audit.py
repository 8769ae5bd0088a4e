from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.models.structures import Structure


class AuditAction(models.TextChoices):
    EXPORT_JSON = "export_json", _("Export des données (JSON)")
    EXPORT_CSV = "export_csv", _("Export des données (CSV)")
    ERASE = "erase", _("Effacement des données")
    PIN_RESET = "pin_reset", _("Nouveau code secret")
    UNLOCK = "unlock", _("Déblocage du compte")
    DEACTIVATE = "deactivate", _("Fermeture du compte")
    LOGIN = "login", _("Connexion")
    LOGIN_FAILED = "login_failed", _("Connexion refusée")
    ROLE_CHANGE = "role_change", _("Changement de rôle")
    VALIDATION = "validation", _("Décision sur un niveau")
    EXPORT_FILE = "export_file", _("Export demandé (fichier préparé en arrière-plan)")
    # training: a coordinator withdrew an attestation (code and reason in details).
    ATTESTATION_REVOKE = "attestation_revoke", _("Révocation d'une attestation")


class AppendOnlyError(Exception):
    """The journal is append-only: a line is never changed nor deleted."""


_LINKS = {"actor", "target", "structure"}


class AuditEventQuerySet(models.QuerySet):
    def personal_data(self):
        """What professionals did to a person's account or data: no sign-in,
        no role change."""
        return self.exclude(
            action__in=[
                AuditAction.LOGIN,
                AuditAction.LOGIN_FAILED,
                AuditAction.ROLE_CHANGE,
            ]
        )

    def update(self, **kwargs):
        # The one change allowed: deleting a person, a structure clears the
        # links (on_delete=SET_NULL); the labels keep who it was.
        if kwargs and all(
            name in _LINKS and value is None for name, value in kwargs.items()
        ):
            return super().update(**kwargs)
        raise AppendOnlyError("The audit journal cannot be updated.")

    def delete(self):
        raise AppendOnlyError("The audit journal cannot be deleted from.")


class AuditEvent(models.Model):
    """Who did what to whose personal data, and when. Labels outlive the accounts."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("auteur"),
    )
    actor_label = models.CharField(_("auteur (texte)"), max_length=300)
    action = models.CharField(_("action"), max_length=30, choices=AuditAction.choices)
    target = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("personne concernée"),
    )
    target_label = models.CharField(_("personne concernée (code)"), max_length=150)
    structure = models.ForeignKey(
        Structure,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("structure"),
    )
    created_at = models.DateTimeField(_("le"), default=timezone.now, db_index=True)
    details = models.JSONField(_("détails"), default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("événement du journal")
        verbose_name_plural = _("journal des données personnelles")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} · {self.actor_label} · {self.action}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("An audit event cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("An audit event cannot be deleted.")
