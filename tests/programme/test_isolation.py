"""Nobody outside a structure sees its programme; only coordinators see the
network, the calls and the applications; the call page is public. Walks the
whole `programme` namespace."""

import pytest
from django.urls import get_resolver, reverse

from people import roles
from programme import services
from tests import builders
from tests.isolation import page_text
from tests.programme.conftest import make_application

pytestmark = pytest.mark.django_db

# Public: no account needed, nobody's data.
PUBLIC_URLS = {"apply", "apply_done"}
# Name a structure or one of its milestones: 404 for anyone outside it.
STRUCTURE_URLS = {
    "detail": {"structure_id"},
    "summary": {"structure_id"},
    "milestone": {"milestone_id"},
}
# Coordinators only (403 for any other role), whatever they name.
COORDINATOR_URLS = {
    "network": set(),
    "calls": set(),
    "applications": {"call_id"},
    "compare": {"call_id"},
    "application": {"application_id"},
    "application_select": {"application_id"},
    "application_decline": {"application_id"},
    "open": {"structure_id"},
    "edit": {"structure_id"},
    "check_in": {"structure_id"},
}
# Where each person's own programme is: limited to the user's structures.
OTHER_URLS = {"home"}


def patterns():
    _prefix, resolver = get_resolver().namespace_dict["programme"]
    return list(resolver.url_patterns)


def test_the_matrix_covers_every_url_of_the_namespace():
    listed = PUBLIC_URLS | set(STRUCTURE_URLS) | set(COORDINATOR_URLS) | OTHER_URLS
    assert {p.name for p in patterns()} == listed
    for pattern in patterns():
        converters = set(pattern.pattern.converters)
        if pattern.name in STRUCTURE_URLS:
            assert converters == STRUCTURE_URLS[pattern.name]
        elif pattern.name in COORDINATOR_URLS:
            assert converters == COORDINATOR_URLS[pattern.name]
        else:
            assert not converters


@pytest.fixture
def programme(coordinator, corbeil, pro_corbeil, today):
    builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")
    return services.programme_open(
        by=coordinator,
        structure=corbeil,
        start_date=today,
        network_referent=coordinator,
        structure_referents=[pro_corbeil],
    )


def _kwargs(name, programme, call, application):
    return {
        "structure_id": programme.structure_id,
        "milestone_id": programme.milestones.first().pk,
        "call_id": call.pk,
        "application_id": application.pk,
    }


@pytest.mark.parametrize(
    "actor", ["other_professional", "beneficiary", "trainer", "anonymous"]
)
def test_no_one_else_reaches_a_structures_programme(client, programme, call, actor):
    application = make_application(call, "Candidature confidentielle")
    if actor == "other_professional":
        client.force_login(builders.professional(builders.structure("Ailleurs")))
    elif actor == "beneficiary":
        profile, _pin = builders.beneficiary(programme.structure, first_name="Bintou")
        client.force_login(profile.user)
    elif actor == "trainer":
        client.force_login(builders.user("formatrice", group=roles.TRAINER))
    secret = programme.structure.name
    values = _kwargs(None, programme, call, application)
    for pattern in patterns():
        if pattern.name in PUBLIC_URLS | OTHER_URLS:
            continue
        kwargs = {k: values[k] for k in pattern.pattern.converters}
        url = reverse(f"programme:{pattern.name}", kwargs=kwargs)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            if response.status_code == 302:
                assert actor == "anonymous", (url, method)
                assert response["Location"].startswith(reverse("login"))
            elif pattern.name in STRUCTURE_URLS:
                assert response.status_code in (404, 405), (url, method)
            else:
                assert response.status_code in (403, 404, 405), (url, method)
            text = page_text(response)
            assert secret not in text, url
            assert "Candidature confidentielle" not in text, url
            assert "Awa" not in text, url
    response = client.get(reverse("programme:home"))
    assert response.status_code in (302, 200, 403)
    if response.status_code == 302:
        assert str(programme.structure_id) not in response["Location"].split("/")


def test_a_professional_of_the_structure_reads_it_but_may_not_plan(
    client, programme, pro_corbeil, call
):
    client.force_login(pro_corbeil)
    detail = reverse("programme:detail", args=[programme.structure_id])
    assert client.get(detail).status_code == 200
    assert (
        client.get(
            reverse("programme:summary", args=[programme.structure_id])
        ).status_code
        == 200
    )
    for name in ("open", "edit", "check_in"):
        url = reverse(f"programme:{name}", args=[programme.structure_id])
        assert client.post(url).status_code == 403, name
    assert client.get(reverse("programme:network")).status_code == 403
    assert client.get(reverse("programme:calls")).status_code == 403


def test_the_call_page_is_public(client, call):
    assert client.get(reverse("programme:apply")).status_code == 200
    assert client.get(reverse("programme:apply_done")).status_code == 200


def test_a_coordinator_reaches_every_structure(client, coordinator, programme, grigny):
    client.force_login(coordinator)
    assert (
        client.get(
            reverse("programme:detail", args=[programme.structure_id])
        ).status_code
        == 200
    )
    assert client.get(reverse("programme:detail", args=[grigny.pk])).status_code == 200
