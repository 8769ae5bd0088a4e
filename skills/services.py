from django.db import transaction

from skills import seed
from skills.models import CompetenceArea, Level


@transaction.atomic
def scale_seed() -> None:
    """Create the levels and competence areas of DESIGN.md when they are missing."""
    seed.seed_scale(CompetenceArea, Level)
