from django.db import models
from django.utils.translation import gettext_lazy as _

from people.models import Structure
from workshops.models import WorkshopSession


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


class SessionAttendanceTally(models.Model):
    """How many people one session has on its list, and how many were marked
    present, absent, excused and at all, kept as participations are written so
    the network dashboard and the indicators sum columns of the held sessions
    instead of grouping every participation of the period.
    Per session (not per day): moving, cancelling or re-dating a session
    changes which sessions are held, never these counts. Written only by
    `dashboards.attendance`."""

    session = models.OneToOneField(
        WorkshopSession,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="attendance_tally",
        verbose_name=_("atelier"),
    )
    enrolled = models.IntegerField(_("inscrits"), default=0)
    present = models.IntegerField(_("présents"), default=0)
    absent = models.IntegerField(_("absents"), default=0)
    excused = models.IntegerField(_("excusés"), default=0)
    marked = models.IntegerField(_("présences notées"), default=0)

    class Meta:
        verbose_name = _("compteur de présence d'un atelier")
        verbose_name_plural = _("compteurs de présence des ateliers")

    def __str__(self) -> str:
        return f"{self.session_id}: {self.present}/{self.marked}"
