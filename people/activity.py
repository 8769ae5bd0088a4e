"""Where a person's activity is recorded, declared by each app that records some.

`people` is the bottom app and knows nothing of courses, quizzes or workshops:
each upper app declares, in its `AppConfig.ready()` (through its gdpr module),
which of its dated rows show that a person used the platform. The retention
selector (people.selectors.beneficiaries_inactive_since) reads them all.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save


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
    _forget_on_change(source)


def activity_sources() -> list[ActivitySource]:
    """The registered sources, in registration order."""
    return list(_sources.values())


# The beneficiaries list's « Dernière activité » is kept per person
# (people.selectors.beneficiaries_last_activity_get): forgotten whenever a row
# of a source is saved or deleted, a row a source reaches through (a session
# re-dated moves its people's day) is saved, or the person signs in.


def last_day_key(user_id: int) -> str:
    return f"relais:last-day:{user_id}"


def last_day_forget(user_ids) -> None:
    """Forget these people's kept day, now and again once the transaction
    commits (a page read in between must not keep the day from before)."""
    keys = [last_day_key(user_id) for user_id in user_ids if user_id is not None]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))


def _user_id_of(instance, user_path: str) -> int | None:
    """The user a row belongs to, through `user_path` (one query past the
    first relation)."""
    first, *rest = user_path.split("__")
    value = getattr(instance, f"{first}_id", None)
    if value is None or not rest:
        return value
    related = instance._meta.get_field(first).related_model
    return (
        related.objects.filter(pk=value).values_list("__".join(rest), flat=True).first()
    )


def _forget_on_change(source: ActivitySource) -> None:
    def row_changed(sender, instance, raw=False, **kwargs):
        if not raw:
            last_day_forget([_user_id_of(instance, source.user_path)])

    uid = f"last-day-{source.model._meta.label}-{source.user_path}"
    post_save.connect(row_changed, sender=source.model, weak=False, dispatch_uid=uid)
    post_delete.connect(row_changed, sender=source.model, weak=False, dispatch_uid=uid)
    relation, *through = source.date_field.split("__")
    if not through:
        return
    # The day is a column of a related row (a participation's session date).
    related = source.model._meta.get_field(relation).related_model

    def related_changed(
        sender, instance, raw=False, created=False, update_fields=None, **kwargs
    ):
        # Saved without that column (guided mode's bookkeeping): no day moved.
        if update_fields is not None and through[0] not in update_fields:
            return
        if not raw and not created:
            last_day_forget(
                source.model.objects.filter(**{relation: instance}).values_list(
                    source.user_path, flat=True
                )
            )

    post_save.connect(
        related_changed,
        sender=related,
        weak=False,
        dispatch_uid=f"{uid}-{source.date_field}",
    )


def _user_saved(sender, instance, raw=False, **kwargs):
    # A sign-in writes last_login.
    if not raw:
        last_day_forget([instance.pk])


post_save.connect(
    _user_saved, sender=settings.AUTH_USER_MODEL, dispatch_uid="last-day-user"
)
