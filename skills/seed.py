"""Reference data from DESIGN.md: the level scale and the six competence areas."""

LEVELS = [
    (
        "N0",
        0,
        "Jamais utilisé",
        "N'a jamais utilisé d'appareil, ou a besoin qu'on fasse tout à sa place.",
    ),
    (
        "N1",
        1,
        "Premiers pas",
        "Fait des tâches simples avec un guidage pas à pas "
        "(déverrouiller, toucher ou cliquer, appeler).",
    ),
    (
        "N2",
        2,
        "En progression",
        "Fait seul des tâches simples et demande de l'aide en cas de blocage "
        "(e-mail, recherche).",
    ),
    (
        "N3",
        3,
        "Autonome",
        "Fait seul ses démarches courantes en ligne (FranceConnect, CAF, Ameli).",
    ),
    (
        "N4",
        4,
        "Confirmé",
        "Résout des problèmes nouveaux, peut aider les autres ; "
        "prêt pour une certification Pix.",
    ),
]

AREAS = [
    (1, "Prendre en main ses appareils", "Allumer, toucher, cliquer, le clavier."),
    (2, "Naviguer et s'informer", "Se connecter à internet, chercher une information."),
    (3, "Communiquer", "E-mail, messages, visio."),
    (4, "Faire ses démarches en ligne", "FranceConnect, Ameli, CAF, France Travail."),
    (5, "Se protéger", "Mots de passe, arnaques, données personnelles."),
    (6, "Gérer ses documents", "Photo, PDF, justificatifs."),
]


def seed_scale(competence_area_model, level_model) -> None:
    """Create missing levels and areas; never overwrite what coordinators edited."""
    for code, rank, name, can_do in LEVELS:
        level_model.objects.get_or_create(
            code=code, defaults={"rank": rank, "name": name, "can_do": can_do}
        )
    for number, name, description in AREAS:
        competence_area_model.objects.get_or_create(
            number=number, defaults={"name": name, "description": description}
        )
