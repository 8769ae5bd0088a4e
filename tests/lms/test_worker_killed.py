"""A task-cluster worker killed (SIGKILL) in the middle of a task, with the rest
of its cluster (a machine that crashed): the ORM broker hands the unacknowledged
task out again `retry` seconds after it was taken, and a new cluster runs it to
completion exactly once. PostgreSQL only (the production broker's database);
about 30 s."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection
from django_q.models import OrmQ, Success

ROOT = Path(__file__).resolve().parents[2]
RETRY = 8  # seconds; Q_TIMEOUT below it, as lms.settings requires
pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the ORM broker on PostgreSQL"
    ),
    pytest.mark.django_db(transaction=True),
]


def _env() -> dict:
    db = connection.settings_dict
    url = (
        f"postgres://{quote(db['USER'] or '')}:{quote(db['PASSWORD'] or '')}"
        f"@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "REDIS_URL", "TRUSTED_PROXIES"}
    }
    return env | {
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DEBUG": "0",
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": url,
        "Q_WORKERS": "1",
        "Q_TIMEOUT": str(RETRY - 2),
        "Q_RETRY": str(RETRY),
        "LOG_LEVEL": "WARNING",
    }


def _lines(path: Path, kind: str) -> list[str]:
    if not path.exists():
        return []
    return [line for line in path.read_text().splitlines() if line.startswith(kind)]


def _wait(condition, timeout: float, what: str, log: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}\n{log.read_text()[-3000:]}")


def _cluster(env: dict, log: Path) -> subprocess.Popen:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def test_a_task_whose_worker_was_killed_runs_again_and_completes_once(tmp_path):
    env = _env()
    runs = tmp_path / "runs.txt"
    log = tmp_path / "clusters.log"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import django, sys; django.setup(); "
            "from django_q.tasks import async_task; "
            "async_task('tests.lms.tasks.slow_record', 1, sys.argv[1], 4)",
            str(runs),
        ],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=60,
    )
    first = _cluster(env, log)
    try:
        _wait(lambda: _lines(runs, "start"), 60, "the task to start", log)
        worker_pid = int(_lines(runs, "start")[0].split()[2])
        os.kill(worker_pid, signal.SIGKILL)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait(10)
    assert _lines(runs, "done") == [], "the task finished before it was killed"
    assert OrmQ.objects.count() == 1, "the killed task left the queue"

    second = _cluster(env, log)
    try:
        _wait(lambda: _lines(runs, "done"), RETRY + 60, "the task to complete", log)
        _wait(lambda: OrmQ.objects.count() == 0, 30, "the acknowledgement", log)
        # Longer than `retry`: a task handed out twice would show up now.
        time.sleep(RETRY + 1)
    finally:
        second.terminate()
        try:
            second.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(second.pid, signal.SIGKILL)
            second.wait(10)

    assert len(_lines(runs, "start")) == 2
    assert len(_lines(runs, "done")) == 1
    assert Success.objects.filter(func="tests.lms.tasks.slow_record").count() == 1
