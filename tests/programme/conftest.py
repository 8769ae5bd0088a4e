import datetime

import pytest
from django.utils import timezone

from programme.models import Application, ApplicationReferent, Call


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def call(db, today):
    return Call.objects.create(
        title="Devenir relais numérique 2026",
        opens_on=today - datetime.timedelta(days=10),
        closes_on=today + datetime.timedelta(days=20),
        funders="Le Département, la Caisse d'allocations familiales",
        text="Le réseau accompagne dix structures pendant six mois.",
    )


def application_data(**overrides) -> dict:
    """A valid POST of the public form."""
    data = {
        "structure_name": "Maison de quartier des Tilleuls",
        "kind": "centre_social",
        "address": "3 rue des Tilleuls",
        "town": "Évry-Courcouronnes",
        "departement": "91",
        "publics": ["seniors", "familles"],
        "current_activities": "Accueil et aide aux démarches deux matins par semaine.",
        "staff": "Deux animatrices, quatre heures par semaine.",
        "rooms": "Une salle avec six ordinateurs et le wifi.",
        "motivation": "Nos habitants nous demandent de l'aide chaque jour.",
        "contact_phone": "01 23 45 67 89",
        "referent_1_name": "Lina Morel",
        "referent_1_email": "lina.morel@tilleuls.example",
        "referent_2_name": "Paul Ndiaye",
        "referent_2_email": "paul.ndiaye@tilleuls.example",
        "referent_3_name": "",
        "referent_3_email": "",
        "site_web": "",
    }
    return data | overrides


def make_application(call, name="Maison de quartier des Tilleuls", **fields):
    defaults = {
        "structure_name": name,
        "kind": "centre_social",
        "address": "3 rue des Tilleuls",
        "town": "Évry-Courcouronnes",
        "departement": "91",
        "publics": ["seniors"],
        "current_activities": "Accueil.",
        "staff": "Deux animatrices.",
        "rooms": "Une salle.",
        "motivation": "Aider nos habitants.",
        "contact_phone": "01 23 45 67 89",
    }
    application = Application.objects.create(call=call, **defaults | fields)
    for n, (who, email) in enumerate(
        [
            ("Lina Morel", f"lina.{application.pk}@tilleuls.example"),
            ("Paul Ndiaye", f"paul.{application.pk}@tilleuls.example"),
        ]
    ):
        ApplicationReferent.objects.create(
            application=application, name=who, email=email, position=n
        )
    return application
