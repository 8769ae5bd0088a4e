"""The demo's accompaniment programme (issue 15): an open call with two
applications, and three structures at different stages — just started,
mid-way with an overdue milestone, autonomous in follow-up with check-ins.
Dates are relative to the day the demo is loaded. Idempotent."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from people import roles
from people.models import Membership, Structure, StructureKind
from programme.models import (
    Application,
    ApplicationReferent,
    Call,
    MilestoneStatus,
    Programme,
    Stage,
)
from programme.services import (
    check_in_create,
    milestone_update,
    milestones_auto_update,
    programme_open,
    template_default_ensure,
)

CALL_TITLE = "Devenir relais numérique — appel de l'année"

APPLICATIONS = [
    {
        "structure_name": "Maison des habitants du Canal",
        "kind": StructureKind.SOCIAL_CENTRE,
        "address": "12 quai du Halage",
        "town": "Évry-Courcouronnes",
        "departement": "91",
        "publics": ["seniors", "familles", "allophones"],
        "current_activities": (
            "Accueil sans rendez-vous trois matins par semaine. Aide aux "
            "démarches de la caisse d'allocations familiales."
        ),
        "staff": "Deux conseillères, six heures par semaine à elles deux.",
        "rooms": "Une salle de huit places, quatre ordinateurs, une imprimante.",
        "motivation": (
            "Les habitants viennent de plus en plus pour des démarches en "
            "ligne. Nous voulons les rendre autonomes, pas faire à leur place."
        ),
        "contact_phone": "01 60 00 00 01",
        "referents": [("Inès Garnier", "ines.garnier@canal.example")],
    },
    {
        "structure_name": "Épicerie solidaire Le Panier",
        "kind": StructureKind.ASSOCIATION,
        "address": "4 place du Marché",
        "town": "Étampes",
        "departement": "91",
        "publics": ["demandeurs_emploi", "sans_domicile"],
        "current_activities": "Distribution alimentaire et permanence sociale.",
        "staff": "Un salarié et trois bénévoles, le mardi après-midi.",
        "rooms": "Un bureau, pas encore d'ordinateur pour le public.",
        "motivation": "Beaucoup de nos bénéficiaires n'ont pas d'adresse e-mail.",
        "contact_phone": "01 64 00 00 02",
        "referents": [
            ("Marc Lefèvre", "marc.lefevre@panier.example"),
            ("Sonia Brahimi", "sonia.brahimi@panier.example"),
        ],
    },
]

NEW_STRUCTURE = {
    "name": "Médiathèque des Coquelicots",
    "kind": StructureKind.LIBRARY,
    "town": "Ris-Orangis",
    "departement": "91",
}
NEW_PROFESSIONAL = ("pro.ris", "Amandine", "Relais")


def _load_call(today: datetime.date) -> int:
    call, created = Call.objects.get_or_create(
        title=CALL_TITLE,
        defaults={
            "opens_on": today - datetime.timedelta(days=20),
            "closes_on": today + datetime.timedelta(days=25),
            "funders": "le Département (fictif), la Fondation Lien Numérique (fictive)",
            "text": (
                "Le réseau accompagne des structures de proximité pendant six "
                "mois pour qu'elles repèrent la précarité numérique, mènent des "
                "diagnostics et animent des ateliers, puis les suit pendant un an.\n\n"
                "La formation des professionnels (P1 à P4), l'aide au lancement "
                "des ateliers et les supports de communication sont gratuits."
            ),
        },
    )
    if not created:
        return 0
    for n, spec in enumerate(APPLICATIONS):
        spec = dict(spec)
        referents = spec.pop("referents")
        application = Application.objects.create(
            call=call,
            submitted_at=timezone.now() - datetime.timedelta(days=12 - 5 * n),
            **spec,
        )
        ApplicationReferent.objects.bulk_create(
            ApplicationReferent(
                application=application, name=name, email=email, position=i
            )
            for i, (name, email) in enumerate(referents)
        )
    return len(APPLICATIONS)


def _new_structure(password: str) -> tuple[Structure, object]:
    User = get_user_model()
    structure, _new = Structure.objects.get_or_create(
        name=NEW_STRUCTURE["name"], defaults=NEW_STRUCTURE
    )
    username, first, last = NEW_PROFESSIONAL
    person, new = User.objects.get_or_create(
        username=username, defaults={"first_name": first, "last_name": last}
    )
    if new:
        person.set_password(password)
        person.save(update_fields=["password"])
    person.groups.add(Group.objects.get(name=roles.PROFESSIONAL))
    Membership.objects.get_or_create(user=person, structure=structure)
    return structure, person


def _open(by, structure, professional, *, days_ago: int, today, **needs):
    return programme_open(
        by=by,
        structure=structure,
        start_date=today - datetime.timedelta(days=days_ago),
        network_referent=by,
        structure_referents=[professional],
        **needs,
    )


def _done(by, programme, title: str, *, day: datetime.date, notes: str = ""):
    milestone = programme.milestones.get(title=title)
    milestone_update(
        by=by,
        milestone=milestone,
        status=MilestoneStatus.DONE,
        notes=notes,
        done_on=day,
    )


def demo_programme_load(*, structures: dict[str, Structure], password: str) -> int:
    """Load the call and the three programmes; returns how many rows of note
    were created (applications and programmes). Needs the demo accounts."""
    User = get_user_model()
    today = timezone.localdate()
    by = User.objects.get(username="coordination")
    template_default_ensure()
    created = _load_call(today)

    # Just started: ten days ago, nothing done yet.
    structure, person = _new_structure(password)
    if not Programme.objects.filter(structure=structure).exists():
        _open(
            by,
            structure,
            person,
            days_ago=10,
            today=today,
            needs_publics=["seniors", "tout_public"],
            needs_equipment="Six ordinateurs en accès libre, pas de tablette.",
            needs_rooms="L'auditorium le samedi matin.",
            needs_staff_time="Deux bibliothécaires, trois heures par semaine.",
            needs_partners="Le centre communal d'action sociale.",
        )
        created += 1

    # Mid-way: started about 100 days ago; the mid-term review is overdue.
    corbeil = structures["corbeil"]
    if not Programme.objects.filter(structure=corbeil).exists():
        start = today - datetime.timedelta(days=100)
        programme = _open(
            by,
            corbeil,
            User.objects.get(username="pro.corbeil"),
            days_ago=100,
            today=today,
            needs_publics=["seniors", "familles"],
            needs_equipment="Quatre ordinateurs, deux tablettes à acheter.",
            needs_rooms="La salle polyvalente le mardi et le jeudi.",
            needs_staff_time="Une conseillère à mi-temps sur le numérique.",
            needs_partners="La médiathèque voisine, l'espace France Services.",
        )
        _done(
            by,
            programme,
            "Convention signée",
            day=start + datetime.timedelta(days=12),
            notes="Signée avec la direction du centre social.",
        )
        created += 1

    # Autonomous, in follow-up: started ten months ago, check-ins since.
    grigny = structures["grigny"]
    if not Programme.objects.filter(structure=grigny).exists():
        start = today - datetime.timedelta(days=300)
        programme = _open(
            by,
            grigny,
            User.objects.get(username="pro.grigny"),
            days_ago=300,
            today=today,
            needs_publics=["demandeurs_emploi", "jeunes"],
            needs_equipment="Huit ordinateurs portables prêtés par le réseau.",
            needs_rooms="Le local associatif, tous les après-midi.",
            needs_staff_time="Un animateur à temps plein.",
            needs_partners="La mission locale.",
        )
        for title, days in (
            ("Convention signée", 10),
            ("Professionnels formés (P1 à P4)", 80),
            ("Premiers diagnostics", 45),
            ("Premiers ateliers", 70),
            ("Point à mi-parcours", 92),
            ("Bilan d'autonomie à 6 mois", 185),
            ("Suivi à 9 mois", 275),
        ):
            _done(by, programme, title, day=start + datetime.timedelta(days=days))
        for days, notes in (
            (
                185,
                "Bilan à six mois : l'association anime seule deux ateliers "
                "par semaine. Elle passe en suivi.",
            ),
            (
                275,
                "Suivi à neuf mois : les ateliers tiennent, une liste "
                "d'attente s'est formée. Autonome.",
            ),
        ):
            check_in_create(
                by=by,
                programme=programme,
                date=start + datetime.timedelta(days=days),
                notes=notes,
            )
        Programme.objects.filter(pk=programme.pk).update(stage=Stage.AUTONOMOUS)
        created += 1

    milestones_auto_update(today=today)
    return created
