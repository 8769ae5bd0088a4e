"""Diagnostics (what trainers write), runs and their responses, level records."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from courses.models import Audience
from diagnostics.wording import self_prompt, self_text_error, task_as_skill


class Diagnostic(ClusterableModel):
    """An assessment that places a person at a level in each competence area."""

    title = models.CharField(_("titre"), max_length=160)
    audience = models.CharField(_("public"), max_length=20, choices=Audience.choices)
    intro = models.TextField(_("introduction"), blank=True)
    draft = models.BooleanField(_("brouillon"), default=True)
    source = models.CharField(max_length=120, blank=True, db_index=True, editable=False)

    class Meta:
        verbose_name = _("diagnostic")

    def __str__(self) -> str:
        return self.title


class ScreeningQuestion(Orderable):
    """A question about equipment, connection, use or confidence: kept, not scored."""

    diagnostic = ParentalKey(
        Diagnostic, on_delete=models.CASCADE, related_name="screening_questions"
    )
    text = models.CharField(_("question"), max_length=250)
    choices = models.TextField(_("réponses proposées"), help_text=_("Une par ligne."))

    class Meta(Orderable.Meta):
        verbose_name = _("question de repérage")

    @property
    def choice_list(self) -> list[str]:
        return [c.strip() for c in self.choices.splitlines() if c.strip()]


class ItemKind(models.TextChoices):
    QUESTION = "question", _("Question (notée comme un exercice)")
    TASK = "task", _("Mise en situation observée")


class DiagnosticItem(Orderable):
    """One item of an area, tied to one level: a question or an observed task."""

    diagnostic = ParentalKey(Diagnostic, on_delete=models.CASCADE, related_name="items")
    area = models.ForeignKey(
        "skills.CompetenceArea", on_delete=models.PROTECT, verbose_name=_("domaine")
    )
    level = models.ForeignKey(
        "skills.Level", on_delete=models.PROTECT, verbose_name=_("niveau")
    )
    kind = models.CharField(_("type"), max_length=20, choices=ItemKind.choices)
    question = models.ForeignKey(
        "quizzes.Question",
        verbose_name=_("question"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    task = models.CharField(
        _("mise en situation"),
        max_length=250,
        blank=True,
        help_text=_(
            "Pour le professionnel qui observe : « La personne a su … ». Sert aussi "
            "sur la version papier."
        ),
    )
    self_text = models.CharField(
        _("phrase pour la personne seule"),
        max_length=250,
        blank=True,
        help_text=_(
            "Ce que la personne lit quand elle fait le diagnostic seule, à la "
            "première personne : « Je sais allumer un téléphone. » Elle répond "
            "« Oui » ou « Pas encore ». Le résultat dira « Vous savez … »."
        ),
    )
    picture = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Facultatif : ce qu'il faut reconnaître ou toucher."),
    )
    picture_alt = models.CharField(
        _("description de l'image"),
        max_length=250,
        blank=True,
        help_text=_(
            "Ce que montre l'image, pour les personnes qui ne la voient pas. "
            "Obligatoire avec une image."
        ),
    )

    panels = [
        FieldPanel("area"),
        FieldPanel("level"),
        FieldPanel("kind"),
        FieldPanel("question"),
        FieldPanel("task"),
        FieldPanel("self_text"),
        FieldPanel("picture"),
        FieldPanel("picture_alt"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("item")

    def clean(self):
        super().clean()
        if self.kind == ItemKind.QUESTION and not self.question_id:
            raise ValidationError({"question": _("Choisissez la question à poser.")})
        if self.kind == ItemKind.TASK and not self.task.strip():
            raise ValidationError(
                {"task": _("Décrivez ce que la personne doit savoir faire.")}
            )
        if message := self_text_error(self.self_text):
            raise ValidationError({"self_text": message})
        if self.picture_id and not self.picture_alt.strip():
            raise ValidationError(
                {"picture_alt": _("Décrivez l'image en quelques mots.")}
            )

    def __str__(self) -> str:
        return self.task or str(self.question)

    @property
    def skill(self) -> str:
        """A task as what the person knows how to do (« ouvrir une application,
        sans aide »), to follow « Vous savez »; "" for a question."""
        return task_as_skill(self.task) if self.kind == ItemKind.TASK else ""

    @property
    def prompt(self) -> str:
        """What a person alone reads for a task: the first-person text, or a
        question built from the observation (« Savez-vous … ? »)."""
        return self_prompt(self)


class RunMode(models.TextChoices):
    ASSISTED = "assisted", _("Accompagné par un professionnel")
    SELF = "self", _("En autonomie")
    PAPER = "paper", _("Sur papier, saisi ensuite")


class DiagnosticRun(models.Model):
    """One passing of a diagnostic by a learner."""

    diagnostic = models.ForeignKey(
        Diagnostic, on_delete=models.PROTECT, related_name="runs"
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="diagnostic_runs",
    )
    conducted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    mode = models.CharField(max_length=20, choices=RunMode.choices)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    screening_answers = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("passation de diagnostic")

    def __str__(self) -> str:
        return f"{self.diagnostic_id} · {self.learner_id} · {self.started_at:%Y-%m-%d}"

    @property
    def is_open(self) -> bool:
        return self.finished_at is None


class ItemResponse(models.Model):
    """Whether the learner passed one item of a run."""

    run = models.ForeignKey(
        DiagnosticRun, on_delete=models.CASCADE, related_name="responses"
    )
    item = models.ForeignKey(DiagnosticItem, on_delete=models.CASCADE, related_name="+")
    passed = models.BooleanField()
    answer = models.JSONField(default=dict, blank=True)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "item"], name="item_response_unique")
        ]

    def __str__(self) -> str:
        return f"{self.run_id} · {self.item_id} · {self.passed}"


class LevelSource(models.TextChoices):
    DIAGNOSTIC = "diagnostic", _("Diagnostic")
    COURSE = "course", _("Parcours réussi")
    PROFESSIONAL = "professional", _("Décision du professionnel")


class LevelRecord(models.Model):
    """A level change of a learner in an area; the latest is the current level."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="level_records"
    )
    area = models.ForeignKey("skills.CompetenceArea", on_delete=models.PROTECT)
    level = models.ForeignKey("skills.Level", on_delete=models.PROTECT)
    source = models.CharField(max_length=20, choices=LevelSource.choices)
    run = models.ForeignKey(
        DiagnosticRun,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(_("raison"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("niveau enregistré")
        indexes = [models.Index(fields=["learner", "area", "recorded_at"])]
        ordering = ["recorded_at", "pk"]

    def __str__(self) -> str:
        return f"{self.learner_id} · {self.area_id} · {self.level_id}"

    @property
    def origin(self) -> str:
        """Where this level comes from, for people (« Validé après le parcours … »).

        Reads `course` for a course's level: select it with the record."""
        if self.source == LevelSource.COURSE and self.course_id:
            # A professional validates a beneficiary's proposal; a professional's
            # own course level is recorded as soon as the course is passed.
            if self.recorded_by_id and self.recorded_by_id != self.learner_id:
                text = gettext("Validé après le parcours « %(title)s »")
            else:
                text = gettext("Atteint avec le parcours « %(title)s »")
            return text % {"title": self.course.title}
        if self.source == LevelSource.PROFESSIONAL and self.run_id:
            return gettext("Diagnostic, niveau corrigé par le professionnel")
        return str(self.get_source_display())


class ProposalStatus(models.TextChoices):
    PENDING = "pending", _("À valider")
    VALIDATED = "validated", _("Validé")
    DECLINED = "declined", _("Refusé")


class LevelProposal(models.Model):
    """Course evidence for a level, waiting for a professional's decision."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="level_proposals",
    )
    area = models.ForeignKey("skills.CompetenceArea", on_delete=models.PROTECT)
    level = models.ForeignKey("skills.Level", on_delete=models.PROTECT)
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(
        max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course"],
                condition=Q(status="pending"),
                name="level_proposal_one_pending_per_course",
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner_id} · {self.course_id} · {self.status}"
