"""The participants' side of guided mode (/atelier/…): only the session's
structure's beneficiaries get in; nobody else sees the room or changes it.
Walks the whole `guided` namespace."""

import pytest
from django.urls import get_resolver, reverse

from tests import builders
from tests.isolation import page_text
from workshops.models import Participation

CODE_URLS = {"follow", "step", "help", "finish"}
OTHER_URLS = {"join"}


def patterns():
    _prefix, resolver = get_resolver().namespace_dict["guided"]
    return list(resolver.url_patterns)


def test_the_matrix_covers_every_url_of_the_namespace():
    assert {p.name for p in patterns()} == CODE_URLS | OTHER_URLS
    for pattern in patterns():
        if pattern.name in CODE_URLS:
            assert set(pattern.pattern.converters) == {"code"}


def _state():
    return list(
        Participation.objects.order_by("pk").values_list(
            "beneficiary_id",
            "attendance",
            "current_step",
            "help_requested_at",
            "joined_at",
        )
    )


@pytest.mark.parametrize(
    "actor", ["other_beneficiary", "other_professional", "anonymous"]
)
def test_no_one_else_joins_or_changes_the_room(client, live, awa, gaston, actor):
    if actor == "other_beneficiary":
        client.force_login(gaston.user)
    elif actor == "other_professional":
        client.force_login(builders.professional(builders.structure()))
    before = _state()
    for name in CODE_URLS:
        url = reverse(f"guided:{name}", kwargs={"code": live.join_code})
        for method in ("get", "post"):
            response = getattr(client, method)(
                url, {"etape": "2", "aide": "oui"} if method == "post" else None
            )
            body = page_text(response)
            if actor == "anonymous":
                # The room's code opens only the « who are you? » list (first
                # names of the enrolled), and every action asks to sign in.
                if name == "follow":
                    assert response.status_code == 200 and "Qui êtes-vous" in body
                else:
                    assert response.status_code in (302, 405), (name, method)
                    if response.status_code == 302:
                        follow = reverse(
                            "guided:follow", kwargs={"code": live.join_code}
                        )
                        assert response["Location"] == follow
                continue
            assert response.status_code in (403, 405), (name, method)
            assert "Awa" not in body, (name, method)
            assert live.guided_lesson.title not in body, (name, method)
    assert _state() == before
    assert not Participation.objects.filter(beneficiary=gaston).exists()


def test_the_structures_beneficiary_does_get_in(client, live, awa):
    """The control that keeps the test above meaningful."""
    client.force_login(awa.user)
    url = reverse("guided:follow", kwargs={"code": live.join_code})
    client.post(url)  # « Rejoindre l'atelier »
    response = client.get(url)
    assert response.status_code == 200
    assert live.guided_lesson.title in page_text(response)
