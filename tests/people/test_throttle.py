"""people.throttle: every guess counter keeps its window and counts atomically."""

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.db import connection
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from people.models import FailureCounter
from people.throttle import (
    GUIDED_PIN,
    JOIN_CODE,
    PIN,
    attempt_release,
    attempt_reserve,
    failures_exceeded,
)
from tests import builders
from tests.people import parallel_guesses

ROOT = Path(__file__).resolve().parents[2]


def _request(address="10.0.0.7"):
    return RequestFactory().post("/", REMOTE_ADDR=address)


def _later(minutes: int):
    return mock.patch(
        "django.utils.timezone.now",
        return_value=timezone.now() + timedelta(minutes=minutes),
    )


@pytest.mark.parametrize(
    ("kind", "subject", "limit_setting"),
    [
        (PIN, None, "PIN_FAILURES_PER_ADDRESS"),
        (JOIN_CODE, None, "JOIN_CODE_FAILURES_PER_ADDRESS"),
        (GUIDED_PIN, "42", None),
    ],
)
def test_a_counter_still_blocks_after_ten_minutes(
    db, settings, kind, subject, limit_setting
):
    if limit_setting:
        setattr(settings, limit_setting, 5)
    for _ in range(5):
        assert attempt_reserve(_request(), kind, subject)
    assert not attempt_reserve(_request(), kind, subject)
    # The database cache's incr used to re-set the key for 5 minutes.
    with _later(10):
        assert failures_exceeded(_request(), kind, subject)
        assert not attempt_reserve(_request(), kind, subject)
    # The window is AXES_COOLOFF_TIME (15 minutes) from the first guess.
    assert timedelta(minutes=15) == settings.AXES_COOLOFF_TIME
    with _later(16):
        assert not failures_exceeded(_request(), kind, subject)
        assert attempt_reserve(_request(), kind, subject)


def test_guesses_inside_the_window_do_not_extend_it(db, settings):
    settings.JOIN_CODE_FAILURES_PER_ADDRESS = 3
    attempt_reserve(_request(), JOIN_CODE)
    with _later(14):
        attempt_reserve(_request(), JOIN_CODE)
        attempt_reserve(_request(), JOIN_CODE)
        assert not attempt_reserve(_request(), JOIN_CODE)
    with _later(16):
        assert attempt_reserve(_request(), JOIN_CODE)


def test_a_right_guess_gives_its_place_back(db, settings):
    settings.PIN_FAILURES_PER_ADDRESS = 2
    assert attempt_reserve(_request(), PIN)
    attempt_release(_request(), PIN)
    assert attempt_reserve(_request(), PIN)
    assert attempt_reserve(_request(), PIN)
    assert not attempt_reserve(_request(), PIN)


def test_addresses_and_subjects_count_apart(db, settings):
    settings.PIN_FAILURES_PER_ADDRESS = 1
    assert attempt_reserve(_request("10.0.0.1"), PIN)
    assert not attempt_reserve(_request("10.0.0.1"), PIN)
    assert attempt_reserve(_request("10.0.0.2"), PIN)
    assert attempt_reserve(_request(), GUIDED_PIN, "1")
    assert attempt_reserve(_request(), GUIDED_PIN, "2")


def test_ended_windows_are_forgotten(db):
    attempt_reserve(_request("10.0.0.1"), PIN)
    with _later(20):
        attempt_reserve(_request("10.0.0.2"), PIN)
    assert list(FailureCounter.objects.values_list("key", flat=True)) == [
        "pin-failures:10.0.0.2"
    ]


def test_the_sign_in_page_counts_a_wrong_pin_before_checking_it(client, corbeil):
    profile, pin = builders.beneficiary(corbeil)
    with (
        mock.patch("people.forms.pin_attempt_reserve", return_value=False) as reserve,
        mock.patch("people.forms.LoginCodeBackend.authenticate") as check,
    ):
        response = client.post(
            reverse("people:code_login"),
            {"login_code": profile.login_code, "pin": pin},
        )
    reserve.assert_called_once()
    check.assert_not_called()  # over the limit: the PIN is never checked
    assert "Trop d" in response.content.decode()


def _assert_limits_held(results: dict) -> None:
    limit = parallel_guesses.LIMIT
    one_account = results["one_account"]
    assert set(one_account["statuses"]) == {200}, one_account  # no 500
    assert one_account["failed_pin_attempts"] == limit
    assert one_account["locked"]
    one_address = results["one_address"]
    assert set(one_address["statuses"]) == {200}, one_address
    assert one_address["checked"] == limit
    for kind in ("guided_pin", "join_code"):
        assert results[kind]["granted"].count(True) == limit, results[kind]


@pytest.mark.django_db(transaction=True)
def test_twenty_parallel_guesses_never_pass_the_limits_on_postgresql(groups):
    if connection.vendor != "postgresql":
        pytest.skip("threads need real concurrent connections: PostgreSQL")
    _assert_limits_held(parallel_guesses.all_results())


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="the SQLite file run; PostgreSQL has its own",
)
def test_twenty_parallel_guesses_never_pass_the_limits_on_a_sqlite_file(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "people" / "parallel_guesses.py"),
            str(tmp_path / "guesses.sqlite3"),
        ],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    _assert_limits_held(json.loads(done.stdout.strip().splitlines()[-1]))
