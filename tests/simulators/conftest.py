"""A lesson holding a three-screen simulator, in a live course."""

import pytest

from tests import builders

SIMULATOR = {
    "title": "Créer un compte santé",
    "intro": "Entraînez-vous à créer un compte.",
    "site_name": "Espace santé — site d'entraînement",
    "persona": {
        "name": "Marie Martin",
        "description": "Vous êtes Marie Martin, née le 3 mars 1970.",
        "facts": [{"label": "Nom", "value": "Martin"}],
    },
    "screens": [
        {
            "title": "Bienvenue",
            "intro": "",
            "fields": [
                {
                    "kind": "button",
                    "label": "Créer mon compte",
                    "rule": "press",
                    "explanation": "Appuyez sur « Créer mon compte ».",
                },
                {
                    "kind": "button",
                    "label": "Se connecter",
                    "rule": "avoid",
                    "explanation": "Marie n'a pas de compte : pas « Se connecter ».",
                },
            ],
            "button_label": "Continuer",
        },
        {
            "title": "Vos informations",
            "intro": "Recopiez la fiche de Marie.",
            "fields": [
                {
                    "kind": "text",
                    "label": "Nom de famille",
                    "rule": "exact",
                    "expected": "Martin",
                    "hint": "Regardez la fiche.",
                    "explanation": "Le nom de Marie est Martin.",
                },
                {
                    "kind": "date",
                    "label": "Date de naissance",
                    "rule": "date",
                    "expected": "03/03/1970",
                    "explanation": "Marie est née le 3 mars 1970.",
                },
                {
                    "kind": "choice",
                    "label": "Situation",
                    "rule": "option",
                    "options": "Salariée\nSans emploi",
                    "expected": "Sans emploi",
                    "explanation": "Marie cherche un emploi : « Sans emploi ».",
                },
            ],
            "button_label": "Continuer",
        },
        {
            "title": "Mot de passe",
            "intro": "",
            "fields": [
                {
                    "kind": "email",
                    "label": "Adresse e-mail",
                    "rule": "email",
                    "explanation": "Une adresse a un @ et un point.",
                },
                {
                    "kind": "password",
                    "label": "Mot de passe",
                    "rule": "password",
                    "min_length": 8,
                    "explanation": "8 signes ou plus, des lettres et un chiffre.",
                },
                {
                    "kind": "checkbox",
                    "label": "J'accepte les conditions",
                    "rule": "checked",
                    "explanation": "Cochez la case.",
                },
            ],
            "button_label": "Créer mon compte",
        },
    ],
    "success_text": "Le compte de Marie est créé (pour de faux).",
}

# Right answers, screen by screen (the form's POST data).
RIGHT = [
    {"bouton": "champ_0"},
    {"champ_0": " martin ", "champ_1": "1970-03-03", "champ_2": "Sans emploi"},
    {"champ_0": "marie@exemple.fr", "champ_1": "Soleil2026", "champ_2": "on"},
]


@pytest.fixture
def course(workshops):
    return builders.course(workshops, modules=1, lessons_per_module=2)


@pytest.fixture
def lesson(course):
    """The course's first lesson, with the simulator before its end."""
    lesson = builders.lessons_of(course)[0]
    lesson.body.append(("simulator", SIMULATOR))
    return builders.publish(lesson)


@pytest.fixture
def block_id(lesson):
    (block,) = [b for b in lesson.body if b.block_type == "simulator"]
    return block.id
