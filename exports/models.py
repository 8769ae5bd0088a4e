"""An export a person asked for, produced by a django-q2 task."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from exports.storage import export_storage


class ExportJob(models.Model):
    """One requested export: who asked, over which structures, its progress and
    its file (private storage, downloaded by the requester until expires_at)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente")
        RUNNING = "running", _("En cours")
        DONE = "done", _("Terminé")
        FAILED = "failed", _("Échoué")
        EXPIRED = "expired", _("Expiré")

    class Format(models.TextChoices):
        XLSX = "xlsx", _("Tableur (xlsx)")
        CSV = "csv", _("CSV")

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="export_jobs",
        verbose_name=_("demandé par"),
    )
    # The ids of the structures the requester could see when asking: the task
    # never reads beyond them, even if the person gains structures later.
    scope = models.JSONField(_("structures"), default=list, blank=True)
    kind = models.CharField(_("type d'export"), max_length=60)
    params = models.JSONField(_("paramètres"), default=dict, blank=True)
    file_format = models.CharField(
        _("format"), max_length=4, choices=Format.choices, default=Format.XLSX
    )
    status = models.CharField(
        _("état"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    progress_done = models.PositiveIntegerField(_("lignes écrites"), default=0)
    progress_total = models.PositiveIntegerField(_("lignes en tout"), default=0)
    file = models.FileField(
        _("fichier"), storage=export_storage, max_length=200, blank=True
    )
    error = models.TextField(_("message d'erreur"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("essais"), default=0)
    created_at = models.DateTimeField(_("demandé le"), auto_now_add=True)
    started_at = models.DateTimeField(_("commencé le"), null=True, blank=True)
    finished_at = models.DateTimeField(_("terminé le"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expire le"), null=True, blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["requester", "-created_at"]),
            models.Index(fields=["status", "expires_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk} ({self.get_status_display()})"

    @property
    def percent(self) -> int:
        """Rows written out of the total, 0–100 (100 once done)."""
        if self.status == self.Status.DONE:
            return 100
        if not self.progress_total:
            return 0
        return min(100, self.progress_done * 100 // self.progress_total)

    @property
    def in_progress(self) -> bool:
        return self.status in (self.Status.PENDING, self.Status.RUNNING)
