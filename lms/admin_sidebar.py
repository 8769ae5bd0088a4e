"""Wagtail's admin sidebar, kept a while per person (issue 13).

Every Wagtail admin page writes its sidebar as JSON (`{% sidebar_props %}` in
wagtailadmin/base.html): the menu items the person may see, their account,
their avatar. Working it out asks every menu item whether it is shown and
packs them with telepath, about 11 ms of each admin page (the quiz list, the
question bank, the quiz statistics) for the same answer on every page.

The answer is kept under the person and the language, with a mark made of what
it depends on: Wagtail's version, the person's name, e-mail (the avatar),
superuser flag and permissions, and their Wagtail profile (avatar, dismissed
items). A change to any of them shows on the next page; what the mark does not
see (page and collection permissions given to a group, a menu item a new
release of the project adds or renames) shows within `SIDEBAR_SECONDS`. The
menu only links: every view checks its own permission.
Without a memory cache (the database cache, the default without REDIS_URL),
`kept_many` works the sidebar out each time, as Wagtail does.
"""

import hashlib

import wagtail
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.admin.templatetags import wagtailadmin_tags

from lms.kept import kept_many

SIDEBAR_SECONDS = 120

# Wagtail's own tag function, called when the sidebar is not kept.
wagtail_sidebar_props = wagtailadmin_tags.sidebar_props


def sidebar_key(request) -> str:
    return (
        f"relais:admin-sidebar:{request.user.pk}:{get_language()}:"
        f"{request.META.get('SCRIPT_NAME', '')}"
    )


def sidebar_mark(user) -> str:
    """A digest of what the sidebar of `user` is worked out from."""
    profile = getattr(user, "wagtail_userprofile", None)
    parts = (
        wagtail.__version__,
        user.get_username(),
        user.first_name,
        user.email,
        user.is_active,
        # A superuser may do everything: no need to read the permissions.
        "*" if user.is_superuser else sorted(user.get_all_permissions()),
        profile and (profile.avatar.name, sorted(profile.dismissibles.items())),
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def sidebar_props(context):
    request = context["request"]
    user = request.user
    kept = kept_many(
        {user.pk: sidebar_key(request)},
        mark=sidebar_mark(user),
        read=lambda pks: {user.pk: str(wagtail_sidebar_props(context))},
        timeout=SIDEBAR_SECONDS,
    )
    return mark_safe(kept[user.pk])  # noqa: S308 - Wagtail's own json_script


def install() -> None:
    """Let `{% sidebar_props %}` in Wagtail's templates call `sidebar_props`:
    the tag is looked up when a template is compiled, after the apps are
    ready."""
    wagtailadmin_tags.register.simple_tag(
        sidebar_props, takes_context=True, name="sidebar_props"
    )
