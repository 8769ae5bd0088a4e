"""The default programme template: the plan the network follows with each
structure (six months of accompaniment, then a year of follow-up). Seeded by a
data migration; coordinators edit it in the admin afterwards."""

DEFAULT_TEMPLATE_NAME = "Accompagnement d'une structure (6 mois + 1 an de suivi)"

# (title, days after the start, owner side, automatic rule)
DEFAULT_MILESTONES: list[tuple[str, int, str, str]] = [
    ("Convention signée", 15, "reseau", ""),
    ("Professionnels formés (P1 à P4)", 90, "structure", "trained"),
    ("Premiers diagnostics", 75, "structure", "first_diagnostic"),
    ("Premiers ateliers", 105, "structure", "first_workshop"),
    ("Point à mi-parcours", 90, "reseau", ""),
    ("Bilan d'autonomie à 6 mois", 182, "reseau", ""),
    ("Suivi à 9 mois", 273, "reseau", ""),
    ("Suivi à 12 mois", 365, "reseau", ""),
    ("Suivi à 18 mois", 547, "reseau", ""),
]
