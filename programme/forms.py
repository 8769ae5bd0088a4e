"""The programme's forms: every text through lms.validators (CleanTextFormMixin)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.paging import SortField
from lms.select_widget import DateInput
from lms.validators import CleanTextFormMixin, date_in_bounds
from people.models import StructureKind
from people.models.beneficiaries import phone_validator
from people.models.structures import departement_validator
from programme.models import MilestoneStatus, Public, Stage
from programme.selectors import NETWORK_SORTS, NO_PROGRAMME

# The honeypot: a field people never see (hidden by CSS, skipped by keyboard and
# screen readers) that robots fill in.
HONEYPOT = "site_web"
REFERENTS = 3


def _text(label, help_text="", required=True, rows=4):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class ApplicationForm(CleanTextFormMixin, forms.Form):
    """« Devenir relais numérique »: a structure's application to the open call."""

    structure_name = forms.CharField(label=_("Nom de la structure"), max_length=200)
    kind = forms.ChoiceField(
        label=_("Type de structure"), choices=StructureKind.choices
    )
    address = forms.CharField(label=_("Adresse"), max_length=300)
    town = forms.CharField(label=_("Commune"), max_length=100)
    departement = forms.CharField(
        label=_("Département"),
        max_length=3,
        help_text=_("Son numéro, par exemple 91, 2A ou 971."),
        validators=[departement_validator],
    )
    publics = forms.MultipleChoiceField(
        label=_("Publics accueillis"),
        choices=Public.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Cochez au moins un public.")},
    )
    current_activities = _text(
        _("Ce que vous faites déjà"),
        _("Accueil, aide aux démarches, ateliers… en quelques lignes."),
    )
    staff = _text(
        _("Les personnes que vous pouvez mobiliser"),
        _("Combien de professionnels, et combien de temps par semaine."),
        rows=3,
    )
    rooms = _text(
        _("Salles et matériel"),
        _("Une salle, des ordinateurs, une connexion…"),
        rows=3,
    )
    motivation = _text(_("Pourquoi voulez-vous devenir relais numérique ?"))
    contact_phone = forms.CharField(
        label=_("Téléphone de contact"),
        max_length=20,
        help_text=_("Par exemple 01 23 45 67 89."),
        validators=[phone_validator],
    )
    site_web = forms.CharField(
        label=_("Laissez ce champ vide"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, REFERENTS + 1):
            first = n == 1
            self.fields[f"referent_{n}_name"] = forms.CharField(
                label=_("Nom et prénom"), max_length=150, required=first
            )
            self.fields[f"referent_{n}_email"] = forms.EmailField(
                label=_("Adresse e-mail"),
                required=first,
                help_text=_("Par exemple prenom.nom@structure.fr"),
                error_messages={
                    "invalid": _(
                        "Indiquez une adresse e-mail, par exemple "
                        "prenom.nom@structure.fr."
                    )
                },
            )

    def referent_rows(self):
        """The referent fields in (number, name field, e-mail field) rows."""
        return [
            (n, self[f"referent_{n}_name"], self[f"referent_{n}_email"])
            for n in range(1, REFERENTS + 1)
        ]

    def is_spam(self) -> bool:
        """Whether the honeypot was filled in (read before is_valid's errors)."""
        return bool(self.data.get(HONEYPOT, "").strip())

    def clean(self):
        cleaned = super().clean()
        referents, emails = [], set()
        for n in range(1, REFERENTS + 1):
            name = cleaned.get(f"referent_{n}_name", "").strip()
            email = cleaned.get(f"referent_{n}_email", "").strip().lower()
            if f"referent_{n}_email" in self.errors:
                continue
            if bool(name) != bool(email):
                missing = "name" if not name else "email"
                self.add_error(
                    f"referent_{n}_{missing}",
                    _("Indiquez le nom et l'adresse e-mail de cette personne."),
                )
                continue
            if email and email in emails:
                self.add_error(
                    f"referent_{n}_email",
                    _("Cette adresse est déjà celle d'une autre personne référente."),
                )
                continue
            if name:
                emails.add(email)
                referents.append((name, email))
        cleaned["referents"] = referents
        return cleaned


class DecisionForm(CleanTextFormMixin, forms.Form):
    reason = _text(
        _("Motif de la décision"),
        _("La structure le lira : écrivez-le simplement."),
        rows=3,
    )
    reason.error_messages["required"] = _("Indiquez le motif de la décision.")


class ProgrammeForm(CleanTextFormMixin, forms.Form):
    """Open or change a structure's programme (coordinators)."""

    start_date = forms.DateField(
        label=_("Début de l'accompagnement"),
        widget=DateInput(),
        validators=[date_in_bounds],
    )
    stage = forms.ChoiceField(label=_("Étape"), choices=Stage.choices)
    network_referent = forms.ModelChoiceField(
        label=_("Référent du réseau"), queryset=None, required=False
    )
    structure_referents = forms.ModelMultipleChoiceField(
        label=_("Référents de la structure"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    needs_publics = forms.MultipleChoiceField(
        label=_("Publics à accompagner"),
        choices=Public.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    needs_equipment = _text(_("Équipement"), required=False, rows=2)
    needs_rooms = _text(_("Salles"), required=False, rows=2)
    needs_staff_time = _text(_("Temps des équipes"), required=False, rows=2)
    needs_partners = _text(_("Partenaires"), required=False, rows=2)

    def __init__(self, *args, coordinators, professionals, opening=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["network_referent"].queryset = coordinators
        self.fields["structure_referents"].queryset = professionals
        self.fields["network_referent"].label_from_instance = _person
        self.fields["structure_referents"].label_from_instance = _person
        if opening:
            del self.fields["stage"]


def _person(user) -> str:
    return user.get_full_name() or user.username


class MilestoneForm(CleanTextFormMixin, forms.Form):
    """A milestone's status and notes (its owner); planning for coordinators,
    the owner chosen among `owners` (a list, read once for every form)."""

    status = forms.ChoiceField(label=_("Statut"), choices=MilestoneStatus.choices)
    notes = _text(_("Notes"), required=False, rows=2)

    def __init__(self, *args, owners=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.owners = {str(user.pk): user for user in owners or []}
        if owners is not None:
            self.fields["title"] = forms.CharField(label=_("Titre"), max_length=200)
            self.fields["due_date"] = forms.DateField(
                label=_("Échéance"), widget=DateInput(), validators=[date_in_bounds]
            )
            self.fields["owner"] = forms.ChoiceField(
                label=_("Responsable"),
                required=False,
                choices=[
                    ("", _("Personne")),
                    *[(pk, _person(user)) for pk, user in self.owners.items()],
                ],
            )

    def clean_owner(self):
        return self.owners.get(self.cleaned_data.get("owner") or "")


class CheckInForm(CleanTextFormMixin, forms.Form):
    date = forms.DateField(
        label=_("Date du point"), widget=DateInput(), validators=[date_in_bounds]
    )
    notes = _text(_("Ce qui s'est dit"), rows=4)


class NetworkFilterForm(forms.Form):
    """The département, stage and sort of the network's view."""

    departement = forms.ChoiceField(label=_("Département"), required=False)
    etape = forms.ChoiceField(label=_("Étape"), required=False)
    tri = SortField(NETWORK_SORTS)

    def __init__(self, *args, departements: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["departement"].choices = [
            ("", _("Tous les départements")),
            *[(d, d) for d in departements],
        ]
        self.fields["etape"].choices = [
            ("", _("Toutes les étapes")),
            *Stage.choices,
            (NO_PROGRAMME, _("Sans programme")),
        ]

    def value(self, name: str) -> str:
        """A filter's clean value; "" when the form is invalid."""
        if not self.is_valid():
            return ""
        return self.cleaned_data.get(name) or ""
