"""The demo's programme: an open call with two applications and three
structures at different stages."""

import pytest
from django.urls import reverse

from demo.services import demo_load
from programme.models import Application, CheckIn, Milestone, Programme, Stage
from programme.selectors import call_open_get

pytestmark = pytest.mark.django_db


def test_the_demo_shows_three_stages_an_overdue_milestone_and_check_ins(client):
    demo_load()
    call = call_open_get()
    assert call is not None
    assert Application.objects.filter(call=call, status="submitted").count() == 2
    by_name = {
        p.structure.name: p for p in Programme.objects.select_related("structure")
    }
    started = by_name["Médiathèque des Coquelicots"]
    midway = by_name["Centre social Les Tilleuls"]
    autonomous = by_name["Association Clic Solidaire"]
    assert started.stage == midway.stage == Stage.ACCOMPANIMENT
    assert not Milestone.objects.overdue().filter(programme=started).exists()
    assert (
        Milestone.objects.overdue()
        .filter(programme=midway, title="Point à mi-parcours")
        .exists()
    )
    assert autonomous.stage == Stage.AUTONOMOUS
    assert CheckIn.objects.filter(programme=autonomous).count() == 2
    assert not Milestone.objects.overdue().filter(programme=autonomous).exists()
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="coordination"))
    page = client.get(reverse("programme:network")).content.decode()
    for name in by_name:
        assert name in page
    assert client.get(reverse("programme:apply")).status_code == 200
