"""Learner state of the simulators, apart from content: where each person stands
in each simulator of a lesson. The simulator itself is a block of the lesson's
body (simulators.blocks.SimulatorBlock), named by the block's id."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SimulatorProgress(models.Model):
    """How many screens of one simulator a learner has got right, in order."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="simulator_progress",
        verbose_name=_("apprenant"),
    )
    # The lesson page holding the simulator (courses sits above this app).
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("leçon"),
    )
    block_id = models.CharField(_("bloc"), max_length=64)
    screens_done = models.PositiveSmallIntegerField(_("écrans réussis"), default=0)
    started_at = models.DateTimeField(_("commencé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("mis à jour le"), auto_now=True)
    # The first time every screen was right; kept when the learner starts again.
    completed_at = models.DateTimeField(_("réussi le"), null=True, blank=True)

    class Meta:
        verbose_name = _("avancement dans un simulateur")
        verbose_name_plural = _("avancements dans les simulateurs")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"],
                name="simulator_progress_unique_user_lesson_block",
            )
        ]
        indexes = [models.Index(fields=["lesson", "block_id"])]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.lesson_id}/{self.block_id}"
