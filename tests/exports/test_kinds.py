"""The kinds people ask for from the indicators page: indicators, activities on
the Coop's layout and beneficiaries, named for a structure and always
anonymised for the network."""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from exports.models import ExportJob
from people.models import AuditAction, AuditEvent
from tests import builders
from workshops.exports import ACTIVITY_COLUMNS, INDICATOR_COLUMNS


@pytest.fixture
def people(corbeil, grigny):
    builders.beneficiary(corbeil, first_name="Awa")
    builders.beneficiary(grigny, first_name="Bintou")


def _export(client, django_capture_on_commit_callbacks, **data) -> list[list[str]]:
    """Ask for an export as the indicators page does, run it, read the CSV."""
    today = datetime.date.today()
    form = {
        "format": "csv",
        "debut": (today - datetime.timedelta(days=30)).isoformat(),
        "fin": today.isoformat(),
    } | data
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("exports:job_request"), form)
    assert response.status_code == 302
    job = ExportJob.objects.order_by("pk").last()
    assert job.status == ExportJob.Status.DONE, job.error
    download = client.get(reverse("exports:job_download", args=[job.pk]))
    text = b"".join(download.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_a_professional_exports_their_beneficiaries_named_or_anonymised(
    client, django_capture_on_commit_callbacks, pro_corbeil, people
):
    client.force_login(pro_corbeil)
    named = _export(client, django_capture_on_commit_callbacks, kind="beneficiaries")
    assert any("Awa" in cell for row in named for cell in row)
    assert not any("Bintou" in cell for row in named for cell in row)
    hidden = _export(
        client, django_capture_on_commit_callbacks, kind="beneficiaries", anonyme="1"
    )
    assert len(hidden) == len(named)  # the same people, one row each
    assert not any("Awa" in cell for row in hidden for cell in row)


def test_the_network_gets_anonymised_beneficiaries_even_when_asking_named(
    client, django_capture_on_commit_callbacks, coordinator, people
):
    client.force_login(coordinator)
    rows = _export(client, django_capture_on_commit_callbacks, kind="beneficiaries")
    assert len(rows) == 3  # header + one row per person of both structures
    assert not any(
        name in cell for row in rows for cell in row for name in ("Awa", "Bintou")
    )


def test_the_activities_and_indicators_kinds_have_their_columns(
    client, django_capture_on_commit_callbacks, pro_corbeil, people
):
    client.force_login(pro_corbeil)
    activities = _export(client, django_capture_on_commit_callbacks, kind="activities")
    assert activities[0] == list(ACTIVITY_COLUMNS)
    indicators = _export(client, django_capture_on_commit_callbacks, kind="indicators")
    assert indicators[0] == list(INDICATOR_COLUMNS)


def test_the_indicators_page_offers_the_three_kinds(client, pro_corbeil, coordinator):
    client.force_login(pro_corbeil)
    page = client.get(reverse("workshops:indicators")).content.decode()
    for kind in ("indicators", "activities", "beneficiaries"):
        assert f'name="kind" value="{kind}"' in page
    assert 'name="anonyme"' in page
    client.force_login(coordinator)
    page = client.get(reverse("workshops:indicators")).content.decode()
    assert 'name="anonyme"' not in page
    assert "toujours anonymisés" in page


def test_the_network_table_exports_for_coordinators_only(
    client, django_capture_on_commit_callbacks, coordinator, pro_corbeil, people
):
    client.force_login(coordinator)
    page = client.get(reverse("dashboards:network")).content.decode()
    assert 'name="kind" value="network_figures"' in page
    rows = _export(
        client,
        django_capture_on_commit_callbacks,
        kind="network_figures",
        periode="annee",
    )
    names = [row[0] for row in rows[1:]]
    assert names == ["Association de Grigny", "Centre social de Corbeil", "Total"]
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("exports:job_request"), {"kind": "network_figures", "format": "csv"}
    )
    assert response.status_code == 404
    assert ExportJob.objects.filter(requester=pro_corbeil).count() == 0


def test_asking_for_an_export_is_journaled_without_its_rows(
    client, django_capture_on_commit_callbacks, pro_corbeil, people
):
    client.force_login(pro_corbeil)
    _export(client, django_capture_on_commit_callbacks, kind="beneficiaries")
    job = ExportJob.objects.get()
    event = AuditEvent.objects.get(action=AuditAction.EXPORT_FILE)
    assert event.actor == pro_corbeil
    assert event.details["job"] == job.pk
    assert event.details["kind"] == "beneficiaries"
    assert "Awa" not in str(event.details) + event.target_label
