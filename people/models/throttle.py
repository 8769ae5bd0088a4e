from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FailureCounter(models.Model):
    """Guesses counted against one address or one subject in a fixed window
    (people.throttle). A row, not a cache entry: the row lock makes parallel
    guesses count one after the other on PostgreSQL and SQLite alike, and
    the window's start is stored, so no backend can silently shorten it."""

    key = models.CharField(_("clé"), max_length=200, unique=True)
    count = models.PositiveIntegerField(_("essais"), default=0)
    window_start = models.DateTimeField(
        _("début de la fenêtre"), default=timezone.now, db_index=True
    )

    class Meta:
        verbose_name = _("compteur d'essais")
        verbose_name_plural = _("compteurs d'essais")

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
