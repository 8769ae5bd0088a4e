import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import builders

ROOT = Path(__file__).resolve().parents[2]


def _import_production(**env):
    clean = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}
    }
    return subprocess.run(
        [sys.executable, "-c", "import lms.settings.production"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [({}, "SECRET_KEY"), ({"SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS")],
)
def test_production_refuses_to_start_without_its_secrets(env, missing):
    result = _import_production(**env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_starts_with_its_secrets():
    result = _import_production(SECRET_KEY="x" * 50, ALLOWED_HOSTS="relais.example.org")
    assert result.returncode == 0, result.stderr


def test_database_url_switches_to_postgresql():
    code = (
        "import lms.settings.dev as s; "
        "print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['PORT'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": "postgres://u:p@127.0.0.1:5499/relais"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["django.db.backends.postgresql", "5499"]


def test_pages_are_sent_compressed(client, workshops):
    course = builders.course(workshops, modules=1, lessons_per_module=1)
    response = client.get(course.url, headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert course.title in gzip.decompress(response.content).decode()


@pytest.mark.django_db
@pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").split(":")[0] not in {"postgres", "postgresql"},
    reason="PostgreSQL's planner settings",
)
@pytest.mark.parametrize(
    ("setting", "value"),
    [
        # No machine code compiled for a page's queries (lms/settings/base.py).
        ("jit", "off"),
        # Random reads priced as in memory or on SSD, not on a spinning disk.
        ("random_page_cost", "1.1"),
    ],
)
def test_postgresql_connections_carry_the_planner_settings(setting, value):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SHOW {setting}")
        assert cursor.fetchone() == (value,)
