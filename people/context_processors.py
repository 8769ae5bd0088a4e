"""What the site header shows a signed-in person, from one query."""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

from people import roles


@dataclass(frozen=True)
class HeaderLinks:
    my_account: bool = False  # beneficiaries: « Mon espace », « Mon compte »
    lessons_url: str = ""  # beneficiaries: their catalogue, « Les leçons »
    beneficiaries: bool = False  # « Mes bénéficiaires », « Ateliers »
    marking: bool = False  # « Corrections »
    admin: bool = False  # « Administration » and Wagtail's user bar


def header_links_get(user) -> HeaderLinks:
    """The header's links for this user: their role groups, read once (1 query;
    Django's permission checks would cost two more)."""
    names = roles.user_role_names(user)
    if not names and not getattr(user, "is_superuser", False):
        return HeaderLinks()
    beneficiary = roles.BENEFICIARY in names
    return HeaderLinks(
        my_account=beneficiary,
        lessons_url=_beneficiary_catalogue_url() if beneficiary else "",
        beneficiaries=user.manages_beneficiaries,
        marking=user.marks_answers,
        admin=user.is_superuser or not names.isdisjoint(roles.ADMIN_ROLES),
    )


def _beneficiary_catalogue_url() -> str:
    # people sits below courses: the catalogue is found by its model's label.
    from django.apps import apps

    catalogue = (
        apps.get_model("courses", "CataloguePage")
        .objects.live()
        .filter(audience="beneficiary")
        .first()
    )
    return catalogue.url if catalogue else ""


# The links only show the way (every page checks its own permissions): kept in
# the cache per user, forgotten when their groups or account change
# (people.receivers), and for at most a few minutes anyway.
HEADER_TIMEOUT = 300


def header_key(user_id: int) -> str:
    return f"relais:header:{user_id}"


def cached_header_links(user) -> HeaderLinks:
    if not user.is_authenticated:
        return HeaderLinks()
    key = header_key(user.pk)
    links = cache.get(key)
    if links is None:
        links = header_links_get(user)
        cache.set(key, links, HEADER_TIMEOUT)
    return links


def header(request):
    user = getattr(request, "user", None)
    if user is None:
        return {"header_links": HeaderLinks()}
    return {"header_links": SimpleLazyObject(lambda: cached_header_links(user))}
