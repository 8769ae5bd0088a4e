"""Scale-out on a real Redis: two task clusters and two app servers share it.

A redis-server on a free local port (Debian package, installed by
scripts/ensure-package.sh in `make test`), and a database the subprocesses share
(a file copy of the SQLite test database, or the PostgreSQL test database).
"""

import http.client
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
import redis
from django.db import connection

from tests import builders

ROOT = Path(__file__).resolve().parents[2]
TASKS = 1000
pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(condition, timeout: float, what: str, logs=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    details = f"\n{logs.logs()}" if logs else ""
    pytest.fail(f"timed out after {timeout} s waiting for {what}{details}")


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    binary = shutil.which("redis-server")
    if binary is None:
        message = "redis-server is missing: apt-get install redis-server"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port = _free_port()
    folder = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)

    def up():
        try:
            return client.ping()
        except redis.ConnectionError:
            return False

    try:
        _wait(up, 30, "redis-server")
        yield url
    finally:
        client.close()
        server.terminate()
        server.wait(10)


def _shared_database_url(folder: Path) -> str:
    """The test database, committed, reachable from other processes."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(folder / "shared.sqlite3")
        connection.connection.backup(target)
        target.close()
        return f"sqlite:///{folder / 'shared.sqlite3'}"
    db = connection.settings_dict
    return (
        f"postgres://{quote(db['USER'] or '')}:{quote(db['PASSWORD'] or '')}"
        f"@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    )


def _env(redis_url: str, database_url: str, **extra) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "TRUSTED_PROXIES"}
    }
    return env | {
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DEBUG": "0",
        "PYTHONPATH": str(ROOT),
        "REDIS_URL": redis_url,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
        **extra,
    }


class _Processes:
    def __init__(self, folder: Path):
        self.folder = folder
        self.running: list[tuple[subprocess.Popen, Path]] = []

    def start(self, name: str, args: list[str], env: dict) -> subprocess.Popen:
        log = self.folder / f"{name}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                args,
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.running.append((process, log))
        return process

    def logs(self) -> str:
        return "\n".join(
            f"--- {log.name}\n{log.read_text()[-3000:]}" for _, log in self.running
        )

    def stop(self):
        for process, _ in self.running:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + 5
        for process, _ in self.running:
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                # A cluster still winding down: end its whole process group
                # (its workers, monitor and pusher), started by this test.
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)


@pytest.fixture
def processes(tmp_path):
    started = _Processes(tmp_path)
    yield started
    started.stop()


def test_two_clusters_run_each_of_1000_tasks_exactly_once(
    redis_url, processes, tmp_path, record_property
):
    env = _env(redis_url, _shared_database_url(tmp_path), Q_WORKERS="2")
    runs = tmp_path / "runs.txt"
    broker = redis.Redis.from_url(redis_url)
    for name in ("cluster-a", "cluster-b"):
        processes.start(name, [sys.executable, "manage.py", "qcluster"], env)
    # Both clusters announce themselves in Redis once their workers are up.
    _wait(
        lambda: len(broker.keys("django_q:relais:cluster:*")) >= 2,
        90,
        "two running clusters",
        processes,
    )
    started = time.monotonic()
    enqueue = (
        "import django, sys; django.setup(); "
        "from django_q.tasks import async_task; "
        "[async_task('tests.lms.tasks.run_record', n, sys.argv[2]) "
        "for n in range(int(sys.argv[1]))]"
    )
    subprocess.run(
        [sys.executable, "-c", enqueue, str(TASKS), str(runs)],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=60,
    )

    def line_count():
        return runs.exists() and len(runs.read_text().splitlines()) >= TASKS

    _wait(line_count, 120, f"{TASKS} runs", processes)
    elapsed = time.monotonic() - started
    time.sleep(0.5)  # a doubled run would land now
    lines = [line.split() for line in runs.read_text().splitlines()]
    counts = Counter(int(n) for n, _ in lines)
    assert sorted(counts) == list(range(TASKS)), "lost tasks"
    assert set(counts.values()) == {1}, "tasks run twice"
    # Both clusters took their share (each line names its cluster's sentinel).
    assert len({parent for _, parent in lines}) >= 2
    assert broker.llen("django_q:relais:q") == 0
    record_property("seconds_for_all_tasks", round(elapsed, 1))


def _csrf_token(port: int) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/connexion/code/")
    response = conn.getresponse()
    response.read()
    cookie = response.getheader("Set-Cookie", "")
    conn.close()
    return cookie.split("csrftoken=", 1)[1].split(";", 1)[0]


def _pin_attempt(port: int, token: str, code: str, pin: str, client: str):
    """(status, page) of one code + PIN sign-in, as `client` behind the proxy."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(
        "POST",
        "/connexion/code/",
        body=urlencode({"login_code": code, "pin": pin}),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={token}",
            "X-CSRFToken": token,
            "X-Forwarded-For": client,
        },
    )
    response = conn.getresponse()
    page = response.read().decode()
    conn.close()
    return response.status, page


def test_two_app_servers_share_the_sign_in_limits(
    redis_url, processes, tmp_path, corbeil
):
    people = [builders.beneficiary(corbeil) for _ in range(8)]
    env = _env(
        redis_url,
        _shared_database_url(tmp_path),
        PIN_FAILURES_PER_ADDRESS="6",
        TRUSTED_PROXIES="127.0.0.1",
    )
    ports = [_free_port(), _free_port()]
    for name, port in zip(("app-a", "app-b"), ports, strict=True):
        processes.start(
            name,
            [
                sys.executable,
                "-m",
                "gunicorn",
                "lms.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
            ],
            env,
        )

    def serving(port):
        try:
            return _csrf_token(port)
        except (OSError, IndexError):
            return None

    token = _wait(lambda: serving(ports[0]), 90, "app server A", processes)
    _wait(lambda: serving(ports[1]), 90, "app server B", processes)
    a, b = ports

    # One account: five wrong PINs, alternating servers, lock it on both.
    (profile, pin), *others = people
    for n in range(5):
        status, page = _pin_attempt(
            ports[n % 2], token, profile.login_code, "0000", "198.51.100.1"
        )
        assert status == 200
    assert "Votre compte est bloqué" in page
    status, page = _pin_attempt(a, token, profile.login_code, pin, "198.51.100.1")
    assert status == 200
    assert "Votre compte est bloqué" in page

    # One address: six wrong PINs on six accounts, three on each server, reach
    # the shared limit; separate caches would have counted three each.
    for n, (each, _pin) in enumerate(others[:6]):
        status, page = _pin_attempt(
            ports[n % 2], token, each.login_code, "0000", "198.51.100.2"
        )
        assert "Trop d" not in page
    last, last_pin = others[6]
    for port in ports:
        status, page = _pin_attempt(
            port, token, last.login_code, last_pin, "198.51.100.2"
        )
        assert status == 200
        assert "Trop d" in page
    # The counters live in the shared database (a locked row each, see
    # people/throttle.py), under the address the proxy forwarded.
    key = "pin-failures:198.51.100.2"
    if connection.vendor == "sqlite":
        shared = sqlite3.connect(tmp_path / "shared.sqlite3")
        (count,) = shared.execute(
            "SELECT count FROM people_failurecounter WHERE key = ?", [key]
        ).fetchone()
        shared.close()
    else:
        from people.models import FailureCounter

        count = FailureCounter.objects.get(key=key).count
    assert count == 6
    # Another visitor behind the same proxy still signs in.
    status, _page = _pin_attempt(b, token, last.login_code, last_pin, "198.51.100.3")
    assert status == 302
