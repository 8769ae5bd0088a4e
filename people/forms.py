from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _

from lms.paging import Sort, SortField
from lms.select_widget import DateInput, QuickModelChoiceField, QuickSelect
from lms.validators import CleanTextFormMixin
from people.audit import login_failure_audit
from people.backends import LoginCodeBackend
from people.models import AuditAction, Structure
from people.selectors import beneficiary_is_locked, login_code_normalize
from people.throttle import pin_attempt_release, pin_attempt_reserve

# Shown beside the consent checkbox and stored verbatim with the profile.
CONSENT_TEXT = _(
    "La personne a été informée et accepte que la structure enregistre son "
    "prénom (ou un pseudonyme) et, si elle le souhaite, son année de naissance, "
    "son téléphone et son adresse e-mail, pour suivre ses ateliers sur Relais "
    "numérique. Elle peut à tout moment demander à voir, corriger ou supprimer "
    "ces informations."
)

THROTTLED_MESSAGE = _(
    "Trop d'essais depuis cet appareil. Attendez quelques minutes, ou demandez "
    "à votre professionnel."
)
LOCKED_MESSAGE = _(
    "Votre compte est bloqué après plusieurs essais. "
    "Demandez à votre professionnel de le débloquer."
)


WRONG_CODE_MESSAGE = _(
    "Le code de connexion ou le code secret n'est pas bon. Vérifiez et essayez encore."
)


class CodeLoginForm(CleanTextFormMixin, forms.Form):
    """A beneficiary signs in with the code on their card and their PIN."""

    login_code = forms.CharField(
        label=_("Code de connexion"),
        help_text=_("Les 6 lettres et chiffres écrits sur votre carte."),
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "username",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "class": "input--big",
            }
        ),
        error_messages={"required": _("Écrivez votre code de connexion.")},
    )
    pin = forms.CharField(
        label=_("Code secret (PIN)"),
        help_text=_("Les chiffres que votre professionnel vous a donnés."),
        max_length=6,
        strip=True,
        widget=forms.PasswordInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "off",
                "pattern": "[0-9]*",
                "class": "input--big",
            }
        ),
        error_messages={"required": _("Écrivez votre code secret.")},
    )

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = None

    def clean(self):
        cleaned = super().clean()
        code = login_code_normalize(cleaned.get("login_code", ""))
        pin = cleaned.get("pin")
        if code and pin:
            self.user = pin_sign_in_check(self.request, login_code=code, pin=pin)
        elif cleaned.get("login_code") and pin:
            # Only signs (« -- »): nothing left of the code, no account to try.
            raise ValidationError(WRONG_CODE_MESSAGE, code="invalid")
        return cleaned


def pin_sign_in_check(request, *, login_code: str, pin: str):
    """The beneficiary with this code and PIN, ready for `login()`.

    Raises ValidationError (French, for the form) when this address tried too
    many PINs, the account is locked, or the code or PIN is wrong; a wrong
    guess counts against the address and the account."""
    # Counted before the PIN is checked and given back if it is right, so
    # parallel guesses cannot outrun the limit (people.throttle).
    if not pin_attempt_reserve(request):
        raise ValidationError(THROTTLED_MESSAGE, code="throttled")
    # Straight to the code backend: django-axes guards password sign-ins,
    # and would lump every code tried from one address under one name.
    user = LoginCodeBackend().authenticate(request, login_code=login_code, pin=pin)
    if user is not None:
        pin_attempt_release(request)
        user.backend = "people.backends.LoginCodeBackend"
        return user
    login_failure_audit(request, username=login_code, method="code")
    if beneficiary_is_locked(login_code=login_code):
        raise ValidationError(LOCKED_MESSAGE, code="locked")
    raise ValidationError(WRONG_CODE_MESSAGE, code="invalid")


# The beneficiaries list's sorts (lms/paging.py): the only orders it accepts.
BENEFICIARY_SORTS = {
    "prenom": Sort(_("Prénom (A à Z)"), ("user__first_name", "login_code")),
    "structure": Sort(_("Structure"), ("structure__name", "user__first_name", "pk")),
    "recent": Sort(_("Ajoutés récemment"), ("-created_at", "-pk")),
    "code": Sort(_("Code de connexion"), ("login_code",)),
}


class StructureChoiceField(QuickModelChoiceField):
    """A menu of structures (a network has about 100) read from their names
    and towns alone."""

    label_columns = ("name", "town")

    def label_from_values(self, name, town) -> str:
        return Structure.label_of(name, town)


class LenientChoiceField(forms.ChoiceField):
    """A filter menu: an unknown value is no error (the search still applies),
    it cleans to "" (no filter)."""

    widget = QuickSelect

    def clean(self, value):
        value = super().to_python(value)
        return value if self.valid_value(value) else ""


class BeneficiarySearchForm(CleanTextFormMixin, forms.Form):
    q = forms.CharField(
        label=_("Rechercher un prénom ou un code"), required=False, max_length=100
    )
    structure = StructureChoiceField(
        label=_("Structure"),
        queryset=None,
        required=False,
        empty_label=_("Toutes mes structures"),
    )
    etat = LenientChoiceField(
        label=_("Afficher"),
        required=False,
        choices=[
            ("", _("Tout le monde")),
            ("bloques", _("Les comptes bloqués")),
            ("inactifs", _("Sans activité depuis 30 jours")),
        ],
    )
    tri = SortField(BENEFICIARY_SORTS)

    def __init__(self, *args, structures, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["structure"].queryset = structures


class BeneficiaryCreateForm(CleanTextFormMixin, forms.Form):
    structure = forms.ModelChoiceField(label=_("Structure"), queryset=None)
    first_name = forms.CharField(label=_("Prénom ou pseudonyme"), max_length=150)
    year_of_birth = forms.IntegerField(
        label=_("Année de naissance (facultatif)"),
        required=False,
        min_value=1900,
    )
    phone = forms.CharField(
        label=_("Téléphone (facultatif)"),
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
    )
    email = forms.EmailField(
        label=_("Adresse e-mail (facultatif)"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={
            "required": _("Cochez la case : la personne doit donner son accord.")
        },
    )

    def __init__(self, *args, structures, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["structure"].queryset = structures
        if len(structures) == 1:
            self.fields["structure"].initial = structures[0]


class BeneficiaryImportForm(CleanTextFormMixin, forms.Form):
    """Choose a structure and a CSV file; people.imports checks its content."""

    structure = forms.ModelChoiceField(label=_("Structure"), queryset=None)
    file = forms.FileField(
        label=_("Fichier CSV"),
        help_text=_("Un fichier .csv de 500 personnes et 1 Mo au plus."),
        validators=[FileExtensionValidator(["csv", "txt"])],
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
        error_messages={"required": _("Choisissez le fichier à importer.")},
    )

    def __init__(self, *args, structures, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["structure"].queryset = structures
        if len(structures) == 1:
            self.fields["structure"].initial = structures[0]


class AccountCredentialsForm(CleanTextFormMixin, forms.Form):
    """A beneficiary adds an e-mail address and a password (both optional)."""

    email = forms.EmailField(
        label=_("Adresse e-mail (facultatif)"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password1 = forms.CharField(
        label=_("Nouveau mot de passe (facultatif)"),
        required=False,
        strip=False,
        help_text=_("Au moins 8 caractères, pas seulement des chiffres."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Le même mot de passe, encore une fois"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password1") != cleaned.get("password2"):
            self.add_error(
                "password2", _("Les deux mots de passe ne sont pas pareils.")
            )
        return cleaned


class AuditFilterForm(forms.Form):
    """The journal's filters: one kind of event, a date range."""

    action = forms.ChoiceField(
        label=_("Événement"),
        required=False,
        choices=[("", _("Tous les événements")), *AuditAction.choices],
    )
    du = forms.DateField(label=_("Du"), required=False, widget=DateInput())
    au = forms.DateField(label=_("Au"), required=False, widget=DateInput())

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("du"), cleaned.get("au")
        if since and until and since > until:
            raise ValidationError(
                _("La date de début doit venir avant la date de fin."),
                code="dates_reversed",
            )
        return cleaned


class SignInForm(AuthenticationForm):
    """The identifier-and-password sign-in (`/connexion/`), without Django's
    autofocus: most people reaching this page hold a card with a code, and on
    a phone the focused field opens the keyboard over « Se connecter avec un
    code », which the page puts first."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.pop("autofocus", None)
