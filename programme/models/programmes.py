"""A structure's programme: its template, milestones and check-ins."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from lms.validators import date_in_bounds
from people.models import Structure


class OwnerSide(models.TextChoices):
    NETWORK = "reseau", _("Réseau")
    STRUCTURE = "structure", _("Structure")


class AutoRule(models.TextChoices):
    """What the data must show for a milestone to be met without anyone ticking it."""

    TRAINED = "trained", _("Tous les professionnels formés (P1 à P4)")
    FIRST_DIAGNOSTIC = "first_diagnostic", _("Premier diagnostic réalisé")
    FIRST_WORKSHOP = "first_workshop", _("Premier atelier tenu")


class ProgrammeTemplate(ClusterableModel):
    """The plan of milestones a new programme starts from (edited in the admin)."""

    name = models.CharField(_("nom"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    is_default = models.BooleanField(
        _("modèle par défaut"),
        default=False,
        help_text=_("Utilisé quand une candidature est retenue."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("is_default"),
        InlinePanel("milestones", label=_("Jalons"), min_num=1),
    ]

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("modèle de programme")
        verbose_name_plural = _("modèles de programme")

    def __str__(self) -> str:
        return self.name


class TemplateMilestone(Orderable):
    """One milestone of a template: due so many days after the programme starts."""

    template = ParentalKey(
        ProgrammeTemplate,
        on_delete=models.CASCADE,
        related_name="milestones",
        verbose_name=_("modèle"),
    )
    title = models.CharField(_("titre"), max_length=200)
    offset_days = models.PositiveIntegerField(
        _("échéance (jours après le début)"), default=0
    )
    owner_side = models.CharField(
        _("qui s'en charge"),
        max_length=20,
        choices=OwnerSide.choices,
        default=OwnerSide.STRUCTURE,
    )
    rule = models.CharField(
        _("atteint automatiquement quand"),
        max_length=30,
        choices=AutoRule.choices,
        blank=True,
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("offset_days"),
        FieldPanel("owner_side"),
        FieldPanel("rule"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("jalon du modèle")
        verbose_name_plural = _("jalons du modèle")

    def __str__(self) -> str:
        return self.title


class Stage(models.TextChoices):
    ACCOMPANIMENT = "accompagnement", _("En accompagnement")
    FOLLOW_UP = "suivi", _("En suivi")
    AUTONOMOUS = "autonome", _("Autonome")
    STOPPED = "arrete", _("Arrêté")


class Programme(models.Model):
    """A structure's accompaniment (six months) then follow-up (a year)."""

    structure = models.OneToOneField(
        Structure,
        on_delete=models.CASCADE,
        related_name="programme",
        verbose_name=_("structure"),
    )
    template = models.ForeignKey(
        ProgrammeTemplate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("modèle"),
    )
    start_date = models.DateField(_("début"), validators=[date_in_bounds])
    network_referent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="programmes_followed",
        verbose_name=_("référent du réseau"),
    )
    structure_referents = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="programmes_referent",
        verbose_name=_("référents de la structure"),
    )
    stage = models.CharField(
        _("étape"),
        max_length=20,
        choices=Stage.choices,
        default=Stage.ACCOMPANIMENT,
        db_index=True,
    )
    # The needs assessment.
    needs_publics = models.JSONField(_("publics"), default=list, blank=True)
    needs_equipment = models.TextField(_("équipement"), blank=True)
    needs_rooms = models.TextField(_("salles"), blank=True)
    needs_staff_time = models.TextField(_("temps des équipes"), blank=True)
    needs_partners = models.TextField(_("partenaires"), blank=True)
    created_at = models.DateTimeField(_("ouvert le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    class Meta:
        ordering = ["structure__name", "pk"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self) -> str:
        return f"Programme · {self.structure.name}"


class MilestoneStatus(models.TextChoices):
    TODO = "todo", _("À faire")
    DONE = "done", _("Fait")
    SKIPPED = "skipped", _("Sans objet")


class MilestoneQuerySet(models.QuerySet):
    def overdue(self, today: datetime.date | None = None):
        """Milestones still to do whose due date has passed (before today), in
        programmes that are not stopped."""
        today = today or timezone.localdate()
        return self.filter(status=MilestoneStatus.TODO, due_date__lt=today).exclude(
            programme__stage=Stage.STOPPED
        )


class Milestone(models.Model):
    """A step of a structure's programme: who, by when, done or not."""

    programme = models.ForeignKey(
        Programme,
        on_delete=models.CASCADE,
        related_name="milestones",
        verbose_name=_("programme"),
    )
    position = models.PositiveSmallIntegerField(_("rang"), default=0)
    title = models.CharField(_("titre"), max_length=200)
    due_date = models.DateField(_("échéance"), validators=[date_in_bounds])
    owner_side = models.CharField(
        _("qui s'en charge"),
        max_length=20,
        choices=OwnerSide.choices,
        default=OwnerSide.STRUCTURE,
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="milestones_owned",
        verbose_name=_("responsable"),
    )
    rule = models.CharField(
        _("atteint automatiquement quand"),
        max_length=30,
        choices=AutoRule.choices,
        blank=True,
    )
    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=MilestoneStatus.choices,
        default=MilestoneStatus.TODO,
        db_index=True,
    )
    done_on = models.DateField(_("atteint le"), null=True, blank=True)
    # Set when the data met the milestone (rule), not a person.
    met_automatically = models.BooleanField(_("atteint automatiquement"), default=False)
    notes = models.TextField(_("notes"), blank=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    objects = MilestoneQuerySet.as_manager()

    class Meta:
        ordering = ["programme", "due_date", "position", "pk"]
        verbose_name = _("jalon")
        verbose_name_plural = _("jalons")
        indexes = [
            models.Index(fields=["status", "due_date"], name="programme_milestone_due"),
        ]

    def __str__(self) -> str:
        return self.title

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.status == MilestoneStatus.TODO and self.due_date < today


class CheckIn(models.Model):
    """A follow-up meeting: its date, notes and the structure's figures then."""

    programme = models.ForeignKey(
        Programme,
        on_delete=models.CASCADE,
        related_name="check_ins",
        verbose_name=_("programme"),
    )
    date = models.DateField(_("date"), validators=[date_in_bounds])
    notes = models.TextField(_("notes"))
    # {"period": {"start", "end"}, "figures": {name: value}} from
    # dashboards.selectors.figures_get when the check-in was recorded.
    indicators = models.JSONField(_("indicateurs"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("saisi par"),
    )
    created_at = models.DateTimeField(_("saisi le"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("point d'étape")
        verbose_name_plural = _("points d'étape")

    def __str__(self) -> str:
        return f"{self.programme.structure.name} · {self.date}"
