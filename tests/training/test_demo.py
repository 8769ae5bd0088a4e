"""The demo's professional has completed P1–P4 and holds her attestation."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from demo.services import demo_load
from training.models import Attestation, PdfStatus
from training.path import path_progress_get


def test_the_demo_professional_is_attested(client, db):
    result = demo_load()
    assert result["attestations"] == 1
    nadia = get_user_model().objects.get(username="pro.corbeil")
    progress = path_progress_get(users=[nadia])[nadia.pk]
    assert progress.complete
    assert [entry.short_title for entry in progress.modules] == ["P1", "P2", "P3", "P4"]
    assert all(entry.answers_marked for entry in progress.modules)
    attestation = Attestation.objects.get(holder=nadia)
    assert attestation.is_valid
    assert attestation.pdf_status == PdfStatus.READY
    assert attestation.modules[0].startswith("P1")
    page = client.get(reverse("training:verify", kwargs={"code": attestation.code}))
    assert "Attestation valide" in page.content.decode()
    # The other professional has not started: someone to try the path with.
    other = get_user_model().objects.get(username="pro.grigny")
    assert not path_progress_get(users=[other])[other.pk].started
