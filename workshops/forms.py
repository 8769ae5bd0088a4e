from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from workshops.models import Autonomy, SessionLevel, Theme


class DateInput(forms.DateInput):
    input_type = "date"


class TimeInput(forms.TimeInput):
    input_type = "time"


class SessionForm(forms.Form):
    structure = forms.ModelChoiceField(queryset=None, label=_("Structure"))
    title = forms.CharField(label=_("Titre de l'atelier"), max_length=200)
    date = forms.DateField(label=_("Date"), widget=DateInput)
    start_time = forms.TimeField(label=_("Heure de début"), widget=TimeInput)
    duration_minutes = forms.IntegerField(
        label=_("Durée (minutes)"), min_value=15, max_value=480, initial=120
    )
    place = forms.CharField(label=_("Lieu"), max_length=200, required=False)
    level = forms.ChoiceField(label=_("Niveau"), choices=SessionLevel.choices)
    capacity = forms.IntegerField(
        label=_("Nombre de places"), min_value=1, max_value=100, initial=8
    )
    themes = forms.MultipleChoiceField(
        label=_("Thèmes"),
        choices=Theme.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    courses = forms.ModelMultipleChoiceField(
        label=_("Parcours utilisés"),
        queryset=CoursePage.objects.live().order_by("title"),
        required=False,
        help_text=_("Facultatif."),
    )

    def __init__(self, *args, structures, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["structure"].queryset = structures
        if len(structures) == 1:
            self.fields["structure"].initial = structures[0]


class EnrolForm(forms.Form):
    beneficiary = forms.ModelChoiceField(queryset=None, label=_("Personne à inscrire"))

    def __init__(self, *args, beneficiaries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["beneficiary"].queryset = beneficiaries


class AccompanimentForm(forms.Form):
    structure = forms.ModelChoiceField(queryset=None, label=_("Structure"))
    beneficiary = forms.ModelChoiceField(
        queryset=None,
        label=_("Personne accompagnée"),
        required=False,
        empty_label=_("Personne sans compte (anonyme)"),
    )
    date = forms.DateField(label=_("Date"), widget=DateInput)
    duration_minutes = forms.IntegerField(
        label=_("Durée (minutes)"), min_value=5, max_value=480, initial=30
    )
    themes = forms.MultipleChoiceField(
        label=_("Thèmes"),
        choices=Theme.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    autonomy = forms.ChoiceField(
        label=_("Autonomie constatée"),
        choices=Autonomy.choices,
        widget=forms.RadioSelect,
    )
    referral = forms.CharField(
        label=_("Orientation"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Facultatif : vers qui ou quel service la personne est orientée."),
    )
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, structures, beneficiaries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["structure"].queryset = structures
        if len(structures) == 1:
            self.fields["structure"].initial = structures[0]
        self.fields["beneficiary"].queryset = beneficiaries
