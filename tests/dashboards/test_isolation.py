"""Nobody outside a structure sees its dashboard; only coordinators see the
network. Walks the whole `dashboards` namespace."""

import pytest
from django.urls import get_resolver, reverse

from people import roles
from tests import builders
from tests.isolation import page_text

pytestmark = pytest.mark.django_db

# URLs that name a structure: 404 for anyone outside it.
PERSONAL_URLS = {"structure": {"structure_id"}}
# The network's pages: 403 for anyone but a coordinator.
NETWORK_URLS = {"network", "compare"}
# Where each person's own dashboard is, and their « À faire » with its whole
# lists: limited to the user's structures (test_todo_isolation below).
OTHER_URLS = {"home", "todo", "todo_proposals", "todo_sessions"}


def patterns():
    _prefix, resolver = get_resolver().namespace_dict["dashboards"]
    return list(resolver.url_patterns)


def test_the_matrix_covers_every_url_of_the_namespace():
    assert {p.name for p in patterns()} == set(PERSONAL_URLS) | NETWORK_URLS | (
        OTHER_URLS
    )
    for pattern in patterns():
        if pattern.name in PERSONAL_URLS:
            assert set(pattern.pattern.converters) == PERSONAL_URLS[pattern.name]
        else:
            assert not pattern.pattern.converters


@pytest.fixture
def corbeil_named(corbeil, pro_corbeil):
    """A structure whose name, and a beneficiary's, must not leak."""
    builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")
    return corbeil


@pytest.mark.parametrize(
    "actor", ["other_professional", "beneficiary", "trainer", "anonymous"]
)
def test_no_one_else_reaches_a_structures_dashboard(client, corbeil_named, actor):
    if actor == "other_professional":
        client.force_login(builders.professional(builders.structure("Ailleurs")))
    elif actor == "beneficiary":
        profile, _pin = builders.beneficiary(corbeil_named, first_name="Bintou")
        client.force_login(profile.user)
    elif actor == "trainer":
        client.force_login(builders.user("formatrice", group=roles.TRAINER))
    url = reverse("dashboards:structure", kwargs={"structure_id": corbeil_named.pk})
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        if response.status_code == 302:
            assert actor == "anonymous"
            assert response["Location"].startswith(reverse("login"))
        else:
            assert response.status_code in (404, 405), method
        assert corbeil_named.name not in page_text(response)
    for name in NETWORK_URLS:
        response = client.get(
            reverse(f"dashboards:{name}"), {"structures": [corbeil_named.pk]}
        )
        if actor == "anonymous":
            assert response.status_code == 302
        else:
            assert response.status_code == 403, name
        assert corbeil_named.name not in page_text(response), name
    response = client.get(reverse("dashboards:home"))
    assert response.status_code in (302, 404)
    if response.status_code == 302:
        assert response["Location"] != reverse(
            "dashboards:structure", kwargs={"structure_id": corbeil_named.pk}
        )


def test_a_professional_of_b_gets_404_on_as_dashboard_and_hers_works(
    client, corbeil, grigny, pro_grigny
):
    client.force_login(pro_grigny)
    mine = client.get(reverse("dashboards:structure", args=[grigny.pk]))
    assert mine.status_code == 200
    theirs = client.get(reverse("dashboards:structure", args=[corbeil.pk]))
    assert theirs.status_code == 404
    assert corbeil.name not in page_text(mine)


def test_a_professional_may_not_see_the_network(client, pro_corbeil):
    client.force_login(pro_corbeil)
    assert client.get(reverse("dashboards:network")).status_code == 403
    assert client.get(reverse("dashboards:compare")).status_code == 403


def test_a_coordinator_sees_every_structure(client, coordinator, corbeil, grigny):
    client.force_login(coordinator)
    for structure in (corbeil, grigny):
        response = client.get(reverse("dashboards:structure", args=[structure.pk]))
        assert response.status_code == 200
    page = client.get(reverse("dashboards:network")).content.decode()
    assert corbeil.name in page and grigny.name in page
