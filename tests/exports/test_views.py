"""« Mes exports »: asking, following, downloading and retrying, each for the
requester only."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from exports.models import ExportJob
from tests import builders
from tests.exports.conftest import SAMPLE


@pytest.fixture
def ask(client, django_capture_on_commit_callbacks):
    def ask(*, run=True, **data):
        with django_capture_on_commit_callbacks(execute=run):
            response = client.post(
                reverse("exports:job_request"),
                {"kind": SAMPLE, "format": "xlsx"} | data,
            )
        return response, ExportJob.objects.order_by("pk").last()

    return ask


def test_asking_leads_to_the_job_page_with_its_download_link(
    client, producer, pro_corbeil, ask
):
    client.force_login(pro_corbeil)
    response, job = ask()
    assert response.status_code == 302
    assert response["Location"] == reverse("exports:job_detail", args=[job.pk])
    page = client.get(response["Location"]).content.decode()
    assert "Votre export est demandé" in page
    download = reverse("exports:job_download", args=[job.pk])
    assert f'href="{download}"' in page
    assert 'http-equiv="refresh"' not in page  # done: nothing to wait for


def test_the_download_is_the_file_as_an_attachment(client, producer, pro_corbeil, ask):
    client.force_login(pro_corbeil)
    _response, job = ask(format="csv")
    response = client.get(reverse("exports:job_download", args=[job.pk]))
    assert response.status_code == 200
    when = timezone.localtime(job.created_at)
    assert response["Content-Disposition"] == (
        f'attachment; filename="essai-{when:%Y-%m-%d-%Hh%M}.csv"'
    )
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert body.startswith("Numéro;Structure;Libellé\r\n1;")


def test_a_pending_job_shows_its_progress_and_refreshes_without_javascript(
    client, producer, pro_corbeil, ask
):
    client.force_login(pro_corbeil)
    _response, job = ask(run=False)
    ExportJob.objects.filter(pk=job.pk).update(
        status=ExportJob.Status.RUNNING, progress_done=250, progress_total=1000
    )
    page = client.get(reverse("exports:job_detail", args=[job.pk])).content.decode()
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in page
    assert '<progress max="100" value="25"' in page
    assert "25 % — 250 lignes écrites sur 1000" in page
    assert "telecharger" not in page
    state = client.get(reverse("exports:job_status", args=[job.pk])).json()
    assert state == {
        "status": "running",
        "status_label": "En cours",
        "done": 250,
        "total": 1000,
        "percent": 25,
        "in_progress": True,
        "error": "",
        "download_url": "",
    }


def test_a_failed_job_shows_why_and_can_be_retried(
    client, producer, pro_corbeil, ask, django_capture_on_commit_callbacks
):
    client.force_login(pro_corbeil)
    producer.fail_at = 1
    _response, job = ask()
    page = client.get(reverse("exports:job_detail", args=[job.pk])).content.decode()
    assert "L'export a échoué" in page and "Réessayer" in page
    assert reverse("exports:job_download", args=[job.pk]) not in page
    assert client.get(reverse("exports:job_download", args=[job.pk])).status_code == 404
    producer.fail_at = None
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("exports:job_retry", args=[job.pk]))
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == ExportJob.Status.DONE
    assert client.get(reverse("exports:job_download", args=[job.pk])).status_code == 200


def test_a_job_page_is_not_cached(client, producer, pro_corbeil, ask):
    client.force_login(pro_corbeil)
    _response, job = ask()
    for name in ("job_detail", "job_status", "job_download"):
        response = client.get(reverse(f"exports:{name}", args=[job.pk]))
        assert "no-cache" in response["Cache-Control"], name


def test_the_list_shows_only_my_jobs_a_page_at_a_time(
    client, producer, pro_corbeil, pro_grigny
):
    for _i in range(52):
        ExportJob.objects.create(requester=pro_corbeil, kind=SAMPLE, scope=[])
    ExportJob.objects.create(requester=pro_grigny, kind=SAMPLE, scope=[])
    client.force_login(pro_corbeil)
    response = client.get(reverse("exports:job_list"))
    page = response.content.decode()
    assert "52 exports" in page
    assert len(response.context["jobs"].object_list) == 50
    assert "Export d&#x27;essai" in page and 'rel="next"' in page
    second = client.get(reverse("exports:job_list"), {"page": 2})
    assert len(second.context["jobs"].object_list) == 2


def test_someone_who_left_the_structure_cannot_download_its_export(
    client, producer, pro_corbeil, corbeil, ask
):
    client.force_login(pro_corbeil)
    _response, job = ask()
    pro_corbeil.memberships.filter(structure=corbeil).delete()
    assert client.get(reverse("exports:job_download", args=[job.pk])).status_code == 404


def test_an_expired_file_is_never_downloaded(client, producer, pro_corbeil, ask):
    client.force_login(pro_corbeil)
    _response, job = ask()
    ExportJob.objects.filter(pk=job.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert client.get(reverse("exports:job_download", args=[job.pk])).status_code == 404
    page = client.get(reverse("exports:job_detail", args=[job.pk])).content.decode()
    assert "plus disponible" in page


def test_a_bad_request_comes_back_with_a_french_message(
    client, producer, pro_corbeil, ask
):
    client.force_login(pro_corbeil)
    response, job = ask(format="pdf", retour="/ateliers-animes/indicateurs/")
    assert job is None
    assert response["Location"] == "/ateliers-animes/indicateurs/"
    page = client.get(reverse("exports:job_list")).content.decode()
    assert "Choisissez le format du fichier : xlsx ou CSV." in page
    response, _job = ask(format="pdf", retour="https://ailleurs.example/")
    assert response["Location"] == reverse("exports:job_list")


def test_a_beneficiary_cannot_ask(client, producer, corbeil, pro_corbeil, ask):
    person = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")[0]
    client.force_login(person.user)
    response, job = ask()
    assert response.status_code == 404 and job is None


def test_the_indicators_page_posts_a_job_keeping_its_filters(
    client, coordinator, corbeil, grigny, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    params = {"debut": "2025-01-01", "fin": "2025-06-30", "structure": grigny.pk}
    page = client.get(reverse("workshops:indicators"), params).content.decode()
    assert f'action="{reverse("exports:job_request")}"' in page
    for name, value in [("debut", "2025-01-01"), ("fin", "2025-06-30")]:
        assert f'name="{name}" value="{value}"' in page
    assert f'name="structure" value="{grigny.pk}"' in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("exports:job_request"),
            {"kind": "indicators", "format": "xlsx"} | params,
        )
    job = ExportJob.objects.get()
    assert job.params == {
        "start": "2025-01-01",
        "end": "2025-06-30",
        "structure_id": grigny.pk,
    }
    assert job.status == ExportJob.Status.DONE
    import openpyxl

    rows = list(openpyxl.load_workbook(job.file.path).active.values)
    assert rows[0] == ("Rubrique", "Indicateur", "Valeur")
    assert ("Période", "Structures", grigny.name) in rows
    assert json.loads(json.dumps(job.scope)) == sorted([corbeil.pk, grigny.pk])
