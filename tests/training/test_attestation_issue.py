"""An attestation is issued once, when the path becomes complete, with a PDF
made by the task and e-mailed to the holder."""

import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from courses.services import lesson_complete
from tests.training import helpers
from training import services
from training.codes import ALPHABET, LENGTH, code_generate, code_normalize
from training.models import Attestation, PdfStatus


def _finish(user, path, capture):
    with capture(execute=True):
        helpers.complete_lessons(user, path["lessons"])
    with capture(execute=True):
        helpers.answer_quiz(user, path)
    with capture(execute=True):
        helpers.mark_open_answers(user)


def test_the_alphabet_has_no_ambiguous_character():
    assert not set("01OILU") & set(ALPHABET)
    assert len(ALPHABET) == len(set(ALPHABET)) == 30
    codes = {code_generate() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(code) == LENGTH and set(code) <= set(ALPHABET) for code in codes)


def test_typed_codes_are_normalised():
    assert code_normalize(" abcde-2345 6 ") == "ABCDE23456"


def test_no_attestation_while_the_path_is_not_complete(
    path, pro_corbeil, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        helpers.complete_lessons(pro_corbeil, path["lessons"])
    with django_capture_on_commit_callbacks(execute=True):
        helpers.answer_quiz(pro_corbeil, path)
    # The open answer waits for marking: not complete yet.
    assert not Attestation.objects.exists()


def test_marking_the_last_answer_issues_the_attestation_with_its_pdf(
    path, pro_corbeil, django_capture_on_commit_callbacks
):
    pro_corbeil.email = "nadia@example.org"
    pro_corbeil.last_name = "Belkacem"
    pro_corbeil.save()
    _finish(pro_corbeil, path, django_capture_on_commit_callbacks)
    attestation = Attestation.objects.get()
    assert attestation.holder == pro_corbeil
    assert attestation.holder_name == "Nadia Belkacem"
    assert attestation.modules == ["Module 1", "Module 2"]
    assert attestation.network_name
    assert set(attestation.code) <= set(ALPHABET)
    assert attestation.pdf_status == PdfStatus.READY
    pdf = attestation.pdf.read()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type /Page\b", pdf)) >= 1
    # The verification address (with the code) is a link in the PDF.
    assert f"/attestations/verifier/{attestation.code}/".encode() in pdf
    (message,) = mail.outbox
    assert message.to == ["nadia@example.org"]
    assert attestation.code_display in message.body
    ((name, content, kind),) = message.attachments
    assert kind == "application/pdf" and content.startswith(b"%PDF")
    assert name == f"attestation-{attestation.code}.pdf"


def test_no_email_for_a_holder_without_address(
    path, pro_corbeil, django_capture_on_commit_callbacks
):
    _finish(pro_corbeil, path, django_capture_on_commit_callbacks)
    assert Attestation.objects.get().pdf_status == PdfStatus.READY
    assert mail.outbox == []


def test_issuing_again_returns_the_same_attestation(
    path, pro_corbeil, django_capture_on_commit_callbacks
):
    _finish(pro_corbeil, path, django_capture_on_commit_callbacks)
    first = Attestation.objects.get()
    # A later completion (a lesson again) issues nothing new.
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=pro_corbeil, lesson=path["lessons"][0])
    assert services.attestation_issue_if_complete(user=pro_corbeil) == first
    assert Attestation.objects.count() == 1


def test_two_completions_racing_give_one_attestation(path, pro_corbeil, monkeypatch):
    helpers.finish_path(pro_corbeil, path)
    Attestation.objects.all().delete()
    real = services.path_progress_get

    def meanwhile(**kwargs):
        # The other request commits its attestation between our read and write.
        progress = real(**kwargs)
        if not Attestation.objects.exists():
            Attestation.objects.create(
                holder=pro_corbeil, holder_name="Nadia", code=code_generate()
            )
        return progress

    monkeypatch.setattr(services, "path_progress_get", meanwhile)
    attestation = services.attestation_issue_if_complete(user=pro_corbeil)
    assert Attestation.objects.count() == 1
    assert attestation == Attestation.objects.get()


def test_the_database_refuses_a_second_attestation_per_holder(path, pro_corbeil):
    Attestation.objects.create(holder=pro_corbeil, holder_name="A", code="ABCDE23456")
    with pytest.raises(IntegrityError), transaction.atomic():
        Attestation.objects.create(
            holder=pro_corbeil, holder_name="A", code="ABCDE23457"
        )


def test_without_pango_the_attestation_exists_and_says_why(
    path, pro_corbeil, django_capture_on_commit_callbacks, no_weasyprint
):
    _finish(pro_corbeil, path, django_capture_on_commit_callbacks)
    attestation = Attestation.objects.get()
    assert attestation.pdf_status == PdfStatus.FAILED
    assert attestation.pdf_error == "Le PDF n'a pas pu être produit sur ce serveur."
    assert not attestation.pdf


def test_a_coordinator_retries_a_failed_pdf(
    path, pro_corbeil, django_capture_on_commit_callbacks
):
    _finish(pro_corbeil, path, django_capture_on_commit_callbacks)
    attestation = Attestation.objects.get()
    Attestation.objects.update(pdf_status=PdfStatus.FAILED, pdf="")
    attestation.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.attestation_pdf_retry(by=pro_corbeil, attestation=attestation)
    with django_capture_on_commit_callbacks(execute=True):
        services.attestation_pdf_retry(
            by=helpers.coordinator_user(), attestation=attestation
        )
    attestation.refresh_from_db()
    assert attestation.pdf_status == PdfStatus.READY
    assert attestation.pdf.read().startswith(b"%PDF")
