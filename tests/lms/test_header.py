"""The header shows each person the links of their roles, from one query."""

import pytest
from django.urls import reverse

from people import roles
from people.context_processors import header_links_get
from tests import builders


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (roles.BENEFICIARY, {"Mon compte"}),
        (roles.PROFESSIONAL, {"Mes bénéficiaires", "Ateliers", "Corrections"}),
        (roles.TRAINER, {"Corrections", "Administration"}),
        (
            roles.COORDINATOR,
            {"Mes bénéficiaires", "Ateliers", "Corrections", "Administration"},
        ),
    ],
)
def test_each_role_sees_its_links(client, groups, role, expected):
    person = builders.user(group=role)
    client.force_login(person)
    body = client.get(reverse("courses:my_learning")).content.decode()
    links = {"Mon compte", "Mes bénéficiaires", "Ateliers", "Corrections"}
    links |= {"Administration"}
    shown = {label for label in links if f">{label}</a>" in body}
    assert shown == expected


def test_the_header_costs_one_query(groups, django_assert_num_queries):
    person = builders.user(group=roles.PROFESSIONAL)
    with django_assert_num_queries(1):
        links = header_links_get(person)
        assert links.beneficiaries and links.marking and not links.admin


def test_a_superuser_reaches_the_admin(db):
    person = builders.user(is_superuser=True)
    assert header_links_get(person).admin


def test_a_new_role_shows_in_the_header_at_once(client, groups):
    from django.contrib.auth.models import Group

    person = builders.user(group=roles.BENEFICIARY)
    client.force_login(person)
    url = reverse("courses:my_learning")
    assert ">Mes bénéficiaires</a>" not in client.get(url).content.decode()
    person.groups.add(Group.objects.get(name=roles.PROFESSIONAL))
    assert ">Mes bénéficiaires</a>" in client.get(url).content.decode()
    Group.objects.get(name=roles.PROFESSIONAL).user_set.remove(person)
    assert ">Mes bénéficiaires</a>" not in client.get(url).content.decode()
