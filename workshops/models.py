"""Workshop sessions led by professionals, who attended, and one-to-one help."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Theme(models.TextChoices):
    EQUIPMENT = "materiel", _("Prise en main du matériel")
    BROWSING = "navigation", _("Navigation")
    EMAIL = "email", _("E-mail")
    ADMIN = "demarches", _("Démarches administratives")
    HEALTH = "sante", _("Santé")
    JOBS = "emploi", _("Emploi")
    BANKING = "banque", _("Banque et achats")
    SAFETY = "securite", _("Sécurité")
    DOCUMENTS = "documents", _("Documents")
    OTHER = "autre", _("Autre")


def validate_themes(value) -> None:
    allowed = set(Theme.values)
    if not isinstance(value, list) or not set(value) <= allowed:
        raise ValidationError(_("Choisissez les thèmes dans la liste."))


class ThemeLabelsMixin:
    def theme_labels(self) -> list[str]:
        return [Theme(t).label for t in self.themes if t in Theme.values]


class Attendance(models.TextChoices):
    UNKNOWN = "inconnu", _("Non renseigné")
    PRESENT = "present", _("Présent")
    ABSENT = "absent", _("Absent")
    EXCUSED = "excuse", _("Excusé")


# The marks a professional gives; UNKNOWN is only the state before marking.
ATTENDANCE_MARKS = (Attendance.PRESENT, Attendance.ABSENT, Attendance.EXCUSED)


class Autonomy(models.TextChoices):
    GUIDED = "guidage", _("Avec guidage")
    MOSTLY = "besoin", _("Autonome avec guidage en cas de besoin")
    AUTONOMOUS = "autonome", _("Autonome")


class WorkshopSession(ThemeLabelsMixin, models.Model):
    structure = models.ForeignKey(
        "people.Structure",
        on_delete=models.CASCADE,
        related_name="workshop_sessions",
        verbose_name=_("structure"),
    )
    leaders = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="led_workshop_sessions",
        verbose_name=_("animateurs"),
    )
    title = models.CharField(_("titre"), max_length=200)
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("heure de début"))
    duration_minutes = models.PositiveIntegerField(
        _("durée (minutes)"),
        default=120,
        validators=[MinValueValidator(15), MaxValueValidator(480)],
    )
    place = models.CharField(_("lieu"), max_length=200, blank=True)
    # On the platform's one scale (N0–N4), by the level's code.
    level = models.ForeignKey(
        "skills.Level",
        to_field="code",
        db_column="level",
        on_delete=models.PROTECT,
        default="N1",
        related_name="+",
        verbose_name=_("niveau"),
    )
    capacity = models.PositiveIntegerField(
        _("nombre de places"),
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    courses = models.ManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="workshop_sessions",
        verbose_name=_("parcours utilisés"),
    )
    themes = models.JSONField(
        _("thèmes"), default=list, blank=True, validators=[validate_themes]
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("créé par"),
    )
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("annulé le"), null=True, blank=True)
    cancel_reason = models.TextField(_("motif d'annulation"), blank=True)
    reminder_sent_at = models.DateTimeField(
        _("rappel envoyé le"), null=True, blank=True
    )
    # Guided mode: the room follows one lesson; participants join with the code
    # until guided_ends_at (the end of the session, or earlier if stopped).
    guided_lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("leçon suivie en mode guidé"),
    )
    join_code = models.CharField(_("code de l'atelier"), max_length=8, blank=True)
    guided_started_at = models.DateTimeField(
        _("mode guidé démarré le"), null=True, blank=True
    )
    guided_ends_at = models.DateTimeField(
        _("code valable jusqu'au"), null=True, blank=True
    )

    class Meta:
        ordering = ["date", "start_time", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["join_code"],
                condition=~models.Q(join_code=""),
                name="workshops_join_code_unique",
            )
        ]
        verbose_name = _("atelier animé")
        verbose_name_plural = _("ateliers animés")

    def __str__(self) -> str:
        return f"{self.title} ({self.date:%d/%m/%Y})"


class Participation(models.Model):
    session = models.ForeignKey(
        WorkshopSession,
        on_delete=models.CASCADE,
        related_name="participations",
        verbose_name=_("atelier"),
    )
    beneficiary = models.ForeignKey(
        "people.BeneficiaryProfile",
        on_delete=models.CASCADE,
        related_name="workshop_participations",
        verbose_name=_("bénéficiaire"),
    )
    attendance = models.CharField(
        _("présence"),
        max_length=10,
        choices=Attendance.choices,
        default=Attendance.UNKNOWN,
    )
    enrolled_at = models.DateTimeField(_("inscrit le"), auto_now_add=True)
    # Guided mode: where the person is in the lesson (0 = first step), whether
    # they asked for help, and when their device last showed a sign of life.
    current_step = models.PositiveIntegerField(_("étape en cours"), default=0)
    help_requested_at = models.DateTimeField(
        _("aide demandée le"), null=True, blank=True
    )
    joined_at = models.DateTimeField(_("a rejoint le"), null=True, blank=True)
    last_seen_at = models.DateTimeField(_("vu le"), null=True, blank=True)
    # When they finished the lesson the room follows now (not an earlier
    # completion of the same lesson: the board shows this session's progress).
    finished_at = models.DateTimeField(
        _("leçon du mode guidé terminée le"), null=True, blank=True
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "beneficiary"],
                name="workshops_one_participation_per_session",
            )
        ]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")

    def __str__(self) -> str:
        return f"{self.beneficiary} · {self.session}"


class Accompaniment(ThemeLabelsMixin, models.Model):
    structure = models.ForeignKey(
        "people.Structure",
        on_delete=models.CASCADE,
        related_name="accompaniments",
        verbose_name=_("structure"),
    )
    professional = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="accompaniments_given",
        verbose_name=_("professionnel"),
    )
    # Null: a person helped without an account (anonymous help counts too).
    beneficiary = models.ForeignKey(
        "people.BeneficiaryProfile",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="accompaniments",
        verbose_name=_("bénéficiaire"),
    )
    date = models.DateField(_("date"))
    duration_minutes = models.PositiveIntegerField(
        _("durée (minutes)"),
        default=30,
        validators=[MinValueValidator(5), MaxValueValidator(480)],
    )
    themes = models.JSONField(
        _("thèmes"), default=list, blank=True, validators=[validate_themes]
    )
    autonomy = models.CharField(_("autonomie"), max_length=10, choices=Autonomy.choices)
    referral = models.TextField(_("orientation"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("accompagnement individuel")
        verbose_name_plural = _("accompagnements individuels")

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} · {self.get_autonomy_display()}"


class ActivityReport(ThemeLabelsMixin, models.Model):
    """What a session or an accompaniment amounted to, for the structure's
    indicators: written once, right after, mostly pre-filled."""

    structure = models.ForeignKey(
        "people.Structure",
        on_delete=models.CASCADE,
        related_name="activity_reports",
        verbose_name=_("structure"),
    )
    session = models.OneToOneField(
        WorkshopSession,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="report",
        verbose_name=_("atelier"),
    )
    accompaniment = models.OneToOneField(
        Accompaniment,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="report",
        verbose_name=_("accompagnement"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("rédigé par"),
    )
    date = models.DateField(_("date"))
    participant_count = models.PositiveIntegerField(
        _("nombre de participants"), validators=[MaxValueValidator(500)]
    )
    duration_minutes = models.PositiveIntegerField(
        _("durée (minutes)"),
        validators=[MinValueValidator(5), MaxValueValidator(480)],
    )
    themes = models.JSONField(
        _("thèmes"), default=list, blank=True, validators=[validate_themes]
    )
    level = models.ForeignKey(
        "skills.Level",
        to_field="code",
        db_column="level",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("niveau"),
    )
    comment = models.TextField(_("remarques"), blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    class Meta:
        ordering = ["-date", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(session__isnull=False, accompaniment__isnull=True)
                    | models.Q(session__isnull=True, accompaniment__isnull=False)
                ),
                name="workshops_report_of_one_activity",
            )
        ]
        verbose_name = _("compte rendu d'activité")
        verbose_name_plural = _("comptes rendus d'activité")

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} · {self.participant_count}"
