"""The database restarted under load: a French 503 page while it is down, then
the same app server answers again without a restart (CONN_HEALTH_CHECKS).

On PostgreSQL: a throwaway cluster (the pg_ctl of scripts/postgres.sh) holds a
copy of the test database; a gunicorn worker keeps persistent connections to it
(DATABASE_CONN_MAX_AGE) while the cluster is stopped and started again.
On SQLite the handler is checked in-process with a failing query."""

import http.client
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import OperationalError, connection
from django.test import Client
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]
UNAVAILABLE = "Le service est momentanément indisponible"


@pytest.mark.django_db
def test_a_database_error_gives_the_french_503_page(monkeypatch, learner):
    def down(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("lms.views.learner_home_get", down)
    client = Client(raise_request_exception=False)
    client.force_login(learner)

    response = client.get(reverse("learner_home"))

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert UNAVAILABLE in response.content.decode()
    assert "Traceback" not in response.content.decode()


@pytest.mark.django_db
def test_other_errors_keep_the_500_page(monkeypatch, learner):
    def broken(**kwargs):
        raise ZeroDivisionError

    monkeypatch.setattr("lms.views.learner_home_get", broken)
    client = Client(raise_request_exception=False)
    client.force_login(learner)

    response = client.get(reverse("learner_home"))

    assert response.status_code == 500
    assert "Une erreur est survenue" in response.content.decode()


def test_persistent_connections_are_checked_before_reuse():
    assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True


# --- The real restart, PostgreSQL only -------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pg_bin() -> Path:
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name
    )
    if not found:
        pytest.skip("PostgreSQL binaries are missing")
    return found[-1]


def _as_owner(args: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root (as in scripts/postgres.sh).
    return ["runuser", "-u", "postgres", "--", *args] if os.getuid() == 0 else args


class _Cluster:
    def __init__(self, folder: Path):
        self.bin = _pg_bin()
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        folder.mkdir(parents=True, exist_ok=True)
        if os.getuid() == 0:
            shutil.chown(folder, "postgres")
        subprocess.run(
            _as_owner(
                [str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres"]
                + ["-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]
            ),
            check=True,
            capture_output=True,
        )

    def ctl(self, action: str, *, check: bool = True):
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
            " -c fsync=off"
        )
        subprocess.run(
            _as_owner(
                [str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-m", "fast"]
                + ["-l", str(self.folder / "server.log"), "-o", options, action]
            ),
            check=check,
            capture_output=True,
        )

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


def _get(port: int, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        conn.request("GET", path, headers={"Host": "127.0.0.1"})
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


def _wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a real database server to stop"
)
def test_a_database_restart_gives_503_then_recovers_without_restarting_the_app(
    django_db_setup, django_db_blocker, tmp_path
):
    # Not under tmp_path: pytest's folder is closed to the postgres account.
    cluster = _Cluster(Path(tempfile.mkdtemp(prefix="relais-restart-")))
    cluster.ctl("start")
    server = None
    try:
        db = connection.settings_dict
        source = (
            f"postgres://{quote(db['USER'] or '')}:{quote(db['PASSWORD'] or '')}"
            f"@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        )
        subprocess.run(
            [str(cluster.bin / "createdb"), "-h", "127.0.0.1", "-p", str(cluster.port)]
            + ["-U", "postgres", "relais"],
            check=True,
        )
        dump = subprocess.run(
            [str(cluster.bin / "pg_dump"), "--no-owner", "-d", source],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(
            [str(cluster.bin / "psql"), "-q", "-v", "ON_ERROR_STOP=1"]
            + ["-d", cluster.url("relais")],
            input=dump,
            check=True,
            capture_output=True,
        )
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"DJANGO_SETTINGS_MODULE", "REDIS_URL", "TRUSTED_PROXIES"}
        } | {
            "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
            "DEBUG": "0",
            "PYTHONPATH": str(ROOT),
            "DATABASE_URL": cluster.url("relais"),
            # Persistent connections: the worker must notice they died.
            "DATABASE_CONN_MAX_AGE": "600",
            "LOG_LEVEL": "CRITICAL",
        }
        subprocess.run(
            [sys.executable, "manage.py", "createcachetable"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        port = _free_port()
        log = (tmp_path / "gunicorn.log").open("wb")
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "lms.wsgi:application"]
            + ["--workers", "1", "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        # The sign-in page reads the cache table (the database) on each request.
        _wait_for(lambda: _get(port, "/connexion/")[0] == 200, 60, "gunicorn")

        cluster.ctl("stop")
        status, page = _get(port, "/connexion/")
        assert status == 503, page
        assert UNAVAILABLE in page

        cluster.ctl("start")
        status, page = _get(port, "/connexion/")
        assert status == 200, page
        assert server.poll() is None, "the app server restarted or died"
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        cluster.ctl("stop", check=False)  # already stopped if a check failed
        shutil.rmtree(cluster.folder, ignore_errors=True)
