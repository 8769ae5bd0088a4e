"""Keep what the cache holds about a person in step with their account."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from people import roles
from people.audit import audit_actor, audit_record, login_failure_audit
from people.context_processors import header_key
from people.models import AuditAction
from people.sessions import shared_device_session_start
from people.throttle import client_address

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


# The journal (people/audit.py) and shared-device sessions (people/sessions.py).


@receiver(user_logged_in)
def on_logged_in(sender, *, request, user, **kwargs):
    if request is not None:
        shared_device_session_start(request, user)
    audit_record(
        by=user,
        action=AuditAction.LOGIN,
        target=user,
        details={
            "method": getattr(user, "backend", "") or "",
            "address": client_address(request) if request is not None else None,
        },
    )


@receiver(user_login_failed)
def on_login_failed(sender, *, credentials, request=None, **kwargs):
    # `credentials` has the password masked; only the name is kept.
    username = str(credentials.get("username") or credentials.get("login_code") or "")
    if request is None:
        return
    login_failure_audit(request, username=username, method="password")


@receiver(m2m_changed, sender=User.groups.through)
def on_roles_changed(sender, *, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:
        # group.user_set.add(...): one line per person.
        names = [instance.name]
        users = list(User.objects.filter(pk__in=pk_set or ()))
    else:
        names = sorted(
            Group.objects.filter(pk__in=pk_set or ()).values_list("name", flat=True)
        )
        users = [instance]
    if action == "post_add" and names == [roles.BENEFICIARY]:
        return  # every new beneficiary account: its creation is the event
    for user in users:
        audit_record(
            by=audit_actor(),
            action=AuditAction.ROLE_CHANGE,
            target=user,
            details={"change": action.removeprefix("post_"), "groups": names},
        )
