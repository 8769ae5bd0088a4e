"""The export task: a requested job streams its rows to a private file in
chunks, with its progress, and only a complete file is ever offered."""

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exports import services
from exports.models import ExportJob
from lms.spreadsheet import EXPORT_CHUNK_ROWS
from tests import builders
from tests.exports.conftest import SAMPLE


def _root() -> Path:
    return Path(ExportJob._meta.get_field("file").storage.location)


def _files_of(job) -> list[Path]:
    return sorted(_root().glob(f"{job.pk}-*"))


@pytest.fixture
def request_job(django_capture_on_commit_callbacks, pro_corbeil):
    def request(*, user=pro_corbeil, file_format="xlsx", params=None):
        with django_capture_on_commit_callbacks(execute=True):
            job = services.export_job_request(
                user=user,
                kind=SAMPLE,
                params=params or {},
                file_format=file_format,
            )
        job.refresh_from_db()
        return job

    return request


def test_a_requested_xlsx_export_runs_and_reads_back(
    producer, request_job, pro_corbeil, corbeil
):
    producer.rows = 3
    job = request_job(params={"label": "=SOMME(A1)"})
    assert job.status == ExportJob.Status.DONE
    assert job.scope == [corbeil.pk]
    assert (job.progress_done, job.progress_total, job.percent) == (3, 3, 100)
    assert job.attempts == 1 and job.expires_at > job.finished_at
    workbook = openpyxl.load_workbook(job.file.path, read_only=True)
    rows = [list(row) for row in workbook.active.iter_rows(values_only=True)]
    assert rows == [
        ["Numéro", "Structure", "Libellé"],
        [1, corbeil.name, "'=SOMME(A1) 1"],
        [2, corbeil.name, "'=SOMME(A1) 2"],
        [3, corbeil.name, "'=SOMME(A1) 3"],
    ]
    assert _files_of(job) == [Path(job.file.path)]


def test_a_csv_export_is_spreadsheet_ready(producer, request_job, corbeil):
    producer.rows = 2
    job = request_job(file_format="csv")
    raw = Path(job.file.path).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert lines == [
        ["Numéro", "Structure", "Libellé"],
        ["1", corbeil.name, "Ligne 1"],
        ["2", corbeil.name, "Ligne 2"],
    ]


def test_the_task_reads_only_the_structures_stored_at_request_time(
    producer, django_capture_on_commit_callbacks, pro_corbeil, corbeil, grigny
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job = services.export_job_request(
            user=pro_corbeil, kind=SAMPLE, params={}, file_format="csv"
        )
    # Meanwhile the professional joins Grigny: the job still covers Corbeil only.
    builders.professional(grigny, username="autre")
    pro_corbeil.memberships.create(structure=grigny)
    for callback in callbacks:
        callback()
    job.refresh_from_db()
    text = Path(job.file.path).read_text("utf-8-sig")
    assert corbeil.name in text and grigny.name not in text


def test_progress_is_written_once_per_chunk_and_seen_while_running(
    producer, request_job
):
    producer.rows = 2 * EXPORT_CHUNK_ROWS + 10
    seen = []

    def during(i):
        if i == EXPORT_CHUNK_ROWS + 1:
            seen.append(ExportJob.objects.values_list("status", "progress_done")[0])

    producer.during = during
    with CaptureQueriesContext(connection) as queries:
        job = request_job()
    assert seen == [(ExportJob.Status.RUNNING, EXPORT_CHUNK_ROWS)]
    progress_updates = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith('UPDATE "exports_exportjob" SET "progress_done"')
    ]
    assert len(progress_updates) == 3  # 2000, 4000, 4010
    assert job.progress_done == job.progress_total == producer.rows


def test_the_queries_grow_by_one_update_per_chunk_only(producer, request_job):
    def queries_for(rows):
        producer.rows = rows
        with CaptureQueriesContext(connection) as queries:
            request_job(file_format="csv")
        return len(queries)

    queries_for(1)  # what is cached once per process
    two_chunks = queries_for(2 * EXPORT_CHUNK_ROWS)
    ten_chunks = queries_for(10 * EXPORT_CHUNK_ROWS)
    assert ten_chunks - two_chunks == 8


def test_a_failing_producer_leaves_a_french_message_and_no_file(producer, request_job):
    producer.rows = 3 * EXPORT_CHUNK_ROWS
    producer.fail_at = EXPORT_CHUNK_ROWS + 5
    job = request_job()
    assert job.status == ExportJob.Status.FAILED
    assert job.error.startswith("L'export n'a pas pu être produit.")
    assert "secret" not in job.error and "Traceback" not in job.error
    assert not job.file and job.expires_at is None
    assert _files_of(job) == []


def test_a_producer_may_explain_its_failure_in_french(producer, request_job):
    producer.fail_at = 0
    producer.error = services.ExportError("La période est trop longue.")
    job = request_job()
    assert (job.status, job.error) == (
        ExportJob.Status.FAILED,
        "La période est trop longue.",
    )


def test_a_failed_job_can_be_retried_from_scratch(
    producer, request_job, django_capture_on_commit_callbacks, pro_corbeil
):
    producer.fail_at = 2
    job = request_job()
    producer.fail_at = None
    with django_capture_on_commit_callbacks(execute=True):
        services.export_job_retry(user=pro_corbeil, job=job)
    job.refresh_from_db()
    assert (job.status, job.error, job.attempts) == (ExportJob.Status.DONE, "", 2)
    assert _files_of(job) == [Path(job.file.path)]


def test_only_a_failed_job_is_retried_and_only_by_its_requester(
    producer, request_job, pro_grigny
):
    job = request_job()
    with pytest.raises(ValidationError):
        services.export_job_retry(user=job.requester, job=job)
    with pytest.raises(PermissionDenied):
        services.export_job_retry(user=pro_grigny, job=job)


def test_running_a_done_job_again_changes_nothing(producer, request_job):
    job = request_job()
    before = (job.file.name, job.attempts, job.finished_at)
    assert services.export_job_run(job_id=job.pk) is None
    job.refresh_from_db()
    assert (job.file.name, job.attempts, job.finished_at) == before
    assert producer.calls == 1


def test_a_job_whose_worker_died_runs_again_from_scratch(producer, request_job):
    job = request_job()
    # The worker died mid-way: the job says « en cours » and a part is left.
    stale = _root() / f"{job.pk}-1-dead.xlsx.part"
    stale.write_bytes(b"half")
    Path(job.file.path).unlink()
    ExportJob.objects.filter(pk=job.pk).update(
        status=ExportJob.Status.RUNNING, file="", progress_done=3
    )
    job = services.export_job_run(job_id=job.pk)
    assert (job.status, job.attempts, job.progress_done) == (
        ExportJob.Status.DONE,
        2,
        producer.rows,
    )
    assert Path(job.file.path).exists()
    stale.unlink()


def test_a_stale_worker_neither_overwrites_the_rerun_nor_leaves_a_file(
    producer, request_job, django_capture_on_commit_callbacks, pro_corbeil
):
    """The task delivered twice: the second run takes the job over while the
    first is still writing; the first one's writes and file are dropped."""
    producer.rows = EXPORT_CHUNK_ROWS + 5
    with django_capture_on_commit_callbacks(execute=False):
        job = services.export_job_request(
            user=pro_corbeil, kind=SAMPLE, params={}, file_format="csv"
        )
    rerun = []

    def during(i):
        if i == 3 and not rerun:
            rerun.append(True)
            producer.during = None
            services.export_job_run(job_id=job.pk)

    producer.during = during
    services.export_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.attempts) == (ExportJob.Status.DONE, 2)
    assert job.progress_done == producer.rows
    assert _files_of(job) == [Path(job.file.path)]


def test_someone_without_the_role_cannot_ask(producer, corbeil, pro_corbeil):
    person = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")[0]
    with pytest.raises(PermissionDenied):
        services.export_job_request(
            user=person.user, kind=SAMPLE, params={}, file_format="csv"
        )
    assert not ExportJob.objects.exists()


@pytest.mark.parametrize(
    ("kind", "file_format", "message"),
    [
        ("inconnu", "csv", "Ce type d'export n'existe pas."),
        (SAMPLE, "pdf", "Choisissez le format du fichier : xlsx ou CSV."),
    ],
)
def test_a_bad_request_is_refused_in_french(
    producer, pro_corbeil, kind, file_format, message
):
    with pytest.raises(ValidationError) as error:
        services.export_job_request(
            user=pro_corbeil, kind=kind, params={}, file_format=file_format
        )
    assert error.value.messages == [message]
    assert not ExportJob.objects.exists()
