"""The production-like stack the HTTP benchmarks run on, in one place:
a throwaway PostgreSQL cluster (scripts/postgres.sh), Redis when installed,
production settings, `manage.py` and gunicorn.

    with BenchStack(redis=True, keep=args.keep) as stack:
        stack.manage("migrate", "--no-input")
        base = stack.gunicorn(workers=2)

On leaving, every process it started stops and the cluster is removed, unless
`keep`: then the cluster stays up (for EXPLAIN ANALYZE on the built data) and
its DATABASE_URL and stop command are printed.

Used by scripts/bench_http.py and scripts/bench_network.py.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
if not Path(PY).exists():  # a worktree sharing another checkout's venv
    PY = sys.executable
POSTGRES_SH = str(ROOT / "scripts" / "postgres.sh")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"Nothing answers on port {port}")


class BenchStack:
    """PostgreSQL (+ Redis) and the environment of lms.settings.production."""

    def __init__(
        self, *, redis: bool = True, keep: bool = False, pg_settings: str = ""
    ):
        self.redis = redis
        self.pg_settings = pg_settings  # « -c shared_buffers=1GB », postgres.sh
        self.keep = keep
        self.procs: list[subprocess.Popen] = []
        self.env: dict[str, str] = {}
        self.database_url = ""
        # Its own folder: postgres.sh hands it to the postgres account.
        self.pgdir = Path(tempfile.mkdtemp(prefix="relais-bench-pg-"))
        self.tmp = Path(tempfile.mkdtemp(prefix="relais-bench-"))

    def __enter__(self) -> "BenchStack":
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        url = subprocess.run(
            [POSTGRES_SH, "start", str(self.pgdir)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PG_SETTINGS": self.pg_settings},
        ).stdout.strip()
        # A fresh cluster: its own « postgres » database is ours to fill.
        self.database_url = url.rsplit("/", 1)[0] + "/postgres"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "SECRET_KEY": "bench-only",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": self.database_url,
            "DATABASE_CONN_MAX_AGE": "600",
            "PYTHONPATH": str(ROOT),
        }
        if self.redis and shutil.which("redis-server"):
            port = free_port()
            self.procs.append(
                subprocess.Popen(
                    ["redis-server", "--port", str(port), "--save", ""]
                    + ["--appendonly", "no"],
                    stdout=subprocess.DEVNULL,
                )
            )
            wait_for(port)
            self.env["REDIS_URL"] = f"redis://127.0.0.1:{port}/0"

    @property
    def has_redis(self) -> bool:
        return "REDIS_URL" in self.env

    def manage(self, *argv: str) -> str:
        """Run a management command on the stack; its output, or exit."""
        done = subprocess.run(
            [PY, "manage.py", *argv],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise SystemExit(f"manage.py {' '.join(argv)}:\n{done.stderr}")
        return done.stdout

    def prepare(self) -> None:
        """Schema, cache table, static files and the demo."""
        print("Préparation (PostgreSQL, démo, fichiers statiques)…", flush=True)
        self.manage("migrate", "--no-input")
        self.manage("createcachetable")
        self.manage("collectstatic", "--no-input")
        self.manage("load_demo")

    def gunicorn(self, *, workers: int = 2, timeout: int = 300) -> subprocess.Popen:
        """gunicorn's master (sync workers) once it answers; `.base` is its URL."""
        binary = Path(PY).parent / "gunicorn"
        port = free_port()
        master = subprocess.Popen(
            [
                str(binary),
                "lms.wsgi:application",
                "--workers",
                str(workers),
                "--timeout",
                str(timeout),
                "--bind",
                f"127.0.0.1:{port}",
            ],
            cwd=ROOT,
            env=self.env,
            stderr=subprocess.DEVNULL,
        )
        self.procs.append(master)
        wait_for(port)
        master.base = f"http://127.0.0.1:{port}"
        return master

    def stop(self) -> None:
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        self.procs = []
        shutil.rmtree(self.tmp, ignore_errors=True)
        if self.keep and self.database_url:
            print(
                "\nLe cluster PostgreSQL reste en marche (--keep) :\n"
                f"  DATABASE_URL={self.database_url}\n"
                f"  psql {self.database_url}\n"
                f"  arrêt : {POSTGRES_SH} stop {self.pgdir}",
                flush=True,
            )
            return
        subprocess.run([POSTGRES_SH, "stop", str(self.pgdir)])
        shutil.rmtree(self.pgdir, ignore_errors=True)
