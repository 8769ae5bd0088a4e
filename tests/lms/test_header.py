"""The header shows each person the links of their roles, from one query."""

import pytest
from django.urls import reverse

from people import roles
from people.context_processors import header_links_get
from tests import builders


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        # The test database holds the catalogues (tests/conftest.py).
        (roles.BENEFICIARY, {"Mon espace", "Les leçons", "Mon compte"}),
        (
            roles.PROFESSIONAL,
            {
                "Mon parcours",
                "Tableau de bord",
                "Mes bénéficiaires",
                "Ateliers",
                "Corrections",
            },
        ),
        (roles.TRAINER, {"Mon parcours", "Corrections", "Administration"}),
        (
            roles.COORDINATOR,
            {
                "Mon parcours",
                "Tableau de bord",
                "Mes bénéficiaires",
                "Ateliers",
                "Corrections",
                "Administration",
            },
        ),
    ],
)
def test_each_role_sees_its_links(client, groups, role, expected):
    person = builders.user(group=role)
    client.force_login(person)
    body = client.get(reverse("diagnostics:my_levels")).content.decode()
    links = {"Mon compte", "Mes bénéficiaires", "Ateliers", "Corrections"}
    links |= {"Administration", "Mon espace", "Mon parcours", "Les leçons"}
    links |= {"Tableau de bord"}
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
    url = reverse("diagnostics:my_levels")
    assert ">Mes bénéficiaires</a>" not in client.get(url).content.decode()
    person.groups.add(Group.objects.get(name=roles.PROFESSIONAL))
    assert ">Mes bénéficiaires</a>" in client.get(url).content.decode()
    Group.objects.get(name=roles.PROFESSIONAL).user_set.remove(person)
    assert ">Mes bénéficiaires</a>" not in client.get(url).content.decode()


def test_a_beneficiary_is_led_to_her_lessons_not_the_pros_training(client, site):
    from courses.models import Audience

    person = builders.user(group=roles.BENEFICIARY)
    client.force_login(person)
    body = client.get(reverse("diagnostics:my_levels")).content.decode()
    assert f'href="{site[1][Audience.BENEFICIARY].url}">Les leçons</a>' in body
    assert site[1][Audience.PROFESSIONAL].url not in body


def test_wagtails_user_bar_shows_on_wagtail_pages_only(client, groups, site):
    """The bar edits the page shown: on a course page for a trainer, not on
    the application's own pages, where it only cost time (issue 13)."""
    from courses.models import Audience

    trainer = builders.user(group=roles.TRAINER)
    client.force_login(trainer)
    course = builders.course(site[1][Audience.BENEFICIARY])
    assert "<wagtail-userbar" in client.get(course.url).content.decode()
    own_page = client.get(reverse("diagnostics:my_levels")).content.decode()
    assert ">Administration</a>" in own_page
    assert "<wagtail-userbar" not in own_page
