from django import forms
from django.utils.translation import gettext_lazy as _

from lms.paging import Sort, SortField
from lms.validators import CleanTextFormMixin
from quizzes.models import QuestionKind

# The marking queue's sorts (lms/paging.py): the only orders it accepts.
MARKING_SORTS = {
    "ancien": Sort(_("Plus anciennes d'abord"), ("answered_at", "pk")),
    "recent": Sort(_("Plus récentes d'abord"), ("-answered_at", "-pk")),
    "quiz": Sort(_("Quiz (A à Z)"), ("attempt__quiz__title", "answered_at", "pk")),
}


class MarkingQueueSearchForm(CleanTextFormMixin, forms.Form):
    q = forms.CharField(
        label=_("Rechercher un prénom ou un quiz"), required=False, max_length=100
    )
    tri = SortField(MARKING_SORTS)


# The quiz statistics index's sorts (lms/paging.py).
STATISTICS_SORTS = {
    "titre": Sort(_("Titre (A à Z)"), ("title", "pk")),
    "tentatives": Sort(
        _("Plus de tentatives d'abord"), ("-attempt_count", "title", "pk")
    ),
}


class QuizStatisticsSearchForm(CleanTextFormMixin, forms.Form):
    q = forms.CharField(
        label=_("Rechercher un exercice"), required=False, max_length=100
    )
    tri = SortField(STATISTICS_SORTS)


class AnswerForm(CleanTextFormMixin, forms.Form):
    """The form of one question, shaped by its kind; choices in the attempt's order."""

    def __init__(self, *args, question, choices, pairs=(), right_options=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question
        kind = question.kind
        if kind == QuestionKind.NUMERICAL:
            self.fields["text"] = forms.CharField(
                label=_("Votre réponse (un nombre)"),
                max_length=40,
                error_messages={"required": _("Écrivez un nombre, par exemple 3,5.")},
                widget=forms.TextInput(
                    attrs={"inputmode": "decimal", "autocomplete": "off"}
                ),
            )
            return
        if kind == QuestionKind.MATCHING:
            # Options by their place in the attempt's shuffled list: a pair's
            # id would tell which right item goes with which left item.
            self.right_options = list(right_options)
            options = [("", _("Choisir…"))] + [
                (position, p.right)
                for position, p in enumerate(self.right_options, start=1)
            ]
            for pair in pairs:
                if not pair.left:
                    continue
                self.fields[f"paire_{pair.pk}"] = forms.TypedChoiceField(
                    label=pair.left,
                    choices=options,
                    coerce=int,
                    error_messages={
                        "required": _("Choisissez la réponse qui va avec « %(left)s ».")
                        % {"left": pair.left}
                    },
                )
            return
        if kind == QuestionKind.SINGLE:
            self.fields["choice"] = forms.TypedChoiceField(
                label=question.text,
                choices=[(c.pk, c.text) for c in choices],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choisissez une réponse.")},
            )
        elif kind == QuestionKind.MULTIPLE:
            self.fields["choice"] = forms.TypedMultipleChoiceField(
                label=question.text,
                choices=[(c.pk, c.text) for c in choices],
                coerce=int,
                widget=forms.CheckboxSelectMultiple,
                error_messages={"required": _("Cochez au moins une réponse.")},
            )
        elif kind == QuestionKind.TRUE_FALSE:
            self.fields["text"] = forms.ChoiceField(
                label=question.text,
                choices=[("true", _("Vrai")), ("false", _("Faux"))],
                widget=forms.RadioSelect,
                error_messages={"required": _("Choisissez « Vrai » ou « Faux ».")},
            )
        elif kind == QuestionKind.SHORT_TEXT:
            self.fields["text"] = forms.CharField(
                label=_("Votre réponse"),
                max_length=200,
                error_messages={"required": _("Écrivez votre réponse.")},
                widget=forms.TextInput(attrs={"autocomplete": "off"}),
            )
        else:
            self.fields["text"] = forms.CharField(
                label=_("Votre réponse"),
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 6}),
                error_messages={"required": _("Écrivez votre réponse.")},
            )

    def clean_text(self):
        from quizzes.grading import parse_number

        text = self.cleaned_data.get("text", "")
        if self.question.kind == QuestionKind.NUMERICAL and parse_number(text) is None:
            raise forms.ValidationError(_("Écrivez un nombre, par exemple 3,5."))
        return text

    def matches(self) -> dict[str, int]:
        """Matching questions: {left pair id: chosen right pair id}."""
        return {
            name.removeprefix("paire_"): self.right_options[value - 1].pk
            for name, value in self.cleaned_data.items()
            if name.startswith("paire_")
        }

    def answer(self) -> tuple[list[int], str]:
        data = self.cleaned_data
        if self.question.kind == QuestionKind.MATCHING:
            return [], ""
        choice = data.get("choice")
        if choice is None:
            return [], data.get("text", "")
        return (list(choice) if isinstance(choice, list) else [choice]), ""


class MarkForm(CleanTextFormMixin, forms.Form):
    points = forms.DecimalField(
        label=_("Points"), min_value=0, decimal_places=2, max_digits=6
    )
    comment = forms.CharField(
        label=_("Commentaire pour l'apprenant"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
