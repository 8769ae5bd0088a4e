"""Keep what the cache holds about a person in step with their account."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from people.context_processors import header_key

User = get_user_model()


@receiver(post_save, sender=User)
def on_user_saved(sender, *, instance, **kwargs):
    cache.delete(header_key(instance.pk))


@receiver(m2m_changed, sender=User.groups.through)
def on_groups_changed(sender, *, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    # user.groups.add(...) names the user; group.user_set.add(...) the users.
    user_ids = (pk_set or ()) if reverse else [instance.pk]
    if reverse and action == "post_clear":
        user_ids = []  # unknown once cleared: the timeout covers it
    cache.delete_many([header_key(pk) for pk in user_ids])
