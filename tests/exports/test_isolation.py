"""A job belongs to its requester: no one else sees, follows, downloads or
retries it, whatever their role. Walks the whole `exports` namespace."""

import pytest
from django.urls import get_resolver, reverse

from exports.models import ExportJob
from exports.services import export_job_request
from tests import builders
from tests.exports.conftest import SAMPLE

PERSONAL_URLS = {
    "job_detail": {"job_id"},
    "job_status": {"job_id"},
    "job_download": {"job_id"},
    "job_retry": {"job_id"},
}
# The list shows the user's own jobs; a request covers the user's structures.
OTHER_URLS = {"job_list", "job_request"}


def patterns():
    _prefix, resolver = get_resolver().namespace_dict["exports"]
    return list(resolver.url_patterns)


def test_the_matrix_covers_every_url_of_the_namespace():
    assert {p.name for p in patterns()} == set(PERSONAL_URLS) | OTHER_URLS
    for pattern in patterns():
        if pattern.name in PERSONAL_URLS:
            assert set(pattern.pattern.converters) == PERSONAL_URLS[pattern.name]


@pytest.fixture
def jobs(producer, pro_corbeil, django_capture_on_commit_callbacks):
    """A done job and a failed one of Corbeil's professional."""
    with django_capture_on_commit_callbacks(execute=True):
        done = export_job_request(
            user=pro_corbeil, kind=SAMPLE, params={}, file_format="csv"
        )
    producer.fail_at = 0
    with django_capture_on_commit_callbacks(execute=True):
        failed = export_job_request(
            user=pro_corbeil, kind=SAMPLE, params={}, file_format="csv"
        )
    producer.fail_at = None
    return {"done": done, "failed": failed}


def _state():
    return list(
        ExportJob.objects.order_by("pk").values_list(
            "pk", "status", "attempts", "file", "requester_id"
        )
    )


@pytest.mark.parametrize(
    "actor", ["other_professional", "coordinator", "beneficiary", "anonymous"]
)
def test_no_one_else_reaches_a_persons_export(
    client, jobs, actor, corbeil, pro_corbeil, coordinator
):
    if actor == "other_professional":
        # Even a colleague of the same structure.
        client.force_login(builders.professional(corbeil, username="collegue"))
    elif actor == "coordinator":
        client.force_login(coordinator)
    elif actor == "beneficiary":
        person = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")[0]
        client.force_login(person.user)
    before = _state()
    for name in PERSONAL_URLS:
        for job in jobs.values():
            url = reverse(f"exports:{name}", kwargs={"job_id": job.pk})
            for method in ("get", "post"):
                response = getattr(client, method)(url)
                if response.status_code == 302:
                    assert response["Location"].startswith(reverse("login")), name
                else:
                    assert response.status_code in (403, 404, 405), (name, method)
                assert corbeil.name not in response.content.decode(), name
    response = client.get(reverse("exports:job_list"))
    assert "Export d&#x27;essai" not in response.content.decode()
    assert _state() == before


def test_the_requester_does_reach_them(client, jobs, pro_corbeil):
    """The control that keeps the test above meaningful."""
    client.force_login(pro_corbeil)
    for name in ("job_detail", "job_status", "job_download"):
        url = reverse(f"exports:{name}", kwargs={"job_id": jobs["done"].pk})
        assert client.get(url).status_code == 200, name
    assert (
        "Export d&#x27;essai"
        in client.get(reverse("exports:job_list")).content.decode()
    )
