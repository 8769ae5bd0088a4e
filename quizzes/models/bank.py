"""What trainers write: quizzes, the question bank, choices."""

from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import CharField, Exists, OuterRef, Prefetch
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    Revision,
    RevisionMixin,
    WorkflowMixin,
    WorkflowState,
)
from wagtail.search import index


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Choix unique")
    MULTIPLE = "multiple", _("Choix multiple (plusieurs bonnes réponses)")
    TRUE_FALSE = "true_false", _("Vrai ou faux")
    SHORT_TEXT = "short_text", _("Réponse courte")
    OPEN = "open", _("Réponse libre (corrigée par une personne)")
    NUMERICAL = "numerical", _("Réponse numérique")
    MATCHING = "matching", _("Appariement (relier deux à deux)")


CHOICE_KINDS = {QuestionKind.SINGLE, QuestionKind.MULTIPLE}
# Kinds whose answers are Choice rows with a weight: ticked boxes, or typed
# answers compared with each row (short text).
WEIGHTED_KINDS = CHOICE_KINDS | {QuestionKind.SHORT_TEXT}

WEIGHT_VALIDATORS = [MinValueValidator(-100), MaxValueValidator(100)]


class ChoiceOrder(models.TextChoices):
    AUTHORED = "authored", _("Dans l'ordre saisi")
    RANDOM = "random", _("Au hasard")
    ALPHABETICAL = "alphabetical", _("Par ordre alphabétique")


class FeedbackMode(models.TextChoices):
    AFTER_EACH = "after_each", _("Après chaque question")
    AT_END = "at_end", _("À la fin")


class QuestionCategory(models.Model):
    """A category of the question bank; a category with a parent is a sub-category."""

    name = models.CharField(_("nom"), max_length=120)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("catégorie parente"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    class Meta:
        ordering = ["parent__name", "name"]
        verbose_name = _("catégorie de questions")
        verbose_name_plural = _("catégories de questions")
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"], name="question_category_unique_name"
            )
        ]

    def __str__(self) -> str:
        return f"{self.parent.name} › {self.name}" if self.parent_id else self.name


class Question(index.Indexed, ClusterableModel):
    """A question of the bank, usable in several quizzes."""

    kind = models.CharField(_("type"), max_length=20, choices=QuestionKind.choices)
    name = models.CharField(
        _("nom court"),
        max_length=255,
        blank=True,
        help_text=_("Facultatif : pour retrouver la question dans la banque."),
    )
    text = models.TextField(_("question"), max_length=1000)
    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("catégorie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("texte alternatif de l'image"), max_length=250, blank=True
    )
    audio = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio (MP3, OGG)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    explanation = models.TextField(
        _("explication"),
        blank=True,
        help_text=_("Montrée après la réponse : pourquoi c'est la bonne réponse."),
    )
    points = models.PositiveSmallIntegerField(
        _("points"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    choice_order = models.CharField(
        _("ordre des réponses"),
        max_length=20,
        choices=ChoiceOrder.choices,
        default=ChoiceOrder.AUTHORED,
    )
    true_false_answer = models.BooleanField(
        _("bonne réponse (vrai ou faux)"), null=True, blank=True
    )
    # Vrai ou faux: what the learner reads after answering « Vrai » or « Faux »
    # (GIFT's « {T#…#…} », Moodle XML's feedback of each answer).
    true_feedback = models.TextField(
        _("commentaire si la personne répond « Vrai »"), max_length=500, blank=True
    )
    false_feedback = models.TextField(
        _("commentaire si la personne répond « Faux »"), max_length=500, blank=True
    )
    # Where the question came from, to make imports idempotent.
    source = models.CharField(max_length=120, blank=True, db_index=True, editable=False)

    search_fields = [index.SearchField("text"), index.AutocompleteField("text")]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def accepted_answer_list(self) -> list[str]:
        """Short text: the answers worth every point (reads the prefetched choices)."""
        if self.kind != QuestionKind.SHORT_TEXT:
            return []
        return [c.text for c in self.choices.all() if c.weight >= 100]


class Choice(Orderable):
    """A proposed answer of a choice question, or an accepted answer of a
    short-text question, with its weight (share of the points, in percent)."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("réponse"), max_length=300)
    weight = models.DecimalField(
        _("part des points (%)"),
        max_digits=8,
        decimal_places=5,
        default=0,
        validators=WEIGHT_VALIDATORS,
        help_text=_(
            "100 : tout juste. 50 : à moitié juste. 0 : faux. "
            "Négatif : enlève des points (choix multiple)."
        ),
    )
    feedback = models.CharField(
        _("commentaire pour cette réponse"), max_length=500, blank=True
    )

    class Meta(Orderable.Meta):
        verbose_name = _("réponse")
        verbose_name_plural = _("réponses")

    def __str__(self) -> str:
        return self.text

    @property
    def is_correct(self) -> bool:
        """Worth some points (the learner should pick it)."""
        return self.weight > 0


class NumericalAnswer(Orderable):
    """An accepted number of a numerical question: a value give or take a
    tolerance, or a range from minimum to maximum."""

    question = ParentalKey(
        Question, on_delete=models.CASCADE, related_name="numerical_answers"
    )
    value = models.DecimalField(
        _("valeur"), max_digits=18, decimal_places=6, null=True, blank=True
    )
    tolerance = models.DecimalField(
        _("marge (plus ou moins)"),
        max_digits=18,
        decimal_places=6,
        default=0,
        validators=[MinValueValidator(0)],
    )
    minimum = models.DecimalField(
        _("ou de"), max_digits=18, decimal_places=6, null=True, blank=True
    )
    maximum = models.DecimalField(
        _("à"), max_digits=18, decimal_places=6, null=True, blank=True
    )
    weight = models.DecimalField(
        _("part des points (%)"),
        max_digits=8,
        decimal_places=5,
        default=100,
        validators=WEIGHT_VALIDATORS,
    )
    feedback = models.CharField(
        _("commentaire pour cette réponse"), max_length=500, blank=True
    )

    class Meta(Orderable.Meta):
        verbose_name = _("réponse numérique")
        verbose_name_plural = _("réponses numériques")

    def __str__(self) -> str:
        if self.value is None:
            return f"{self.minimum}..{self.maximum}"
        return f"{self.value} ± {self.tolerance}"

    @property
    def is_range(self) -> bool:
        return self.value is None

    @property
    def label(self) -> str:
        """In French: « 7,5 », « 7,5 (à 0,1 près) », « de 7 à 8 »."""

        def number(value) -> str:
            return f"{value.normalize():f}".replace(".", ",")

        if self.value is None:
            return _("de %(low)s à %(high)s") % {
                "low": number(self.minimum),
                "high": number(self.maximum),
            }
        if self.tolerance:
            return _("%(value)s (à %(tolerance)s près)") % {
                "value": number(self.value),
                "tolerance": number(self.tolerance),
            }
        return number(self.value)

    def bounds(self):
        if self.value is None:
            return self.minimum, self.maximum
        return self.value - self.tolerance, self.value + self.tolerance

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.value is None and (self.minimum is None or self.maximum is None):
            raise ValidationError(
                _("Indiquez une valeur, ou un minimum et un maximum.")
            )
        if self.value is not None and (
            self.minimum is not None or self.maximum is not None
        ):
            raise ValidationError(
                _("Indiquez une valeur ou un intervalle, pas les deux.")
            )
        if self.value is None and self.minimum > self.maximum:
            raise ValidationError(_("Le minimum dépasse le maximum."))


class MatchingPair(Orderable):
    """A pair of a matching question: the left item and the right item that
    goes with it. A pair without a left item adds a wrong right item."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="pairs")
    left = models.CharField(_("élément"), max_length=300, blank=True)
    right = models.CharField(_("réponse associée"), max_length=300)

    class Meta(Orderable.Meta):
        verbose_name = _("paire")
        verbose_name_plural = _("paires")

    def __str__(self) -> str:
        return f"{self.left} -> {self.right}"


class QuizQuerySet(models.QuerySet):
    def published(self):
        """The quizzes learners may see: the live ones (their rows hold the
        published version; drafts of a live quiz stay in its revisions)."""
        return self.filter(live=True)

    def for_admin_listing(self):
        """The snippet listing's rows with what its columns read, in 2 queries
        whatever the number of rows: the competence area, whether a publication
        is scheduled (`approved_schedule`) and the workflow in progress
        (Wagtail's `_current_workflow_states`, read by `workflow_in_progress`).
        """
        content_type = ContentType.objects.get_for_model(self.model)
        return (
            self.select_related("competence_area")
            .annotate(
                _approved_schedule=Exists(
                    Revision.objects.filter(
                        base_content_type=content_type,
                        object_id=Cast(OuterRef("pk"), output_field=CharField()),
                        approved_go_live_at__isnull=False,
                    )
                )
            )
            .prefetch_related(
                Prefetch(
                    "_workflow_states",
                    queryset=WorkflowState.objects.active().select_related(
                        "current_task_state__task"
                    ),
                    to_attr="_current_workflow_states",
                )
            )
        )


class Quiz(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A graded exercise: settings and an ordered list of bank questions.

    Moderated like a lesson: saved as drafts and revisions, published through
    the « Relecture » workflow; learners only see the live version.
    """

    title = models.CharField(_("titre"), max_length=160)
    description = models.TextField(_("description"), blank=True, max_length=600)
    competence_area = models.ForeignKey(
        "skills.CompetenceArea",
        verbose_name=_("domaine de compétence"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="quizzes",
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("seuil de réussite (%)"),
        default=60,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    random_order = models.BooleanField(
        _("questions dans un ordre au hasard"), default=False
    )
    max_questions = models.PositiveSmallIntegerField(
        _("nombre de questions tirées"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Vide : toutes les questions."),
    )
    feedback_mode = models.CharField(
        _("correction"),
        max_length=20,
        choices=FeedbackMode.choices,
        default=FeedbackMode.AFTER_EACH,
    )
    single_attempt = models.BooleanField(_("une seule tentative"), default=False)
    exam_paper = models.BooleanField(
        _("copie d'examen"),
        default=True,
        help_text=_("Garder les réponses de chaque tentative pour les relire."),
    )
    success_text = models.TextField(_("message en cas de réussite"), blank=True)
    fail_text = models.TextField(_("message en cas d'échec"), blank=True)
    source = models.CharField(max_length=120, blank=True, db_index=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuizQuerySet.as_manager()

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("exercice noté")
        verbose_name_plural = _("exercices notés")

    def __str__(self) -> str:
        return self.title

    @property
    def approved_schedule(self) -> bool:
        # Annotated by QuizQuerySet.for_admin_listing (one query for the whole
        # list), like Wagtail's pages; otherwise one query (DraftStateMixin).
        if hasattr(self, "_approved_schedule"):
            return self._approved_schedule
        return super().approved_schedule

    def get_preview_template(self, request, mode_name):
        return "quizzes/quiz_preview.html"

    def get_preview_context(self, request, mode_name):
        # The unsaved form's questions, as a learner would see them (no answers).
        questions = [link.question for link in self.quiz_questions.all()]
        return {"quiz": self, "questions": questions}


class QuizQuestion(Orderable):
    """A question's place in a quiz."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="quiz_questions")
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        on_delete=models.PROTECT,
        related_name="quiz_questions",
    )

    class Meta(Orderable.Meta):
        verbose_name = _("question de l'exercice")
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "question"], name="quiz_question_unique"
            )
        ]
