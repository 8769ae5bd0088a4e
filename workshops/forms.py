from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from people.forms import BeneficiaryCreateForm
from people.models import Structure
from workshops.models import Autonomy, SessionLevel, Theme


class DateInput(forms.DateInput):
    # Browsers only take ISO values in a date input, whatever the locale.
    input_type = "date"

    def __init__(self, attrs=None, format="%Y-%m-%d"):
        super().__init__(attrs, format=format)


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None, format="%H:%M"):
        super().__init__(attrs, format=format)


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
    leaders = forms.ModelMultipleChoiceField(
        label=_("Animé par"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Si vous ne cochez personne, c'est vous qui animez."),
    )

    def __init__(self, *args, structures, leaders, user, **kwargs):
        """`structures` is None when editing: the session keeps its structure."""
        super().__init__(*args, **kwargs)
        if structures is None:
            del self.fields["structure"]
        else:
            self.fields["structure"].queryset = structures
            if len(structures) == 1:
                self.fields["structure"].initial = structures[0]
        self.fields["leaders"].queryset = leaders
        self.fields["leaders"].label_from_instance = _leader_label
        if not self.is_bound and "leaders" not in self.initial:
            self.initial["leaders"] = [user.pk]


def _leader_label(user) -> str:
    return user.get_full_name() or user.get_username()


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Motif de l'annulation"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Par exemple : animatrice absente, salle indisponible."),
        error_messages={"required": _("Indiquez le motif de l'annulation.")},
    )


class WalkInForm(BeneficiaryCreateForm):
    """The people app's creation form (same fields, rules and consent text), for
    one structure: the session's, shown but not editable."""

    def __init__(self, *args, structure: Structure, **kwargs):
        super().__init__(
            *args, structures=Structure.objects.filter(pk=structure.pk), **kwargs
        )
        self.fields["structure"].initial = structure
        self.fields["structure"].disabled = True


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
