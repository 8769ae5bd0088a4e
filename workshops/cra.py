"""The value lists of the national activity record (« compte rendu d'activité »,
CRA) of La Coop de la médiation numérique, code → French label.

Each list mirrors one file of the Coop's public repository
(inclusion-numerique/coop-mediation-numerique, apps/web/src/...), named in the
comment above it; the codes are the Coop's « API values » (snake_case), so an
export or an import speaks the Coop's words. This module is the one owner of
these lists and of the rules that only depend on them.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


# features/activites/use-cases/cra/fields/type-activite.ts
class ActivityType(models.TextChoices):
    INDIVIDUAL = "individuel", _("Accompagnement individuel")
    COLLECTIVE = "collectif", _("Atelier collectif")


# features/activites/use-cases/cra/fields/type-lieu.ts
class PlaceType(models.TextChoices):
    STRUCTURE = "lieu_activite", _("Lieu d'activité (la structure)")
    HOME = "domicile", _("À domicile")
    REMOTE = "a_distance", _("À distance")
    OTHER = "autre", _("Autre lieu")


# features/activites/use-cases/cra/fields/thematique.ts
# (thematiquesNonAdministrativesApiValues, then thematiquesAdministrativesApiValues)
class Thematique(models.TextChoices):
    DIAGNOSTIC = "diagnostic_numerique", _("Diagnostic numérique")
    DEVICES = "prendre_en_main_du_materiel", _("Prendre en main du matériel")
    MAINTENANCE = "maintenance_de_materiel", _("Maintenance de matériel")
    CONTENTS = "gere_ses_contenus_numeriques", _("Gérer ses contenus numériques")
    BROWSING = "navigation_sur_internet", _("Navigation sur internet")
    EMAIL = "email", _("E-mail")
    OFFICE = "bureautique", _("Bureautique")
    SOCIAL_MEDIA = "reseaux_sociaux", _("Réseaux sociaux communication")
    HEALTH = "sante", _("Santé")
    BANKING = "banque_et_achats_en_ligne", _("Banque et achats en ligne")
    BUSINESS = "entrepreneuriat", _("Accompagner un professionnel")
    JOBS = "insertion_professionnelle", _("Insertion professionnelle")
    SAFETY = "securite_numerique", _("Prévention en sécurité numérique")
    PARENTING = "parentalite", _("Parentalité")
    SCHOOL = "scolarite_et_numerique", _("Scolarité et numérique")
    CREATE = "creer_avec_le_numerique", _("Créer avec le numérique")
    CULTURE = "culture_numerique", _("Culture numérique")
    AI = "intelligence_artificielle", _("Intelligence artificielle (IA)")
    ADMIN_HELP = (
        "aide_aux_demarches_administratives",
        _("Aide aux démarches administratives"),
    )
    # Administrative (the « démarche » helped with).
    PAPERS = "papiers_elections_citoyennete", _("Papiers - Élections - Citoyenneté")
    FAMILY = "famille_scolarite", _("Famille - Scolarité")
    SOCIAL = "social_sante", _("Social - Santé")
    WORK = "travail_formation", _("Travail - Formation - Entreprise")
    HOUSING = "logement", _("Logement")
    TRANSPORT = "transports_mobilite", _("Transports - Mobilité")
    MONEY = "argent_impots", _("Argent - Impôts")
    JUSTICE = "justice", _("Justice")
    FOREIGNERS = "etrangers_europe", _("Étrangers - Europe")
    LEISURE = "loisirs_sports_culture", _("Loisirs - Sports - Culture")
    ASSOCIATIONS = "associations", _("Associations")


ADMINISTRATIVE_THEMATIQUES = (
    Thematique.PAPERS,
    Thematique.FAMILY,
    Thematique.SOCIAL,
    Thematique.WORK,
    Thematique.HOUSING,
    Thematique.TRANSPORT,
    Thematique.MONEY,
    Thematique.JUSTICE,
    Thematique.FOREIGNERS,
    Thematique.LEISURE,
    Thematique.ASSOCIATIONS,
)
NON_ADMINISTRATIVE_THEMATIQUES = tuple(
    t for t in Thematique if t not in ADMINISTRATIVE_THEMATIQUES
)


def thematique_choices(kind: str) -> list[tuple[str, str]]:
    """The choices of one list: "general" (non-administrative) or "admin"."""
    chosen = (
        ADMINISTRATIVE_THEMATIQUES
        if kind == "admin"
        else NON_ADMINISTRATIVE_THEMATIQUES
    )
    return [(t.value, t.label) for t in chosen]


def thematique_labels(values) -> list[str]:
    return [str(Thematique(v).label) for v in values or [] if v in Thematique.values]


# features/activites/use-cases/cra/fields/materiel.ts
class Material(models.TextChoices):
    COMPUTER = "ordinateur", _("Ordinateur")
    PHONE = "telephone", _("Téléphone")
    TABLET = "tablette", _("Tablette")
    OTHER = "autre", _("Autre")
    NONE = "aucun", _("Pas de matériel")


def material_labels(values) -> list[str]:
    return [str(Material(v).label) for v in values or [] if v in Material.values]


# features/activites/use-cases/cra/individuel/fields/autonomie.ts
class Autonomy(models.TextChoices):
    FULLY_HELPED = "entierement_accompagne", _("Entièrement accompagné (avec guidage)")
    PARTLY = (
        "partiellement_autonome",
        _("Partiellement autonome (guidage en cas de besoin)"),
    )
    AUTONOMOUS = "autonome", _("Autonome")


# features/activites/use-cases/cra/individuel/fields/structures-redirection.ts
class RedirectionStructure(models.TextChoices):
    OPERATOR = (
        "operateur_ou_organisme_en_charge",
        _("Opérateur ou organisme en charge de la démarche administrative"),
    )
    ADMIN_HELP = (
        "aide_aux_demarches_administratives",
        _("Structure d'aide aux démarches administratives (France Services…)"),
    )
    ADMINISTRATION = "administration", _("Administration (mairie, préfecture…)")
    MEDIATION = "mediation_numerique", _("Autre structure de médiation numérique")
    SOCIAL = (
        "aide_sociale",
        _("Structure d'aide sociale (maison des solidarités, centre social…)"),
    )
    JOBS = (
        "insertion_professionnelle",
        _("Structure d'insertion professionnelle (mission locale…)"),
    )
    OTHER = "autre", _("Autre")


# features/beneficiaire/domain/genre.ts
class Gender(models.TextChoices):
    MALE = "masculin", _("Masculin")
    FEMALE = "feminin", _("Féminin")
    UNKNOWN = "non_communique", _("Non communiqué")


# features/beneficiaire/domain/tranche-age.ts
class AgeBand(models.TextChoices):
    UNDER_12 = "moins_de_douze", _("Moins de 12 ans")
    FROM_12 = "douze_dix_huit", _("12 - 17 ans")
    FROM_18 = "dix_huit_vingt_quatre", _("18 - 24 ans")
    FROM_25 = "vingt_cinq_trente_neuf", _("25 - 39 ans")
    FROM_40 = "quarante_cinquante_neuf", _("40 - 59 ans")
    FROM_60 = "soixante_soixante_neuf", _("60 - 69 ans")
    FROM_70 = "soixante_dix_plus", _("70 ans et plus")
    UNKNOWN = "non_communique", _("Non communiqué")


# The lower bound of each band, youngest first (as tranche-age.ts computes it).
_AGE_BAND_FLOORS = (
    (70, AgeBand.FROM_70),
    (60, AgeBand.FROM_60),
    (40, AgeBand.FROM_40),
    (25, AgeBand.FROM_25),
    (18, AgeBand.FROM_18),
    (12, AgeBand.FROM_12),
    (0, AgeBand.UNDER_12),
)


def age_band(year_of_birth: int | None, year: int) -> AgeBand:
    """The band of someone born in `year_of_birth`, in `year`."""
    if not year_of_birth or year_of_birth > year:
        return AgeBand.UNKNOWN
    age = year - year_of_birth
    return next(band for floor, band in _AGE_BAND_FLOORS if age >= floor)


# features/beneficiaire/domain/statut-social.ts
class SocialStatus(models.TextChoices):
    PUPIL = "scolarise", _("Scolarisé")
    JOBLESS = "sans_emploi", _("Sans emploi")
    EMPLOYED = "en_emploi", _("En emploi")
    RETIRED = "retraite", _("Retraité")
    UNKNOWN = "non_communique", _("Non communiqué ou hétérogène")


# features/activites/use-cases/cra/components/CraDureeSubForm.tsx: the presets
# offered; any other number of minutes is accepted.
DURATION_PRESETS = (15, 30, 45, 60, 90, 120)

# Bounds of the free texts (the model fields and the forms share them).
PLACE_DETAIL_MAX = 200
TOWN_MAX = 100
PROCEDURE_DETAIL_MAX = 500
REDIRECTION_DETAIL_MAX = 500
NOTES_MAX = 2000

validate_postcode = RegexValidator(
    r"^\d{5}\Z",
    _("Le code postal s'écrit avec 5 chiffres, par exemple 69003."),
    code="postcode",
)


def _validate_list(value, allowed, message) -> None:
    if not isinstance(value, list) or not set(value) <= set(allowed):
        raise ValidationError(message, code="not_in_list")


def validate_thematiques(value) -> None:
    _validate_list(
        value, Thematique.values, _("Choisissez les thématiques dans la liste.")
    )


def validate_materials(value) -> None:
    _validate_list(value, Material.values, _("Choisissez le matériel dans la liste."))


def thematiques_errors(themes) -> list[str]:
    """What is wrong with a list of valid thématiques, taken together: an
    administrative one without « Aide aux démarches administratives »."""
    themes = set(themes or [])
    if themes & set(ADMINISTRATIVE_THEMATIQUES) and Thematique.ADMIN_HELP not in themes:
        return [
            _(
                "Une démarche administrative (logement, papiers…) va avec la "
                "thématique « Aide aux démarches administratives » : cochez-la."
            )
        ]
    return []


def place_errors(place_type: str, town: str, postcode: str) -> dict[str, list[str]]:
    """Missing commune or code postal for a place other than the structure or
    a distance (the Coop asks them for « domicile » and « autre »)."""
    if place_type not in (PlaceType.HOME, PlaceType.OTHER):
        return {}
    errors = {}
    if not (town or "").strip():
        errors["place_town"] = [_("Indiquez la commune du lieu.")]
    if not (postcode or "").strip():
        errors["place_postcode"] = [_("Indiquez le code postal du lieu.")]
    return errors


# The anonymous participants of a collective session: the breakdowns the Coop
# counts (ParticipantsAnonymesCraCollectifValidation.ts); each group's
# « non communiqué » is what is left of the total.
ANONYMOUS_GENDERS = (Gender.MALE, Gender.FEMALE)
ANONYMOUS_AGE_BANDS = tuple(b for b in AgeBand if b != AgeBand.UNKNOWN)
ANONYMOUS_STATUSES = tuple(s for s in SocialStatus if s != SocialStatus.UNKNOWN)


def anonymous_field(group: str, value: str) -> str:
    """The ActivityReport field counting one value of one group."""
    return f"anon_{group}_{value}"


ANONYMOUS_GROUPS = {
    "gender": (_("Genre"), ANONYMOUS_GENDERS, Gender.UNKNOWN),
    "age": (_("Tranche d'âge"), ANONYMOUS_AGE_BANDS, AgeBand.UNKNOWN),
    "status": (_("Statut social"), ANONYMOUS_STATUSES, SocialStatus.UNKNOWN),
}
ANONYMOUS_COUNT_FIELDS = tuple(
    anonymous_field(group, value)
    for group, (_label, values, _unknown) in ANONYMOUS_GROUPS.items()
    for value in values
)


def anonymous_errors(counts: dict, total: int) -> dict[str, list[str]]:
    """Each breakdown of the anonymous participants must fit in their total,
    and so must those already accompanied."""
    errors: dict[str, list[str]] = {}
    total = total or 0
    if (counts.get("anon_already_helped") or 0) > total:
        errors["anon_already_helped"] = [
            _(
                "Il y a plus de personnes déjà accompagnées que de participants "
                "anonymes (%(total)s)."
            )
            % {"total": total}
        ]
    for group, (label, values, _unknown) in ANONYMOUS_GROUPS.items():
        fields = [anonymous_field(group, v) for v in values]
        told = sum(counts.get(f) or 0 for f in fields)
        if told > total:
            errors[fields[0]] = [
                _(
                    "%(group)s : %(told)s personnes comptées pour %(total)s "
                    "participants anonymes. Corrigez les nombres."
                )
                % {"group": label, "told": told, "total": total}
            ]
    return errors
