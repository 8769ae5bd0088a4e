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

# What each level means, said to the learner in one plain sentence. « Vous
# savez … » lets a proposal say « vous savez maintenant … » (diagnostics.wording).
LEVEL_SUMMARIES = {
    "N0": (
        "Vous découvrez le téléphone ou l'ordinateur : pour le moment, quelqu'un "
        "vous aide pour tout."
    ),
    "N1": (
        "Vous savez faire des choses simples quand quelqu'un vous guide pas à pas, "
        "comme allumer, toucher l'écran ou appeler."
    ),
    "N2": (
        "Vous savez faire des choses simples sans aide, comme envoyer un e-mail ou "
        "faire une recherche."
    ),
    "N3": (
        "Vous savez faire sans aide les démarches en ligne de tous les jours, par "
        "exemple sur le site de la CAF."
    ),
    "N4": (
        "Vous savez régler des problèmes nouveaux et aider d'autres personnes à "
        "se servir du numérique."
    ),
}

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
    # Migrations before the summary field call this with the older model.
    if any(field.name == "summary" for field in level_model._meta.get_fields()):
        seed_level_summaries(level_model)


def seed_level_summaries(level_model) -> None:
    """Fill the learner's sentence of each seeded level left blank; never
    overwrite what coordinators wrote."""
    for code, summary in LEVEL_SUMMARIES.items():
        level_model.objects.filter(code=code, summary="").update(summary=summary)
