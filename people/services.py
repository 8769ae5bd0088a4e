from django.contrib.auth.models import Group, Permission
from django.db import transaction

from people import roles


@transaction.atomic
def roles_setup() -> dict[str, Group]:
    """Create the role groups and give them their model permissions (idempotent).

    Raises Permission.DoesNotExist if a listed permission is unknown.
    """
    groups = {}
    for name, codenames in roles.GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        perms = []
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            perms.append(
                Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
            )
        group.permissions.add(*perms)
        groups[name] = group
    return groups
