"""Export files expire: the hourly task (and `manage.py exports_cleanup`)
removes them and marks their jobs expired."""

import datetime
import os
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django_q.models import Schedule

from exports import services, tasks
from exports.models import ExportJob
from tests.exports.conftest import SAMPLE


@pytest.fixture
def done_job(producer, pro_corbeil, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        job = services.export_job_request(
            user=pro_corbeil, kind=SAMPLE, params={}, file_format="csv"
        )
    job.refresh_from_db()
    return job


def test_a_file_lives_for_the_configured_time(done_job):
    assert done_job.expires_at - done_job.finished_at == settings.EXPORT_FILE_TTL
    assert datetime.timedelta(hours=24) == settings.EXPORT_FILE_TTL


def test_the_cleanup_removes_expired_files_and_marks_the_jobs(done_job):
    path = Path(done_job.file.path)
    assert services.export_jobs_expire(now=done_job.expires_at) == 1
    done_job.refresh_from_db()
    assert (done_job.status, done_job.file.name) == (ExportJob.Status.EXPIRED, "")
    assert not path.exists()
    assert services.export_jobs_expire(now=done_job.expires_at) == 0


def test_the_cleanup_keeps_files_still_valid(done_job):
    before = done_job.expires_at - datetime.timedelta(minutes=1)
    assert services.export_jobs_expire(now=before) == 0
    done_job.refresh_from_db()
    assert done_job.status == ExportJob.Status.DONE
    assert Path(done_job.file.path).exists()


def test_abandoned_temporary_files_are_removed_once_old(db, empty_export_folder):
    old = empty_export_folder / "7-1-abc.xlsx.part"
    fresh = empty_export_folder / "8-1-def.xlsx.part"
    for path in (old, fresh):
        path.write_bytes(b"half")
    long_ago = (timezone.now() - settings.EXPORT_FILE_TTL).timestamp() - 60
    os.utime(old, (long_ago, long_ago))
    services.export_jobs_expire()
    assert not old.exists() and fresh.exists()


def test_an_old_file_no_job_offers_is_removed_but_not_an_offered_one(
    done_job, empty_export_folder
):
    orphan = empty_export_folder / "99-deleted.csv"
    orphan.write_bytes(b"rows of a deleted job")
    long_ago = (timezone.now() - settings.EXPORT_FILE_TTL).timestamp() - 60
    for path in (orphan, Path(done_job.file.path)):
        os.utime(path, (long_ago, long_ago))
    services.export_jobs_expire()
    assert not orphan.exists()
    assert Path(done_job.file.path).exists()  # expires_at decides, not the age


def test_the_command_and_the_task_run_the_cleanup(done_job):
    ExportJob.objects.filter(pk=done_job.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    out = StringIO()
    call_command("exports_cleanup", stdout=out)
    assert "1 export(s) expiré(s)." in out.getvalue()
    assert tasks.export_jobs_expire() == 0


def test_the_cleanup_is_scheduled_every_hour(db):
    schedule = Schedule.objects.get(name="exports.export_jobs_expire")
    assert schedule.func == "exports.tasks.export_jobs_expire"
    assert schedule.schedule_type == Schedule.HOURLY and schedule.repeats == -1


def test_export_files_live_outside_the_public_media_folder(done_job):
    root = Path(settings.EXPORT_ROOT).resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    assert not root.is_relative_to(media)
    assert Path(done_job.file.path).resolve().is_relative_to(root)
    with pytest.raises(ValueError):
        done_job.file.url  # noqa: B018
