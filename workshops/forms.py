from collections import Counter

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from lms.paging import Sort, SortField
from lms.select_widget import DateInput, QuickSelect
from lms.validators import CleanTextFormMixin, date_in_bounds
from people.audit import login_failure_audit
from people.forms import (
    LOCKED_MESSAGE,
    BeneficiaryCreateForm,
    CodeLoginForm,
    StructureChoiceField,
)
from people.models import Structure
from people.services import beneficiary_pin_matches
from people.throttle import GUIDED_PIN, PIN, attempt_release, attempt_reserve
from skills.models import Level
from workshops.cra import (
    ANONYMOUS_GROUPS,
    DURATION_PRESETS,
    NOTES_MAX,
    PLACE_DETAIL_MAX,
    PROCEDURE_DETAIL_MAX,
    REDIRECTION_DETAIL_MAX,
    TOWN_MAX,
    Autonomy,
    Material,
    PlaceType,
    RedirectionStructure,
    anonymous_field,
    thematique_choices,
    validate_postcode,
)
from workshops.models import Participation

# The sorts the workshop lists accept (lms/paging.py); nothing else reaches
# order_by. Sessions by date: upcoming soonest first, past latest first.
SESSION_SORTS = {
    "date": Sort(_("Date"), ("date", "start_time", "pk")),
    "titre": Sort(_("Titre (A à Z)"), ("title", "date", "pk")),
}
ACCOMPANIMENT_SORTS = {
    "recent": Sort(_("Plus récents d'abord"), ("-date", "-pk")),
    "ancien": Sort(_("Plus anciens d'abord"), ("date", "pk")),
    "personne": Sort(_("Personne (A à Z)"), ("beneficiary__user__first_name", "-pk")),
}
RECORD_SORTS = {
    "recent": Sort(_("Plus récents d'abord"), ("-date", "-start_time", "-pk")),
    "ancien": Sort(_("Plus anciens d'abord"), ("date", "start_time", "pk")),
    "titre": Sort(_("Titre (A à Z)"), ("title", "-date", "-pk")),
}


class ListSearchForm(CleanTextFormMixin, forms.Form):
    """The search, structure filter and sort above a workshop list; an unknown
    structure is simply not offered (the list stays within the user's)."""

    q = forms.CharField(label=_("Rechercher"), required=False, max_length=100)
    structure = StructureChoiceField(
        label=_("Structure"),
        queryset=None,
        required=False,
        empty_label=_("Toutes mes structures"),
    )

    def __init__(self, *args, structures, sorts, search_label, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].label = search_label
        self.fields["structure"].queryset = structures
        self.fields["tri"] = SortField(sorts)

    def filters(self) -> dict:
        """The search, structure and sort key ("" for the default)."""
        if not self.is_valid():
            return {"search": "", "structure": None, "sort": ""}
        return {
            "search": self.cleaned_data["q"].strip(),
            "structure": self.cleaned_data["structure"],
            "sort": self.cleaned_data["tri"],
        }


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None, format="%H:%M"):
        super().__init__(attrs, format=format)


def level_choices() -> list[tuple[str, str]]:
    """The platform's level scale (N0–N4), read when a form is built."""
    return [(level.code, str(level)) for level in Level.objects.all()]


class SessionForm(CleanTextFormMixin, forms.Form):
    structure = forms.ModelChoiceField(queryset=None, label=_("Structure"))
    title = forms.CharField(label=_("Titre de l'atelier"), max_length=200)
    date = forms.DateField(label=_("Date"), widget=DateInput)
    start_time = forms.TimeField(label=_("Heure de début"), widget=TimeInput)
    duration_minutes = forms.IntegerField(
        label=_("Durée (minutes)"), min_value=15, max_value=480, initial=120
    )
    place = forms.CharField(label=_("Lieu"), max_length=200, required=False)
    level = forms.ChoiceField(label=_("Niveau"), choices=level_choices, initial="N1")
    capacity = forms.IntegerField(
        label=_("Nombre de places"), min_value=1, max_value=100, initial=8
    )
    themes = forms.MultipleChoiceField(
        label=_("Thématiques"),
        choices=lambda: thematique_choices("general"),
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

    def clean_date(self):
        # Year 1 or 9999 is a typo; the bounds' owner is lms.validators.
        day = self.cleaned_data["date"]
        date_in_bounds(day)
        return day


def _leader_label(user) -> str:
    return user.get_full_name() or user.get_username()


class CancelForm(CleanTextFormMixin, forms.Form):
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


class EnrolForm(CleanTextFormMixin, forms.Form):
    beneficiary = forms.ModelChoiceField(
        queryset=None,
        label=_("Personne à inscrire"),
        widget=QuickSelect,  # a structure's hundreds of people
    )

    def __init__(self, *args, beneficiaries, shown=None, **kwargs):
        """`beneficiaries`: who may be chosen (checked on submit); `shown`: the
        same people already read as (pk, label) pairs
        (selectors.enrol_choices_get), to list them without a second query."""
        super().__init__(*args, **kwargs)
        field = self.fields["beneficiary"]
        field.queryset = beneficiaries
        if shown is not None:
            field.choices = [("", field.empty_label), *shown]


class DurationInput(forms.NumberInput):
    """A number of minutes with the CRA's presets offered as suggestions (a
    datalist: any other number stays possible, and nothing needs JavaScript)."""

    template_name = "workshops/widgets/duration.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        list_id = f"{context['widget']['attrs'].get('id', name)}_presets"
        context["widget"]["attrs"]["list"] = list_id
        context["widget"]["list_id"] = list_id
        context["widget"]["presets"] = DURATION_PRESETS
        return context


def duration_field(*, minimum: int, initial: int | None = None) -> forms.IntegerField:
    return forms.IntegerField(
        label=_("Durée (minutes)"),
        min_value=minimum,
        max_value=480,
        initial=initial,
        widget=DurationInput,
        help_text=_("15, 30, 45, 60, 90 ou 120 minutes, ou une autre durée."),
        error_messages={"required": _("Indiquez la durée en minutes.")},
    )


def _text(label: str, max_length: int, *, help_text: str = "", rows: int = 0):
    """An optional free text, bounded, with a French message when too long."""
    return forms.CharField(
        label=label,
        required=False,
        max_length=max_length,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}) if rows else None,
        error_messages={
            "max_length": _(
                "Ce texte est trop long : %(limit_value)d caractères au plus "
                "(il en fait %(show_value)d)."
            )
        },
    )


class CraFieldsMixin(CleanTextFormMixin, forms.Form):
    """The CRA fields an individual and a collective record share: place,
    thématiques (general and administrative, saved as one list), précision of
    the démarche, devices used."""

    place_type = forms.ChoiceField(
        label=_("Lieu"),
        choices=PlaceType.choices,
        initial=PlaceType.STRUCTURE,
        required=False,  # none ticked: the structure, the usual place
        widget=forms.RadioSelect,
    )
    place_detail = _text(
        _("Précision du lieu"),
        PLACE_DETAIL_MAX,
        help_text=_("Facultatif. Par exemple : médiathèque, salle des fêtes."),
    )
    place_town = _text(
        _("Commune"),
        TOWN_MAX,
        help_text=_("Obligatoire à domicile ou dans un autre lieu."),
    )
    place_postcode = forms.CharField(
        label=_("Code postal"),
        required=False,
        max_length=5,
        validators=[validate_postcode],
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        error_messages={
            "max_length": _(
                "Le code postal s'écrit avec 5 chiffres, par exemple 69003."
            )
        },
    )
    themes = forms.MultipleChoiceField(
        label=_("Thématiques"),
        choices=lambda: thematique_choices("general"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    admin_themes = forms.MultipleChoiceField(
        label=_("Démarche administrative concernée"),
        choices=lambda: thematique_choices("admin"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Avec la thématique « Aide aux démarches administratives »."),
    )
    procedure_detail = _text(
        _("Précision de la démarche"),
        PROCEDURE_DETAIL_MAX,
        help_text=_("Facultatif. Par exemple : demande de carte grise."),
    )
    materials = forms.MultipleChoiceField(
        label=_("Matériel utilisé"),
        choices=Material.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A saved record holds one list: split it between the two fieldsets.
        themes = self.initial.get("themes") or []
        admin = {value for value, _label in thematique_choices("admin")}
        self.initial["themes"] = [t for t in themes if t not in admin]
        self.initial["admin_themes"] = [t for t in themes if t in admin]

    def clean(self):
        cleaned = super().clean()
        cleaned["themes"] = [
            *cleaned.get("themes", []),
            *cleaned.pop("admin_themes", []),
        ]
        if "place_type" in cleaned and not cleaned["place_type"]:
            cleaned["place_type"] = PlaceType.STRUCTURE
        return cleaned


class AccompanimentForm(CraFieldsMixin):
    structure = forms.ModelChoiceField(queryset=None, label=_("Structure"))
    beneficiary = forms.ModelChoiceField(
        queryset=None,
        label=_("Personne accompagnée"),
        required=False,
        empty_label=_("Personne sans compte (anonyme)"),
    )
    date = forms.DateField(label=_("Date"), widget=DateInput)
    duration_minutes = duration_field(minimum=5, initial=30)
    autonomy = forms.ChoiceField(
        label=_("Autonomie de la personne"),
        choices=Autonomy.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Indiquez l'autonomie de la personne.")},
    )
    redirected = forms.TypedChoiceField(
        label=_("La personne est-elle réorientée vers une autre structure ?"),
        choices=[("non", _("Non")), ("oui", _("Oui"))],
        coerce=lambda value: value == "oui",
        initial="non",
        required=False,
        empty_value=False,
        widget=forms.RadioSelect,
    )
    redirection_kind = forms.ChoiceField(
        label=_("Type de structure"),
        choices=[("", _("Choisir…")), *RedirectionStructure.choices],
        required=False,
    )
    redirection_detail = _text(
        _("Précision de la réorientation"),
        REDIRECTION_DETAIL_MAX,
        help_text=_("Facultatif : le nom du service, la personne à voir."),
        rows=2,
    )
    notes = _text(_("Notes"), NOTES_MAX, rows=3)

    def __init__(self, *args, structures, beneficiaries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["structure"].queryset = structures
        if len(structures) == 1:
            self.fields["structure"].initial = structures[0]
        self.fields["beneficiary"].queryset = beneficiaries


class ReportForm(CleanTextFormMixin, forms.Form):
    """The report of an accompaniment: our own figures (participants, level)."""

    date = forms.DateField(label=_("Date"), widget=DateInput)
    participant_count = forms.IntegerField(
        label=_("Nombre de participants"), min_value=0, max_value=500
    )
    duration_minutes = duration_field(minimum=5)
    themes = forms.MultipleChoiceField(
        label=_("Thématiques abordées"),
        choices=lambda: thematique_choices("general") + thematique_choices("admin"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    level = forms.ChoiceField(
        label=_("Niveau"),
        choices=lambda: [("", _("Non précisé")), *level_choices()],
        required=False,
    )
    comment = _text(
        _("Remarques"),
        NOTES_MAX,
        help_text=_(
            "Facultatif. Ce qui a marché, ce qui reste à revoir ; "
            "pas d'information personnelle sensible."
        ),
        rows=3,
    )


def _count(label: str) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        min_value=0,
        max_value=500,
        initial=0,
        required=False,
        widget=forms.NumberInput(attrs={"class": "input--count"}),
    )


class SessionReportForm(CraFieldsMixin, ReportForm):
    """The report of a collective session, on the CRA: place, thématiques,
    devices, and the participants without an account counted by breakdown."""

    participant_count = forms.IntegerField(
        label=_("Nombre total de participants"),
        min_value=0,
        max_value=500,
        help_text=_("Les personnes suivies présentes et les participants anonymes."),
    )
    anon_total = forms.IntegerField(
        label=_("Dont participants anonymes (sans compte)"),
        min_value=0,
        max_value=500,
        initial=0,
        required=False,
    )
    anon_already_helped = _count(_("Dont déjà accompagnés par la structure"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for group, (_label, values, _unknown) in ANONYMOUS_GROUPS.items():
            for value in values:
                self.fields[anonymous_field(group, value)] = _count(value.label)

    def anonymous_groups(self) -> list[dict]:
        """The breakdowns, each with its label and bound fields (for the
        template's fieldsets)."""
        return [
            {
                "label": label,
                "unknown": unknown.label,
                "fields": [self[anonymous_field(group, v)] for v in values],
            }
            for group, (label, values, unknown) in ANONYMOUS_GROUPS.items()
        ]

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if name.startswith("anon_") and value is None:
                cleaned[name] = 0
        return cleaned


class IndicatorsFilterForm(CleanTextFormMixin, forms.Form):
    """The period (start and end days, included) and, optionally, one structure."""

    debut = forms.DateField(label=_("Début de la période"), widget=DateInput)
    fin = forms.DateField(label=_("Fin de la période"), widget=DateInput)
    structure = StructureChoiceField(
        queryset=None,
        label=_("Structure"),
        required=False,
        empty_label=_("Toutes mes structures"),
    )
    # The records table's search and sort; the figures ignore them.
    q = forms.CharField(
        label=_("Rechercher un atelier du registre"), required=False, max_length=100
    )
    tri = SortField(RECORD_SORTS, label=_("Trier le registre par"))

    def __init__(self, *args, structures, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["structure"].queryset = structures

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("debut"), cleaned.get("fin")
        if start and end and start > end:
            raise ValidationError(
                _(
                    "La période est inversée : la date de début (%(start)s) "
                    "doit précéder la date de fin (%(end)s)."
                )
                % {"start": f"{start:%d/%m/%Y}", "end": f"{end:%d/%m/%Y}"}
            )
        return cleaned


class StartForm(CleanTextFormMixin, forms.Form):
    lesson = forms.TypedChoiceField(label=_("Leçon suivie ensemble"), coerce=int)

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lesson"].choices = [
            (course.title, [(lesson.pk, lesson.title) for lesson in lessons])
            for course, lessons in groups
            if lessons
        ]


class JoinForm(CleanTextFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Code de l'atelier"),
        help_text=_("Les 6 lettres et chiffres que l'animateur affiche."),
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "class": "input--big",
            }
        ),
        error_messages={"required": _("Écrivez le code de l'atelier.")},
    )


GUIDED_THROTTLED_MESSAGE = _(
    "Trop d'essais pour ce prénom. Demandez à l'animateur, ou "
    "attendez quelques minutes."
)


class NameAndPinForm(CleanTextFormMixin, forms.Form):
    """Someone without their card picks their name on the session's list.

    The list is shown to the whole room, so wrong PINs here are counted per
    participant in the cache (and per address), never on the account: nobody
    in the room can lock someone else's account by picking their name."""

    participation = forms.ModelChoiceField(
        queryset=Participation.objects.none(),
        label=_("Votre prénom"),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Choisissez votre prénom.")},
    )
    pin = CodeLoginForm.base_fields["pin"]

    def __init__(self, *args, request, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = None
        participations = (
            Participation.objects.filter(
                session=session, beneficiary__user__is_active=True
            )
            .select_related("beneficiary__user")
            .order_by("beneficiary__user__first_name", "pk")
        )
        self.fields["participation"].queryset = participations
        names = Counter(p.beneficiary.user.first_name for p in participations)

        def label(p: Participation) -> str:
            # Two people with one first name: the end of their card's code.
            name = p.beneficiary.user.first_name
            if names[name] > 1:
                return f"{name} (…{p.beneficiary.login_code[-2:]})"
            return name

        self.fields["participation"].label_from_instance = label

    def clean(self):
        cleaned = super().clean()
        participation, pin = cleaned.get("participation"), cleaned.get("pin")
        if participation is None or not pin:
            return cleaned
        subject = str(participation.pk)
        # Counted before the PIN is checked, released if it is right: parallel
        # guesses cannot outrun the limits (people.throttle.attempt_reserve).
        if not attempt_reserve(self.request, PIN):
            raise ValidationError(GUIDED_THROTTLED_MESSAGE, code="throttled")
        if not attempt_reserve(self.request, GUIDED_PIN, subject):
            attempt_release(self.request, PIN)
            raise ValidationError(GUIDED_THROTTLED_MESSAGE, code="throttled")
        profile = participation.beneficiary
        if profile.is_locked:
            attempt_release(self.request, PIN)
            attempt_release(self.request, GUIDED_PIN, subject)
            raise ValidationError(LOCKED_MESSAGE, code="locked")
        if not beneficiary_pin_matches(profile=profile, pin=pin):
            login_failure_audit(
                self.request, username=profile.login_code, method="guided"
            )
            raise ValidationError(
                _("Le code secret n'est pas bon. Vérifiez et essayez encore."),
                code="invalid",
            )
        attempt_release(self.request, PIN)
        attempt_release(self.request, GUIDED_PIN, subject)
        self.user = profile.user
        self.user.backend = "people.backends.LoginCodeBackend"
        return cleaned
