"""Admin forms that refuse unusable questions and quizzes with clear messages."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from quizzes.grading import question_problems
from quizzes.models import Question


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


class QuizForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("draft", True):
            return cleaned
        question_ids = [
            form.cleaned_data["question"].pk
            for form in _kept_forms(self.formsets.get("quiz_questions"))
            if form.cleaned_data.get("question")
        ]
        if not question_ids:
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
