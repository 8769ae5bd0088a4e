"""Admin forms that refuse unusable questions and quizzes with clear messages."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from quizzes.grading import default_weights, question_problems
from quizzes.models import Choice, Question, QuestionKind
from quizzes.services import question_choices_write


def _kept_forms(formset):
    if formset is None or not formset.is_valid():
        return []
    return [
        form
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


class QuestionForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        choices = [
            (form.cleaned_data.get("text", ""), form.cleaned_data.get("weight") or 0)
            for form in _kept_forms(self.formsets.get("choices"))
            if form.cleaned_data.get("text")
        ]
        numerical = [
            form.cleaned_data.get("weight") or 0
            for form in _kept_forms(self.formsets.get("numerical_answers"))
        ]
        pairs = [
            (form.cleaned_data.get("left", ""), form.cleaned_data.get("right", ""))
            for form in _kept_forms(self.formsets.get("pairs"))
            if form.cleaned_data.get("right")
        ]
        for problem in question_problems(
            kind=cleaned.get("kind"),
            choices=choices,
            true_false_answer=cleaned.get("true_false_answer"),
            numerical=numerical,
            pairs=pairs,
        ):
            self.add_error(None, problem)
        if cleaned.get("image") and not cleaned.get("image_alt"):
            self.add_error("image_alt", _("Décrivez l'image (texte alternatif)."))
        return cleaned


# The snippet editor's buttons that ask for the quiz to reach learners: publish
# now, or submit it to the « Relecture » workflow. A plain « Enregistrer le
# brouillon » may keep an unfinished quiz.
PUBLISHING_ACTIONS = ("action-publish", "action-submit")


class QuizForm(WagtailAdminModelForm):
    # The preview views set it False: written questions are shown, not saved.
    saves_questions = True

    def save(self, commit=True):
        formset = self.formsets.get("quiz_questions")
        for form in formset.forms if formset is not None else ():
            form.saves_questions = self.saves_questions
        return super().save(commit=commit)

    def clean(self):
        cleaned = super().clean()
        if not any(self.data.get(action) for action in PUBLISHING_ACTIONS):
            return cleaned
        kept = _kept_forms(self.formsets.get("quiz_questions"))
        # Questions written in the rows were checked there (QuizQuestionForm).
        question_ids = [
            form.cleaned_data["question"].pk
            for form in kept
            if form.cleaned_data.get("question") and not getattr(form, "writes", False)
        ]
        if not kept:
            self.add_error(
                None, _("Ajoutez au moins une question avant de publier l'exercice.")
            )
            return cleaned
        from quizzes.services import question_problems_of

        for question in Question.objects.filter(pk__in=question_ids).prefetch_related(
            "choices", "numerical_answers", "pairs"
        ):
            for problem in question_problems_of(question):
                self.add_error(
                    None,
                    _("Publication impossible, « %(q)s » : %(p)s")
                    % {"q": question, "p": problem},
                )
        return cleaned


# Writing questions inside the quiz editor: each row of the quiz's questions
# either picks a bank question or writes one (created, or the picked one
# updated, in the bank: still reusable in other quizzes).

# The kinds this row can write; others (added later) are edited in the bank.
INLINE_KINDS = [
    QuestionKind.SINGLE,
    QuestionKind.MULTIPLE,
    QuestionKind.TRUE_FALSE,
    QuestionKind.SHORT_TEXT,
    QuestionKind.OPEN,
]
CHOICE_KINDS_INLINE = [QuestionKind.SINGLE, QuestionKind.MULTIPLE]
RIGHT_MARK = "*"
WRITING_FIELDS = (
    "q_kind",
    "q_text",
    "q_choices",
    "q_true_false",
    "q_accepted_answers",
    "q_explanation",
    "q_points",
)


def choices_to_lines(choices) -> str:
    return "\n".join(
        f"{RIGHT_MARK} {c.text}" if c.is_correct else c.text for c in choices
    )


def lines_to_choices(value: str) -> list[tuple[str, bool]]:
    """« * Bonne réponse » lines are right, the other lines wrong; blanks skipped."""
    choices = []
    for line in (value or "").splitlines():
        line = line.strip()
        if not line:
            continue
        right = line.startswith(RIGHT_MARK)
        text = line.lstrip(RIGHT_MARK).strip() if right else line
        if text:
            choices.append((text, right))
    return choices


class QuizQuestionForm(WagtailAdminModelForm):
    q_kind = forms.ChoiceField(
        label=gettext_lazy("Type de question"),
        choices=[("", "---------"), *[(k.value, k.label) for k in INLINE_KINDS]],
        required=False,
        # static/quizzes/admin/kind_switch.js shows this kind's panels only.
        widget=forms.Select(attrs={"data-kind-switch": ""}),
    )
    q_text = forms.CharField(
        label=gettext_lazy("Question"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    q_choices = forms.CharField(
        label=gettext_lazy("Réponses proposées"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Une réponse par ligne. Mettez une étoile * devant chaque bonne réponse."
        ),
    )
    q_true_false = forms.TypedChoiceField(
        label=gettext_lazy("Bonne réponse"),
        choices=[("true", gettext_lazy("Vrai")), ("false", gettext_lazy("Faux"))],
        coerce=lambda value: value == "true",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    q_accepted_answers = forms.CharField(
        label=gettext_lazy("Réponses acceptées"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy(
            "Une par ligne. Majuscules, accents et espaces en trop ne comptent pas."
        ),
    )
    q_explanation = forms.CharField(
        label=gettext_lazy("Explication"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("Montrée après la réponse."),
    )
    q_points = forms.IntegerField(
        label=gettext_lazy("Points"), min_value=1, max_value=100, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Pick a bank question, or write one in the fields below.
        self.fields["question"].required = False
        self.fields["q_points"].initial = 1
        question = self.instance.question if self.instance.question_id else None
        if question is not None and question.kind in INLINE_KINDS:
            self.initial.update(
                {
                    "q_kind": question.kind,
                    "q_text": question.text,
                    "q_choices": choices_to_lines(question.choices.all()),
                    "q_true_false": (
                        ""
                        if question.true_false_answer is None
                        else ("true" if question.true_false_answer else "false")
                    ),
                    "q_accepted_answers": "\n".join(
                        c.text
                        for c in question.choices.all()
                        if question.kind == QuestionKind.SHORT_TEXT
                    ),
                    "q_explanation": question.explanation,
                    "q_points": question.points,
                }
            )
        self.writes = False
        # Set False by the preview: it shows the written question, saves nothing.
        self.saves_questions = True

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("DELETE"):
            return cleaned  # a removed row neither picks nor writes
        picked = cleaned.get("question")
        wrote = any(name in self.changed_data for name in WRITING_FIELDS)
        if picked is not None and "question" in self.changed_data:
            wrote = False  # a newly picked question wins over the fields
        if not wrote:
            if picked is None:
                self.add_error(
                    "question",
                    _("Choisissez une question de la banque ou écrivez-en une."),
                )
            return cleaned
        if picked is not None and picked.kind not in INLINE_KINDS:
            self.add_error(
                None,
                _("Modifiez cette question dans la banque de questions."),
            )
            return cleaned
        self.writes = True
        kind = cleaned.get("q_kind")
        if not kind:
            self.add_error("q_kind", _("Choisissez le type de question."))
        if not (cleaned.get("q_text") or "").strip():
            self.add_error("q_text", _("Écrivez la question."))
        if not kind:
            return cleaned
        choices = lines_to_choices(cleaned.get("q_choices"))
        if kind not in CHOICE_KINDS_INLINE:
            choices = []  # the hidden choice box of another kind is ignored
        if kind == QuestionKind.SHORT_TEXT:
            # Accepted answers are the question's choices, each worth 100 %.
            choices = [
                (line.strip(), True)
                for line in (cleaned.get("q_accepted_answers") or "").splitlines()
                if line.strip()
            ]
        weights = default_weights(kind, [right for _text, right in choices])
        for problem in question_problems(
            kind=kind,
            choices=[(text, w) for (text, _r), w in zip(choices, weights, strict=True)],
            true_false_answer=cleaned.get("q_true_false"),
        ):
            self.add_error(None, problem)
        self.written_choices = choices
        return cleaned

    def _written_question(self) -> Question:
        cleaned = self.cleaned_data
        question = self.cleaned_data.get("question") or Question()
        kind = cleaned["q_kind"]
        question.kind = kind
        question.text = cleaned["q_text"].strip()
        question.true_false_answer = (
            cleaned.get("q_true_false") if kind == QuestionKind.TRUE_FALSE else None
        )
        question.explanation = cleaned.get("q_explanation") or ""
        question.points = cleaned.get("q_points") or 1
        return question

    def save(self, commit=True):
        if self.writes:
            question = self._written_question()
            if self.saves_questions:
                question_choices_write(question=question, choices=self.written_choices)
            else:
                # Shown in the preview only: nothing reaches the bank.
                weights = default_weights(
                    question.kind, [right for _text, right in self.written_choices]
                )
                question.choices = [
                    Choice(text=text, weight=weight)
                    for (text, _right), weight in zip(
                        self.written_choices, weights, strict=True
                    )
                ]
            self.instance.question = question
        return super().save(commit=commit)
