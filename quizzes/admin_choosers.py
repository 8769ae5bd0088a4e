"""Picking bank questions in the quiz editor: search by text, category and kind,
newest first."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import (
    ChooseResultsView,
    ChooseView,
)
from wagtail.admin.viewsets.chooser import ChooserViewSet

from quizzes.models import Question, QuestionCategory, QuestionKind


class QuestionFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Texte de la question"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Rechercher")}),
    )
    category = forms.ModelChoiceField(
        label=_("Catégorie"),
        queryset=QuestionCategory.objects.select_related("parent"),
        required=False,
        empty_label=_("Toutes les catégories"),
    )
    kind = forms.ChoiceField(
        label=_("Type"),
        choices=[("", _("Tous les types")), *QuestionKind.choices],
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        if text := (self.cleaned_data.get("q") or "").strip():
            objects = objects.filter(text__icontains=text)
            self.is_searching = True
            self.search_query = text
        if category := self.cleaned_data.get("category"):
            # A category holds its sub-categories' questions too.
            objects = objects.filter(
                Q(category=category) | Q(category__parent=category)
            )
        if kind := self.cleaned_data.get("kind"):
            objects = objects.filter(kind=kind)
        return objects


class QuestionChooseMixin:
    filter_form_class = QuestionFilterForm
    ordering = ["-pk"]  # newest first

    def get_object_list(self):
        return Question.objects.select_related("category__parent")

    @property
    def columns(self):
        return [
            *super().columns,
            Column("kind", label=_("Type"), accessor="get_kind_display"),
            Column("category", label=_("Catégorie"), accessor="category"),
        ]


class QuestionChooseView(QuestionChooseMixin, ChooseView):
    pass


class QuestionChooseResultsView(QuestionChooseMixin, ChooseResultsView):
    pass


class QuestionChooserViewSet(ChooserViewSet):
    model = Question
    icon = "help"
    choose_one_text = _("Choisir une question de la banque")
    choose_another_text = _("Choisir une autre question")
    edit_item_text = _("Modifier la question")
    page_title = _("Choisir une question")
    choose_view_class = QuestionChooseView
    choose_results_view_class = QuestionChooseResultsView
    per_page = 20


question_chooser_viewset = QuestionChooserViewSet("question_chooser")
