"""Room benchmark for the guided mode: a whole room and the board, over HTTP.

Starts the site as `make run` does (runserver --noreload and qcluster, SQLite,
demo loaded) on a throwaway database and a free port, enrols the room
(scripts/bench_room_setup.py), starts guided mode as pro.corbeil, then drives
each participant in its own thread while a poller reads the board every 4 s.
Writes summary.json, summary.md and the servers' logs to test-artifacts/bench-room/;
exits 1 on any 5xx or if the last board disagrees with the participants.

    make bench-room    # or: .venv/bin/python scripts/bench_room.py --duration 60
"""

import argparse
import contextlib
import html
import json
import math
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import requests  # a dependency of Wagtail, so always in the venv

ROOT = Path(__file__).resolve().parents[1]
DEMO_PASSWORD = "relais-demo"  # noqa: S105
BOARD_SECONDS = 4  # as workshops.views.guided.BOARD_REFRESH_SECONDS
KINDS = ("follow GET", "sign-in POST", "step POST", "help POST", "board GET")
CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CODE_RE = re.compile(r'join-code__code"><span aria-hidden="true">(\w+)<')
CHOICE_RE = re.compile(r'name="participation" value="(\d+)"[^>]*>\s*([^<]+?)\s*<')
STEP_RE = re.compile(r"Étape (\d+) sur (\d+)")
ROW_RE = re.compile(r"<tr\b([^>]*data-participant=[^>]*)>(.*?)</tr>", re.S)
ATTR_RE = re.compile(r'data-(participant|step)="([^"]*)"')
FRAME_RE = re.compile(r'\s*File "(.+?)", line (\d+), in (\S+)')
ERROR_RE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception)\b")


def csrf(response) -> str:
    found = CSRF_RE.search(response.text) if response is not None else None
    return found[1] if found else ""


class Recorder:
    """Every request's status and latency by kind, the moves and the polls."""

    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = defaultdict(Counter)
        self.latencies = defaultdict(list)
        self.moves = []  # (name, step number, sent, answered, status)
        self.polls = []  # (sent, answered, {name: (step number, needs help)})

    def request(self, http, kind: str, method: str, url: str, data=None):
        start = time.monotonic()
        try:
            response = http.request(
                method, url, data=data, allow_redirects=False, timeout=60
            )
        except requests.RequestException:
            response = None  # counted as "error"
        with self.lock:
            status = response.status_code if response is not None else "error"
            self.statuses[kind][str(status)] += 1
            self.latencies[kind].append((time.monotonic() - start) * 1000)
        return response

    def poll(self, http, url: str) -> dict | None:
        """The board's rows: data-step if the template has it, else the text."""
        start = time.monotonic()
        response = self.request(http, "board GET", "GET", url)
        if response is None or response.status_code != 200:
            return None
        rows = {}
        for attrs, body in ROW_RE.findall(response.text):
            data, text = dict(ATTR_RE.findall(attrs)), STEP_RE.search(body)
            step = data.get("step") or (text[1] if text else None)
            name = html.unescape(data["participant"])
            rows[name] = (int(step) if step else None, "board__row--help" in attrs)
        with self.lock:
            self.polls.append((start, time.monotonic(), rows))
        return rows


class Participant:
    """One person on their own device: own cookies, own pace, own last step."""

    def __init__(self, rec: Recorder, url: str, person: dict, rng: random.Random):
        self.rec, self.url, self.rng = rec, url, rng
        self.name, self.pin = person["name"], person["pin"]
        self.http = requests.Session()
        self.step = self.total = self.token = None
        self.help = False
        self.page_mismatches = 0  # own page after a move showed another step

    def look(self) -> None:
        """GET the follow page, as the browser does after each POST too."""
        page = self.rec.request(self.http, "follow GET", "GET", self.url)
        found = STEP_RE.search(page.text) if page is not None else None
        if page is not None and page.status_code == 200 and found:
            self.step, self.total = int(found[1]), int(found[2])
            self.help = 'name="aide" value="non"' in page.text
            self.token = csrf(page)

    def post(self, kind: str, path: str, **data) -> int:
        data["csrfmiddlewaretoken"] = self.token
        response = self.rec.request(self.http, kind, "POST", self.url + path, data)
        return response.status_code if response is not None else 0

    def sign_in(self) -> None:
        """« Qui êtes-vous ? »: pick one's first name, type one's PIN."""
        who = self.rec.request(self.http, "follow GET", "GET", self.url)
        if who is not None and who.status_code == 200:
            choices = {name: pk for pk, name in CHOICE_RE.findall(who.text)}
            self.token = csrf(who)
            chosen = choices.get(self.name, "")
            self.post("sign-in POST", "", participation=chosen, pin=self.pin)
            self.look()

    def move(self) -> None:
        ahead = self.step == 1 or self.rng.random() < 0.75
        target = self.step + 1 if ahead and self.step < self.total else self.step - 1
        start = time.monotonic()
        status = self.post("step POST", "etape/", etape=str(target - 1))
        with self.rec.lock:
            self.rec.moves.append((self.name, target, start, time.monotonic(), status))
        if status == 302:
            self.step = target
        self.look()
        if status == 302 and self.step != target:
            self.page_mismatches += 1

    def run(self, stop: threading.Event, deadline: float) -> None:
        stop.wait(self.rng.uniform(0, 3))  # people do not all arrive at once
        while not stop.wait(self.rng.uniform(2, 6)) and time.monotonic() < deadline:
            choice = self.rng.random()
            if self.step is None:
                self.sign_in()
            elif choice < 0.2:
                self.look()
            elif choice < 0.9:
                self.move()
            else:
                aide = "non" if self.help else "oui"
                if self.post("help POST", "aide/", aide=aide) == 302:
                    self.help = not self.help
                self.look()


def pro_start(base: str, room: dict) -> tuple[requests.Session, str]:
    """Sign in as pro.corbeil and start guided mode; return the client and code."""
    http = requests.Session()
    token = csrf(http.get(f"{base}/connexion/"))
    data = {"username": "pro.corbeil", "password": DEMO_PASSWORD}
    http.post(f"{base}/connexion/", data | {"csrfmiddlewaretoken": token})
    board = f"{base}/ateliers-animes/{room['session_id']}/guidage/"
    data = {
        "lesson": room["lesson"]["id"],
        "csrfmiddlewaretoken": csrf(http.get(board)),
    }
    code = CODE_RE.search(http.post(f"{board}demarrer/", data).text)
    if code is None:
        raise SystemExit("Guided mode did not start: see server.log")
    return http, code[1]


def consistency(rec: Recorder, people: list, final: dict | None) -> dict:
    """For each move, whether the first board poll sent after it shows it."""
    polls, done = sorted(rec.polls), [m for m in rec.moves if m[4] == 302]
    seen = superseded = unpolled = 0
    missed = Counter()  # by participant: the poll showed another step
    for name, step, sent, answered, _status in done:
        poll = next((p for p in polls if p[0] >= answered), None)
        if poll is None:
            unpolled += 1
        elif any(m[0] == name and sent < m[2] < poll[1] for m in rec.moves):
            superseded += 1  # the same person moved again before the poll ended
        elif poll[2].get(name, (None,))[0] == step:
            seen += 1
        else:
            missed[name] += 1
    final = final or {}
    mismatches = [
        {"name": p.name, "own": [p.step, p.help], "board": final.get(p.name)}
        for p in people
        if final.get(p.name) != (p.step, p.help)
    ]
    checked = len(done) - superseded - unpolled
    return {
        "moves": len(done),
        "checked": checked,
        "seen_within_one_poll": seen,
        "superseded": superseded,
        "after_last_poll": unpolled,
        "missed_by_participant": missed,
        "polls": len(polls),
        "final_mismatches": mismatches,
    }


def tracebacks(log: Path) -> list[dict]:
    """The tracebacks runserver logged, by request, last project frame and error.

    With DEBUG, Django's console handler and the root one both print each 500,
    so a group's log entries are usually twice the 500s the clients saw."""
    groups, block, source = {}, None, False
    for line in log.read_text(errors="replace").splitlines() + ["["]:
        if source:  # the line of code under a project frame
            block["lines"].append(f"    {line.strip()}")
            source = False
            continue
        if block is not None and line.startswith(("[", "Internal Server Error")):
            key = (block["request"], block["where"], block["error"])
            groups.setdefault(key, {**block, "log_entries": 0})["log_entries"] += 1
            block = None
        if line.startswith("Internal Server Error:"):
            path = re.sub(r"/atelier/\w+/", "/atelier/<code>/", line.split(": ", 1)[1])
            path = re.sub(r"/\d+/", "/<id>/", path)
            block = {"request": path, "where": "", "error": "", "lines": []}
        elif block is not None:
            frame = FRAME_RE.match(line)
            if frame and frame[1].startswith(str(ROOT)) and ".venv" not in frame[1]:
                block["where"] = f"{frame[1][len(str(ROOT)) + 1 :]}:{frame[2]}"
                block["lines"].append(line.strip())
                source = True
            elif ERROR_RE.match(line):
                block["error"] = line.strip()
                block["lines"].append(line.strip())
    return sorted(groups.values(), key=lambda group: -group["log_entries"])


def percentile(values: list, q: float) -> float | None:
    values = sorted(values)
    return round(values[max(0, math.ceil(q * len(values)) - 1)], 1) if values else None


def markdown(s: dict) -> str:
    b, lesson = s["board"], s["lesson"]
    lines = [
        f"# Room benchmark: {s['participants']} participants, {s['duration']} s\n",
        f"Seed {s['seed']}, revision {s['revision']}, lesson « {lesson['title']} » "
        f"({lesson['steps']} steps).\n",
        "| request | count | statuses | p50 ms | p95 ms | max ms |",
        "|---|---:|---|---:|---:|---:|",
    ]
    for kind, r in s["requests"].items():
        codes = ", ".join(f"{k}: {n}" for k, n in sorted(r["statuses"].items()))
        times = f"{r['p50_ms']} | {r['p95_ms']} | {r['max_ms']}"
        lines.append(f"| {kind} | {r['count']} | {codes} | {times} |")
    lines += [
        f"\n- 5xx responses: **{s['server_errors']}**; participants never signed in: "
        f"{s['not_signed_in']}; own page showed another step after a move: "
        f"{s['page_mismatches']}.",
        f"- Board: **{b['seen_within_one_poll']}/{b['checked']}** moves seen by the "
        f"next poll ({b['moves']} moves; {b['superseded']} superseded by the same "
        f"person's next move, {b['after_last_poll']} after the last of "
        f"{b['polls']} polls). Missed, by participant: "
        f"{dict(b['missed_by_participant']) or 'none'}.",
        "- Last board agrees with every participant (step, help): "
        f"**{'NO' if b['final_mismatches'] else 'yes'}**",
        *(f"  - {m}" for m in b["final_mismatches"]),
        f"- « database is locked » in qcluster.log: {s['qcluster_locked']}.",
    ]
    if s["tracebacks"]:
        lines.append("\n## Tracebacks in server.log (project frames, errors)\n")
        for g in s["tracebacks"]:
            title = f"{g['request']}: {g['log_entries']} log entries\n"
            lines += [title, "```", *g["lines"], "```\n"]
    return "\n".join(lines) + "\n"


def drive(args, base: str, room: dict) -> dict:
    rec = Recorder()
    pro, code = pro_start(base, room)
    state_url = f"{base}/ateliers-animes/{room['session_id']}/guidage/etat/"
    url = f"{base}/atelier/{code}/"
    people = [
        Participant(rec, url, person, random.Random(f"{args.seed}-{i}"))  # noqa: S311
        for i, person in enumerate(room["people"])
    ]
    stop, deadline = threading.Event(), time.monotonic() + args.duration
    threads = [threading.Thread(target=p.run, args=(stop, deadline)) for p in people]

    def poller():
        while not stop.is_set():
            rec.poll(pro, state_url)
            stop.wait(BOARD_SECONDS)

    board = threading.Thread(target=poller)
    for thread in [*threads, board]:
        thread.daemon = True
        thread.start()
    try:
        for thread in threads:
            thread.join()
    finally:
        stop.set()
    board.join()
    final = rec.poll(pro, state_url)  # once everyone has stopped
    quantiles = {"p50_ms": 0.5, "p95_ms": 0.95, "max_ms": 1}
    return {
        "participants": len(people),
        "duration": args.duration,
        "seed": args.seed,
        "lesson": room["lesson"],
        "requests": {
            kind: {"count": len(rec.latencies[kind]), "statuses": rec.statuses[kind]}
            | {key: percentile(rec.latencies[kind], q) for key, q in quantiles.items()}
            for kind in KINDS
        },
        "server_errors": sum(
            n for c in rec.statuses.values() for k, n in c.items() if k[0] == "5"
        ),
        "not_signed_in": sum(p.step is None for p in people),
        "page_mismatches": sum(p.page_mismatches for p in people),
        "board": consistency(rec, people, final),
    }


def stop_all(procs: list) -> None:
    # One SIGTERM each, as scripts/run.sh does: qcluster hangs on INT and TERM.
    for proc in procs:
        proc.terminate()
    for proc in procs:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(15)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # workers left behind, if any
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--participants", type=int, default=30)
    parser.add_argument("--duration", type=int, default=180, help="seconds")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=str(ROOT / "test-artifacts" / "bench-room"))
    args = parser.parse_args()
    out, tmp = Path(args.out), Path(tempfile.mkdtemp(prefix="relais-bench-room-"))
    out.mkdir(parents=True, exist_ok=True)
    env = os.environ | {
        "DATABASE_URL": f"sqlite:///{tmp}/db.sqlite3",
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",  # manage.py's default
    }
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # clean up as on ^C
    procs = []

    def run(*command: str, log=subprocess.DEVNULL, script="manage.py", wait=True):
        # Servers get their own session, as in run.sh: ^C reaches only us.
        proc = subprocess.Popen(
            [sys.executable, script, *command],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=not wait,
        )
        if not wait:
            procs.append(proc)
        elif proc.wait():
            raise SystemExit(f"{script} {command[0]} failed")

    try:
        run("migrate", "--no-input")
        run("createcachetable")
        run("load_demo")
        room_file = tmp / "room.json"
        run(
            str(args.participants), str(room_file), script="scripts/bench_room_setup.py"
        )
        room = json.loads(room_file.read_text())
        with open(out / "qcluster.log", "w") as log:
            run("qcluster", log=log, wait=False)
        with open(out / "server.log", "w") as log:
            run("runserver", f"127.0.0.1:{port}", "--noreload", log=log, wait=False)
        for _attempt in range(120):
            if procs[-1].poll() is not None:
                raise SystemExit(f"runserver stopped: see {out / 'server.log'}")
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), 1).close()
                break
            time.sleep(0.5)
        print(f"{args.participants} participants, {args.duration} s, port {port}…")
        summary = drive(args, f"http://127.0.0.1:{port}", room)
    except KeyboardInterrupt:
        raise SystemExit(130) from None  # after the finally below
    finally:
        stop_all(procs)
        shutil.rmtree(tmp, ignore_errors=True)
    git = ["git", "describe", "--always", "--dirty"]
    revision = subprocess.run(git, cwd=ROOT, capture_output=True, text=True)
    summary |= {
        "revision": revision.stdout.strip() or "unknown",
        "tracebacks": tracebacks(out / "server.log"),
        "qcluster_locked": (out / "qcluster.log")
        .read_text()
        .count("database is locked"),
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))
    (out / "summary.md").write_text(markdown(summary))
    print(markdown(summary))
    if summary["server_errors"] or summary["board"]["final_mismatches"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
