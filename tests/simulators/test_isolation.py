"""Practice pages act only on the signed-in person's own progress: nobody can
read or change someone else's. Walks every URL of the « simulators »
namespace."""

import pytest
from django.urls import get_resolver, reverse

from simulators.models import SimulatorProgress
from tests import builders
from tests.simulators.conftest import RIGHT
from tests.simulators.helpers import check_url

# Learner-only URLs: they name a simulator, never a person.
LEARNER_URLS = {
    "screen": {"lesson_id", "block_id"},
    "screen_check": {"lesson_id", "block_id", "screen"},
    "restart": {"lesson_id", "block_id"},
}
ACTORS = ["other_beneficiary", "other_professional", "coordinator", "anonymous"]


def patterns():
    _prefix, resolver = get_resolver().namespace_dict["simulators"]
    return list(resolver.url_patterns)


def test_the_matrix_covers_every_url_of_the_namespace():
    assert {p.name for p in patterns()} == set(LEARNER_URLS)
    for pattern in patterns():
        assert set(pattern.pattern.converters) == LEARNER_URLS[pattern.name]


def _state():
    return list(
        SimulatorProgress.objects.order_by("pk").values_list(
            "user_id", "screens_done", "completed_at"
        )
    )


@pytest.mark.parametrize("actor", ACTORS)
def test_no_one_else_reads_or_changes_a_learners_progress(
    client, corbeil, grigny, pro_corbeil, coordinator, lesson, block_id, actor
):
    awa = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")[0]
    client.force_login(awa.user)
    client.post(check_url(lesson, block_id, 1), RIGHT[0])
    client.post(check_url(lesson, block_id, 2), RIGHT[1])
    client.logout()
    before = _state()
    if actor == "other_beneficiary":
        client.force_login(builders.beneficiary(corbeil, by=pro_corbeil)[0].user)
    elif actor == "other_professional":
        client.force_login(builders.professional(grigny))
    elif actor == "coordinator":
        client.force_login(coordinator)
    kwargs = {"lesson_id": lesson.pk, "block_id": block_id}
    for name in LEARNER_URLS:
        extra = {"screen": 3} if name == "screen_check" else {}
        url = reverse(f"simulators:{name}", kwargs=kwargs | extra)
        for method in ("get", "post"):
            response = getattr(client, method)(url, RIGHT[2])
            if actor == "anonymous":
                assert response.status_code == 302, (name, method)
                assert response["Location"].startswith(reverse("login"))
                continue
            assert response.status_code in (200, 302, 405), (name, method)
            if name == "screen" and method == "get":
                # Their own start, never Awa's screen 3.
                assert "Écran 1 sur 3" in response.content.decode()
    # Awa's progress is as it was; others only ever wrote their own (a
    # screen 3 out of order writes nothing, a restart of nothing neither).
    assert _state() == before
