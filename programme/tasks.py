"""django-q2 tasks of the programme: thin wrappers around services."""

from programme import services


def milestones_auto_update() -> int:
    """The daily check of the automatic milestones (migration 0002's schedule)."""
    return services.milestones_auto_update()
