"""StreamField blocks of a « Simulateur de démarche »: a fake but realistic
online form, screen after screen, filled with a persona's fictitious data.
Block names are stored as JSON keys: never rename."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from simulators.rules import KIND_RULES, date_parse, options_of

KIND_CHOICES = [
    ("text", _("Texte")),
    ("email", _("Adresse e-mail")),
    ("password", _("Mot de passe")),
    ("date", _("Date")),
    ("choice", _("Liste de choix")),
    ("checkbox", _("Case à cocher")),
    ("button", _("Bouton")),
]
RULE_CHOICES = [
    ("exact", _("Cette valeur exacte (majuscules, accents et espaces ignorés)")),
    ("filled", _("N'importe quelle valeur, mais pas vide")),
    ("email", _("Une adresse e-mail valide")),
    ("password", _("Un mot de passe : assez long, avec une lettre et un chiffre")),
    ("date", _("Cette date")),
    ("option", _("Ce choix de la liste")),
    ("checked", _("La case doit être cochée")),
    ("press", _("C'est le bon bouton : il faut appuyer dessus")),
    ("avoid", _("Ce n'est pas le bon bouton : il ne faut pas appuyer dessus")),
]
KIND_LABELS = dict(KIND_CHOICES)

# Editor previews (also used by the whole simulator's preview).
SCREEN_PREVIEW = {
    "title": "Vos informations",
    "intro": "Remplissez les champs avec les données de Marie.",
    "fields": [
        {
            "kind": "text",
            "label": "Nom de famille",
            "rule": "exact",
            "expected": "Martin",
            "explanation": "Écrivez le nom de famille de Marie : Martin.",
        },
        {
            "kind": "date",
            "label": "Date de naissance",
            "rule": "date",
            "expected": "03/03/1970",
            "explanation": "Marie est née le 3 mars 1970.",
        },
    ],
    "button_label": "Continuer",
}
PERSONA_PREVIEW = {
    "name": "Marie Martin",
    "description": "Vous êtes Marie Martin, née le 3 mars 1970.",
    "facts": [
        {"label": "Nom", "value": "Martin"},
        {"label": "Date de naissance", "value": "03/03/1970"},
    ],
}


class SimulatorFieldBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Type de champ"), choices=KIND_CHOICES)
    label = blocks.CharBlock(
        label=_("Libellé"),
        max_length=120,
        help_text=_("Le texte affiché au-dessus du champ, comme sur le vrai site."),
    )
    options = blocks.TextBlock(
        label=_("Choix proposés"),
        required=False,
        help_text=_("Pour une liste de choix : un choix par ligne."),
    )
    rule = blocks.ChoiceBlock(label=_("Réponse attendue"), choices=RULE_CHOICES)
    expected = blocks.CharBlock(
        label=_("Valeur attendue"),
        required=False,
        max_length=200,
        help_text=_(
            "Pour « valeur exacte », « date » (JJ/MM/AAAA) ou « choix de la liste »."
        ),
    )
    min_length = blocks.IntegerBlock(
        label=_("Longueur minimale du mot de passe"),
        required=False,
        min_value=4,
        max_value=64,
        default=8,
    )
    hint = blocks.CharBlock(
        label=_("Aide sous le champ"),
        required=False,
        max_length=200,
        help_text=_("Par exemple : « Regardez la carte de Marie »."),
    )
    explanation = blocks.TextBlock(
        label=_("Explication en cas d'erreur"),
        max_length=400,
        help_text=_("Dite simplement : ce qui ne va pas et quoi faire."),
    )

    class Meta:
        icon = "form"
        label = _("Champ du formulaire")
        template = "simulators/blocks/field_block.html"
        description = _(
            "Un champ de l'écran simulé, avec la réponse attendue et "
            "l'explication donnée après une erreur."
        )
        preview_value = {
            "kind": "text",
            "label": "Nom de famille",
            "rule": "exact",
            "expected": "Martin",
            "hint": "Regardez la carte de Marie.",
            "explanation": "Écrivez le nom de famille de Marie : Martin.",
        }

    def clean(self, value):
        value = super().clean(value)
        kind, rule = value.get("kind"), value.get("rule")
        errors = {}
        if rule not in KIND_RULES.get(kind, ()):
            errors["rule"] = _(
                "Cette réponse attendue ne va pas avec un champ « %(kind)s »."
            ) % {"kind": KIND_LABELS.get(kind, kind)}
        elif rule == "exact" and not (value.get("expected") or "").strip():
            errors["expected"] = _("Indiquez la valeur attendue.")
        elif rule == "date" and date_parse(value.get("expected") or "") is None:
            errors["expected"] = _("Indiquez une vraie date, par exemple 03/03/1970.")
        elif rule == "option":
            options = options_of(value.get("options") or "")
            if len(options) < 2:
                errors["options"] = _("Proposez au moins deux choix, un par ligne.")
            elif (value.get("expected") or "").strip() not in options:
                errors["expected"] = _(
                    "La valeur attendue doit être l'un des choix proposés."
                )
        if errors:
            raise StructBlockValidationError(
                block_errors={k: ValidationError(v) for k, v in errors.items()}
            )
        return value


class SimulatorScreenBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre de l'écran"), max_length=120)
    intro = blocks.CharBlock(
        label=_("Phrase d'introduction"), required=False, max_length=300
    )
    fields = blocks.ListBlock(SimulatorFieldBlock(), label=_("Champs"))
    button_label = blocks.CharBlock(
        label=_("Texte du bouton de l'écran"),
        max_length=60,
        default="Continuer",
        help_text=_("Par exemple : « Continuer », « Valider », « Envoyer »."),
    )

    class Meta:
        icon = "doc-empty"
        label = _("Écran")
        template = "simulators/blocks/screen_block.html"
        description = _("Un écran du site simulé : son titre, ses champs, son bouton.")
        preview_value = SCREEN_PREVIEW

    def clean(self, value):
        value = super().clean(value)
        if not value.get("fields"):
            raise StructBlockValidationError(
                block_errors={
                    "fields": ListBlockValidationError(
                        non_block_errors=[
                            ValidationError(_("Un écran a besoin d'au moins un champ."))
                        ]
                    )
                }
            )
        return value


class PersonaFactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Intitulé"), max_length=60)
    value = blocks.CharBlock(label=_("Valeur fictive"), max_length=120)

    class Meta:
        icon = "list-ul"
        label = _("Information")


class PersonaBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Nom du personnage"), max_length=80)
    description = blocks.TextBlock(
        label=_("Présentation"),
        max_length=400,
        help_text=_("Par exemple : « Vous êtes Marie Martin, née le 3 mars 1970… »"),
    )
    facts = blocks.ListBlock(
        PersonaFactBlock(),
        label=_("Informations à recopier"),
        help_text=_("Des données inventées, jamais celles d'une vraie personne."),
    )

    class Meta:
        icon = "user"
        label = _("Fiche personnage")
        template = "simulators/blocks/persona_block.html"
        description = _("La fiche du personnage fictif dont on recopie les données.")
        preview_value = PERSONA_PREVIEW


class SimulatorBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre de l'entraînement"), max_length=120)
    intro = blocks.TextBlock(
        label=_("Introduction"),
        max_length=400,
        help_text=_("Ce que la personne va faire, en une ou deux phrases."),
    )
    site_name = blocks.CharBlock(
        label=_("Nom du faux site"),
        max_length=80,
        default="Espace en ligne — site d'entraînement",
        help_text=_(
            "Un nom neutre, jamais celui d'un vrai organisme : « Espace santé — "
            "site d'entraînement »."
        ),
    )
    persona = PersonaBlock()
    screens = blocks.ListBlock(SimulatorScreenBlock(), label=_("Écrans"), min_num=1)
    success_text = blocks.CharBlock(
        label=_("Message de réussite"),
        required=False,
        max_length=200,
        help_text=_("Par exemple : « Le compte de Marie est créé (pour de faux). »"),
    )

    class Meta:
        icon = "desktop"
        label = _("Simulateur de démarche")
        template = "simulators/blocks/simulator_block.html"
        description = _(
            "Un faux site à remplir écran par écran avec les données d'un "
            "personnage fictif ; la vérification se fait sur le serveur."
        )
        preview_value = {
            "title": "Créer un compte",
            "intro": "Entraînez-vous à créer un compte, sans rien envoyer.",
            "site_name": "Espace santé — site d'entraînement",
            "persona": PERSONA_PREVIEW,
            "screens": [SCREEN_PREVIEW],
            "success_text": "Le compte de Marie est créé (pour de faux).",
        }
