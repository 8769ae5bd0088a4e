"""HTTP benchmark: the signed-in learner pages beside a bare Wagtail page of the
same project, as in production: production settings, gunicorn (2 sync workers)
on PostgreSQL with Redis as the cache, load from wrk (20 connections).

Rounds alternate the pages so that a slower moment of the machine hits them all
alike. For each page: requests per second, p50 and p99 latency (medians over
the rounds) and the ratio to the bare page. Writes JSON and Markdown to
test-artifacts/bench-http/.

    make bench-http            # or: .venv/bin/python scripts/bench_http.py --rounds 5
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import urllib.request

from benchstack import ROOT, BenchStack

OUT = ROOT / "test-artifacts" / "bench-http"

SETUP = """
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY
from wagtail.models import Page
from courses.models import Enrollment, HomePage, LessonPage
from courses.selectors import course_outline_get

home = HomePage.objects.get()
bare = Page.objects.child_of(home).filter(slug="page-nue").first()
if bare is None:
    bare = home.add_child(instance=Page(title="Page nue", slug="page-nue"))
    bare.save_revision().publish()
joseph = get_user_model().objects.get(username="beneficiaire")
course = Enrollment.objects.filter(user=joseph).order_by("enrolled_at").first().course
lesson = course_outline_get(course=course, user=joseph).lessons[1].lesson
from importlib import import_module
from django.conf import settings
store = import_module(settings.SESSION_ENGINE).SessionStore()
store[SESSION_KEY] = str(joseph.pk)
store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
store[HASH_SESSION_KEY] = joseph.get_session_auth_hash()
store.save()
print(store.session_key, bare.url, lesson.url, course.url, sep="\\n")
"""


def ensure_tools() -> None:
    missing = [p for p in ("wrk", "redis-server") if shutil.which(p) is None]
    if missing:
        print(f"Installation de {', '.join(missing)} (apt)…", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", *missing],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )


def wrk(url: str, seconds: int, cookie: str | None) -> dict:
    cmd = ["wrk", "-t2", "-c20", f"-d{seconds}s", "--latency"]
    cmd += ["-H", "Accept-Encoding: gzip"]
    if cookie:
        cmd += ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, check=True).stdout
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if bad:
        raise SystemExit(f"{url}: {bad.group(1)} non-2xx answers\n{out}")

    def latency(pct: str) -> float:
        value, unit = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return {"rps": rps, "p50": latency("50"), "p99": latency("99")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument(
        "--keep", action="store_true", help="leave the PostgreSQL cluster running"
    )
    args = parser.parse_args()
    ensure_tools()
    with BenchStack(redis=True, keep=args.keep) as stack:
        if not stack.has_redis:
            raise SystemExit("redis-server est requis")
        stack.prepare()
        session, bare, lesson, course = stack.manage("shell", "-c", SETUP).split()[-4:]
        base = stack.gunicorn(workers=2).base
        pages = {
            "bare": (bare, None),
            "lesson": (lesson, session),
            "course": (course, session),
            "mine": ("/apprendre/mon-parcours/", session),
        }
        # The learner's browser: the session, and the CSRF cookie its first
        # page set (the signed-in pages' forms carry that secret).
        first = urllib.request.Request(base + lesson)
        first.add_header("Cookie", f"sessionid={session}")
        csrf = re.search(
            r"csrftoken=([^;]+)", urllib.request.urlopen(first).headers["Set-Cookie"]
        ).group(1)
        browser = f"sessionid={session}; csrftoken={csrf}"
        pages = {
            name: (path, browser if cookie else None)
            for name, (path, cookie) in pages.items()
        }
        for name, (path, cookie) in pages.items():
            request = urllib.request.Request(base + path)
            if cookie:
                request.add_header("Cookie", cookie)
            body = urllib.request.urlopen(request).read().decode()
            signed_in = "Se déconnecter" in body
            if signed_in != bool(cookie):
                raise SystemExit(
                    f"{name}: signed in = {signed_in}, expected {bool(cookie)}"
                )
            wrk(base + path, 2, cookie)  # warm the caches and the workers
        results = {name: [] for name in pages}
        names = list(pages)
        for round_number in range(args.rounds):
            # Alternate the order: each page runs first, last, in between.
            shift = round_number % len(names)
            for name in names[shift:] + names[:shift]:
                path, cookie = pages[name]
                results[name].append(wrk(base + path, args.seconds, cookie))
                print(
                    f"  tour {round_number + 1} {name:7} {results[name][-1]}",
                    flush=True,
                )

    summary = {}
    for name, runs in results.items():
        summary[name] = {
            key: round(statistics.median(run[key] for run in runs), 2)
            for key in ("rps", "p50", "p99")
        }
    for name in summary:
        summary[name]["ratio"] = round(summary[name]["rps"] / summary["bare"]["rps"], 2)
    report = {
        "settings": "lms.settings.production, gunicorn 2 sync workers, PostgreSQL, "
        "Redis cache, wrk -t2 -c20 with Accept-Encoding: gzip",
        "rounds": args.rounds,
        "seconds": args.seconds,
        "pages": {name: pages[name][0] for name in pages},
        "summary": summary,
        "runs": results,
    }
    lines = [
        "# HTTP benchmark",
        "",
        f"{report['settings']}; {args.rounds} alternating rounds of {args.seconds} s.",
        "",
        "| page | req/s | p50 ms | p99 ms | × bare page |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, row in summary.items():
        lines.append(
            f"| {name} (`{pages[name][0]}`) | {row['rps']} | {row['p50']} | "
            f"{row['p99']} | {row['ratio']} |"
        )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "summary.json").write_text(json.dumps(report, indent=2))
    (OUT / "summary.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
