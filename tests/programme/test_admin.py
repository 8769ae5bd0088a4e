"""Coordinators edit the calls and the programme templates in the admin."""

import pytest
from django.urls import reverse

from programme.models import ProgrammeTemplate

pytestmark = pytest.mark.django_db


def test_a_coordinator_edits_the_template_and_its_milestones(client, coordinator):
    template = ProgrammeTemplate.objects.get(is_default=True)
    client.force_login(coordinator)
    listing = client.get(reverse("wagtailsnippets_programme_programmetemplate:list"))
    assert listing.status_code == 200
    edit = client.get(
        reverse("wagtailsnippets_programme_programmetemplate:edit", args=[template.pk])
    )
    assert edit.status_code == 200
    page = edit.content.decode()
    assert "Bilan d&#x27;autonomie à 6 mois" in page
    assert "milestones-TOTAL_FORMS" in page
    calls = client.get(reverse("wagtailsnippets_programme_call:add"))
    assert calls.status_code == 200


def test_a_professional_may_not_edit_templates(client, pro_corbeil):
    client.force_login(pro_corbeil)
    response = client.get(reverse("wagtailsnippets_programme_programmetemplate:list"))
    assert response.status_code in (302, 403)
