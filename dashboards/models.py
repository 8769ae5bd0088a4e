from django.db import models
from django.utils.translation import gettext_lazy as _

from people.models import Structure


class StructureDayTally(models.Model):
    """What a structure's beneficiaries did on one day (local time), counted as
    it happens so the dashboards add up a few hundred rows instead of scanning
    millions of completions. Written only by `dashboards.tallies`."""

    structure = models.ForeignKey(
        Structure,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("structure"),
    )
    day = models.DateField(_("jour"))
    lessons_completed = models.IntegerField(_("leçons terminées"), default=0)
    quizzes_passed = models.IntegerField(_("exercices réussis"), default=0)

    class Meta:
        verbose_name = _("compteur du jour")
        verbose_name_plural = _("compteurs du jour")
        constraints = [
            models.UniqueConstraint(
                fields=["structure", "day"], name="dashboards_tally_structure_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.structure_id} {self.day}"
