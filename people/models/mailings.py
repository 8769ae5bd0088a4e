"""The one owner of « sent once »: a row per e-mail kind, recipient and period.

A periodic e-mail (the weekly digests) claims its row before sending; the
unique constraint makes a second run, or a second worker racing the first,
find the row taken and send nothing (people.mailings)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MailingSent(models.Model):
    kind = models.CharField(_("type d'envoi"), max_length=60)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("destinataire"),
    )
    period_start = models.DateField(_("début de la période"))
    sent_at = models.DateTimeField(_("envoyé le"), default=timezone.now)

    class Meta:
        verbose_name = _("envoi périodique")
        verbose_name_plural = _("envois périodiques")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "recipient", "period_start"],
                name="mailing_sent_once_per_period",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} · {self.recipient_id} · {self.period_start}"
