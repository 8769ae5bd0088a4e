"""Where a person's activity is recorded, declared by each app that records some.

`people` is the bottom app and knows nothing of courses, quizzes or workshops:
each upper app declares, in its `AppConfig.ready()` (through its gdpr module),
which of its dated rows show that a person used the platform. The retention
selector (people.selectors.beneficiaries_inactive_since) reads them all.
"""

from dataclasses import dataclass

from django.db import models


@dataclass(frozen=True)
class ActivitySource:
    """Rows of `model` dated by `date_field`, reached from a user by `user_path`."""

    model: type[models.Model]
    user_path: str
    date_field: str
    # A DateField (a session's day) rather than a moment.
    is_day: bool


_sources: dict[tuple[str, str], ActivitySource] = {}


def register_activity(
    model: type[models.Model], *, user_path: str, date_field: str
) -> None:
    """Declare dated rows that show a person's activity; registering the same
    model and field again replaces it. Raises nothing."""
    *relations, name = date_field.split("__")
    target = model
    for relation in relations:
        target = target._meta.get_field(relation).related_model
    field = target._meta.get_field(name)
    source = ActivitySource(
        model=model,
        user_path=user_path,
        date_field=date_field,
        is_day=not isinstance(field, models.DateTimeField),
    )
    _sources[(model._meta.label, date_field)] = source


def activity_sources() -> list[ActivitySource]:
    """The registered sources, in registration order."""
    return list(_sources.values())
