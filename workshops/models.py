"""Workshop sessions led by professionals, who attended, and one-to-one help."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxLengthValidator,
    MaxValueValidator,
    MinValueValidator,
)
from django.db import models
from django.utils.translation import gettext_lazy as _

from workshops.cra import (
    ANONYMOUS_COUNT_FIELDS,
    ANONYMOUS_GROUPS,
    NOTES_MAX,
    PLACE_DETAIL_MAX,
    PROCEDURE_DETAIL_MAX,
    REDIRECTION_DETAIL_MAX,
    TOWN_MAX,
    Autonomy,
    PlaceType,
    RedirectionStructure,
    anonymous_errors,
    anonymous_field,
    material_labels,
    place_errors,
    thematique_labels,
    thematiques_errors,
    validate_materials,
    validate_postcode,
    validate_thematiques,
)

# The themes are the CRA's thématiques (workshops/cra.py); the old name stays
# for the migrations that name it.
validate_themes = validate_thematiques


class ThemeLabelsMixin:
    def theme_labels(self) -> list[str]:
        return thematique_labels(self.themes)


class CraPlaceAndUse(models.Model):
    """What an individual and a collective activity record alike on the CRA:
    where it took place, the démarche helped with, the devices used."""

    place_type = models.CharField(
        _("lieu"), max_length=20, choices=PlaceType.choices, default=PlaceType.STRUCTURE
    )
    place_detail = models.CharField(
        _("précision du lieu"), max_length=PLACE_DETAIL_MAX, blank=True
    )
    place_town = models.CharField(_("commune"), max_length=TOWN_MAX, blank=True)
    place_postcode = models.CharField(
        _("code postal"), max_length=5, blank=True, validators=[validate_postcode]
    )
    procedure_detail = models.CharField(
        _("précision de la démarche"), max_length=PROCEDURE_DETAIL_MAX, blank=True
    )
    materials = models.JSONField(
        _("matériel utilisé"), default=list, blank=True, validators=[validate_materials]
    )

    class Meta:
        abstract = True

    def material_labels(self) -> list[str]:
        return material_labels(self.materials)

    def cra_errors(self) -> dict[str, list[str]]:
        """The CRA's rules across fields: commune and code postal for a home
        or another place, administrative thématiques with their parent."""
        errors = place_errors(self.place_type, self.place_town, self.place_postcode)
        theme_errors = thematiques_errors(self.themes)
        if theme_errors:
            errors["themes"] = theme_errors
        return errors


class Attendance(models.TextChoices):
    UNKNOWN = "inconnu", _("Non renseigné")
    PRESENT = "present", _("Présent")
    ABSENT = "absent", _("Absent")
    EXCUSED = "excuse", _("Excusé")


# The marks a professional gives; UNKNOWN is only the state before marking.
ATTENDANCE_MARKS = (Attendance.PRESENT, Attendance.ABSENT, Attendance.EXCUSED)


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
        _("thématiques"), default=list, blank=True, validators=[validate_thematiques]
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
        # The sessions list's two sorts (workshops.forms.SESSION_SORTS): a page
        # walks the index in order, however deep, instead of sorting every
        # session of the network (issue 13: 29 ms → 1 ms on the 20th page).
        indexes = [
            models.Index(
                fields=["date", "start_time", "id"], name="workshops_session_date_order"
            ),
            models.Index(
                fields=["title", "date", "id"], name="workshops_session_title_order"
            ),
        ]
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


class Accompaniment(ThemeLabelsMixin, CraPlaceAndUse):
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
        _("thématiques"), default=list, blank=True, validators=[validate_thematiques]
    )
    autonomy = models.CharField(_("autonomie"), max_length=30, choices=Autonomy.choices)
    redirected = models.BooleanField(_("réorienté vers une structure"), default=False)
    redirection_kind = models.CharField(
        _("type de structure de réorientation"),
        max_length=40,
        choices=RedirectionStructure.choices,
        blank=True,
    )
    redirection_detail = models.CharField(
        _("précision de la réorientation"),
        max_length=REDIRECTION_DETAIL_MAX,
        blank=True,
    )
    notes = models.TextField(
        _("notes"), blank=True, validators=[MaxLengthValidator(NOTES_MAX)]
    )
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("accompagnement individuel")
        verbose_name_plural = _("accompagnements individuels")

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} · {self.get_autonomy_display()}"

    def clean(self) -> None:
        errors = self.cra_errors()
        if self.redirected and not self.redirection_kind:
            errors["redirection_kind"] = [
                _("Choisissez le type de structure vers laquelle la personne va.")
            ]
        if errors:
            raise ValidationError(errors)


class ActivityReport(ThemeLabelsMixin, CraPlaceAndUse):
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
        _("thématiques"), default=list, blank=True, validators=[validate_thematiques]
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
    comment = models.TextField(
        _("remarques"), blank=True, validators=[MaxLengthValidator(NOTES_MAX)]
    )
    # A session's participants without an account, counted (the Coop's
    # « participants anonymes »); their breakdowns follow (add_to_class below).
    anon_total = models.PositiveIntegerField(
        _("participants anonymes"), default=0, validators=[MaxValueValidator(500)]
    )
    anon_already_helped = models.PositiveIntegerField(
        _("anonymes déjà accompagnés"),
        default=0,
        validators=[MaxValueValidator(500)],
    )
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

    def anonymous_counts(self) -> dict[str, int]:
        return {
            name: getattr(self, name)
            for name in ("anon_already_helped", *ANONYMOUS_COUNT_FIELDS)
        }

    def clean(self) -> None:
        errors = self.cra_errors()
        errors |= anonymous_errors(self.anonymous_counts(), self.anon_total)
        if self.anon_total > (self.participant_count or 0):
            errors["anon_total"] = [
                _(
                    "Il y a plus de participants anonymes (%(anon)s) que de "
                    "participants en tout (%(total)s)."
                )
                % {"anon": self.anon_total, "total": self.participant_count}
            ]
        if errors:
            raise ValidationError(errors)


# One counter per value of each breakdown of the anonymous participants
# (gender, age band, social status; see workshops/cra.py ANONYMOUS_GROUPS).
for _group, (_label, _values, _unknown) in ANONYMOUS_GROUPS.items():
    for _value in _values:
        ActivityReport.add_to_class(
            anonymous_field(_group, _value),
            models.PositiveIntegerField(
                f"{_label} : {_value.label}",
                default=0,
                validators=[MaxValueValidator(500)],
            ),
        )
