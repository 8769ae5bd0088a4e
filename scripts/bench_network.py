"""Network-size benchmark: a whole network's data on PostgreSQL, then every
learner, professional and coordinator page and every export under load.

1. A throwaway PostgreSQL (scripts/postgres.sh) and Redis, production settings,
   migrate and the demo.
2. The network, through bulk inserts (COPY for the big tables): at --scale 1,
   100 structures, 500 professionals, 20,000 beneficiaries, 400 lessons,
   2,000,000 lesson completions, 200,000 quiz attempts with their answers,
   5,000 workshop sessions, 30,000 participations.
3. gunicorn (2 sync workers, as on a two-core server); for each page: a single
   client (p50/p95 over --runs requests), then 20 concurrent users (p95 over
   --concurrent-requests), the HTML size and the workers' peak RSS growth.
4. JSON and Markdown in bench-results/ (git-ignored).

    make bench-network                                   # full size
    .venv/bin/python scripts/bench_network.py --scale 0.05   # a quick run

Not part of `make test`.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

from benchstack import PY, ROOT, BenchStack

OUT = ROOT / "bench-results"

FULL = {
    "structures": 100,
    "professionals": 500,
    "beneficiaries": 20_000,
    "lessons": 400,
    "completions": 2_000_000,
    "attempts": 200_000,
    "sessions": 5_000,
    "participations": 30_000,
}


def sizes(scale: float) -> dict[str, int]:
    return {key: max(1, round(value * scale)) for key, value in FULL.items()}


# --------------------------------------------------------------------------
# Building the network (runs in a child process with Django set up)
# --------------------------------------------------------------------------


def _copy(cursor, table: str, columns: list[str], rows) -> int:
    """COPY rows into a table; returns how many went in."""
    count = 0
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def build(scale: float, seed: int = 13) -> dict:
    """Fill the database; return the pages to measure with who sees them."""
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.db import connection, transaction
    from django.urls import reverse

    from courses.models import (
        Audience,
        CataloguePage,
        Enrollment,
        LessonCompletion,
        LessonPage,
    )
    from dashboards.tallies import day_tallies_recount
    from people import roles
    from people.models import (
        BeneficiaryProfile,
        Membership,
        Structure,
        StructureKind,
    )
    from people.models.beneficiaries import LOGIN_CODE_ALPHABET
    from quizzes.models import (
        AnswerStatus,
        Attempt,
        AttemptState,
        QuestionKind,
        Quiz,
        QuizQuestion,
    )
    from quizzes.tallies import quiz_tallies_recount
    from tests import builders
    from workshops.models import Participation, WorkshopSession

    rng = random.Random(seed)  # noqa: S311 -- fictitious data, not secrets
    n = sizes(scale)
    User = get_user_model()
    now = datetime.now(UTC)
    clock = time.perf_counter()
    timings = {}

    def lap(step: str) -> None:
        nonlocal clock
        timings[step] = round(time.perf_counter() - clock, 1)
        print(f"  {step}: {timings[step]} s", flush=True)
        clock = time.perf_counter()

    # Lessons first (Wagtail pages, not bulk): courses of 10 lessons.
    catalogue = CataloguePage.objects.get(audience=Audience.BENEFICIARY)
    while LessonPage.objects.count() < n["lessons"]:
        builders.course(catalogue, modules=2, lessons_per_module=5)
    lap("lessons")

    with transaction.atomic():
        existing = list(Structure.objects.all())
        Structure.objects.bulk_create(
            Structure(
                name=f"Structure du réseau {i}",
                kind=StructureKind.SOCIAL_CENTRE,
                town="Évry-Courcouronnes",
                departement="91",
            )
            for i in range(max(0, n["structures"] - len(existing)))
        )
        structures = list(Structure.objects.order_by("pk"))
        groups = {g.name: g for g in Group.objects.all()}
        through = User.groups.through

        unusable = make_password(None)
        pros = User.objects.bulk_create(
            User(username=f"pro.reseau{i}", password=unusable, first_name=f"Pro{i}")
            for i in range(n["professionals"])
        )
        through.objects.bulk_create(
            through(user_id=p.pk, group_id=groups[roles.PROFESSIONAL].pk) for p in pros
        )
        Membership.objects.bulk_create(
            Membership(user=p, structure=structures[i % len(structures)])
            for i, p in enumerate(pros)
        )
        lap("structures and professionals")

        people = User.objects.bulk_create(
            (
                User(username=f"benef{i}", password=unusable, first_name=f"Prénom{i}")
                for i in range(n["beneficiaries"])
            ),
            batch_size=5000,
        )
        through.objects.bulk_create(
            (
                through(user_id=p.pk, group_id=groups[roles.BENEFICIARY].pk)
                for p in people
            ),
            batch_size=5000,
        )
        taken = set(BeneficiaryProfile.objects.values_list("login_code", flat=True))
        pin = make_password("2580")
        profiles = []
        for i, person in enumerate(people):
            code = "".join(rng.choices(LOGIN_CODE_ALPHABET, k=6))
            while code in taken:
                code = "".join(rng.choices(LOGIN_CODE_ALPHABET, k=6))
            taken.add(code)
            profiles.append(
                BeneficiaryProfile(
                    user=person,
                    structure=structures[i % len(structures)],
                    consent_at=now,
                    consent_text="La personne accepte (jeu de mesure).",
                    login_code=code,
                    pin_hash=pin,
                    year_of_birth=1940 + i % 60,
                )
            )
        profiles = BeneficiaryProfile.objects.bulk_create(profiles, batch_size=5000)
        lap("beneficiaries")

        # Completions: each beneficiary takes whole courses until their share.
        lessons_by_course: dict[int, list[int]] = {}
        for lesson in LessonPage.objects.live().specific():
            course = lesson.get_parent().get_parent()
            lessons_by_course.setdefault(course.pk, []).append(lesson.pk)
        courses = list(lessons_by_course)
        share = n["completions"] // len(people)
        enrollments, completions = [], []
        for person in people:
            left = share
            for course_id in rng.sample(courses, len(courses)):
                if left <= 0:
                    break
                enrollments.append((person.pk, course_id, now, None))
                for lesson_id in lessons_by_course[course_id][:left]:
                    completions.append((person.pk, lesson_id, now))
                left -= len(lessons_by_course[course_id])
        with connection.cursor() as cursor:
            table = Enrollment._meta.db_table
            _copy(
                cursor,
                table,
                ["user_id", "course_id", "enrolled_at", "completed_at"],
                enrollments,
            )
            done = _copy(
                cursor,
                LessonCompletion._meta.db_table,
                ["user_id", "lesson_id", "completed_at"],
                completions,
            )
        del completions
        lap(f"{done} completions, {len(enrollments)} enrollments")

        # Quiz attempts (bulk_create for their ids), answers by COPY.
        quizzes = list(Quiz.objects.filter(live=True))
        questions = {}
        for link in QuizQuestion.objects.select_related("question").order_by(
            "sort_order"
        ):
            questions.setdefault(link.quiz_id, []).append(link.question)
        quizzes = [q for q in quizzes if questions.get(q.pk)]
        attempts = []
        used = set()
        for i in range(n["attempts"]):
            quiz = quizzes[i % len(quizzes)]
            person = people[rng.randrange(len(people))]
            asked = questions[quiz.pk]
            has_open = any(q.kind == QuestionKind.OPEN for q in asked)
            waiting = has_open and rng.random() < 0.02
            passed = None if waiting else rng.random() < 0.7
            attempts.append(
                Attempt(
                    user_id=person.pk,
                    quiz_id=quiz.pk,
                    started_at=now,
                    finished_at=now,
                    question_ids=[q.pk for q in asked],
                    state=AttemptState.PENDING_REVIEW
                    if waiting
                    else AttemptState.FINISHED,
                    passed=passed,
                    score=len(asked) if passed else 0,
                    max_score=len(asked),
                    percent=100 if passed else 0,
                )
            )
            used.add(person.pk)
        attempts = Attempt.objects.bulk_create(attempts, batch_size=5000)

        def answers():
            for attempt in attempts:
                for q in questions[attempt.quiz_id]:
                    if q.kind == QuestionKind.OPEN:
                        status = (
                            AnswerStatus.PENDING
                            if attempt.state == AttemptState.PENDING_REVIEW
                            else AnswerStatus.MARKED
                        )
                        text = "Je demande de l'aide à l'accueil."
                    else:
                        status = (
                            AnswerStatus.CORRECT
                            if attempt.passed
                            else rng.choice(
                                [AnswerStatus.CORRECT, AnswerStatus.INCORRECT]
                            )
                        )
                        text = ""
                    points = (
                        1
                        if status in (AnswerStatus.CORRECT, AnswerStatus.MARKED)
                        else 0
                    )
                    yield (attempt.pk, q.pk, "[]", "{}", text, status, points, now, "")

        with connection.cursor() as cursor:
            answer_count = _copy(
                cursor,
                "quizzes_answer",
                [
                    "attempt_id",
                    "question_id",
                    "choice_ids",
                    "matches",
                    "text",
                    "status",
                    "points",
                    "answered_at",
                    "marker_comment",
                ],
                answers(),
            )
        quiz_tallies_recount()
        days = day_tallies_recount()  # COPY bypasses the counters' signals
        lap(f"{len(attempts)} attempts, {answer_count} answers, counters ({days} days)")

        # Workshop sessions across the year, and their participants.
        pro_of = {}
        for m in Membership.objects.order_by("pk"):
            pro_of.setdefault(m.structure_id, m.user_id)
        by_structure: dict[int, list[int]] = {}
        for profile in BeneficiaryProfile.objects.only("pk", "structure_id"):
            by_structure.setdefault(profile.structure_id, []).append(profile.pk)
        sessions = WorkshopSession.objects.bulk_create(
            (
                WorkshopSession(
                    structure=structures[i % len(structures)],
                    title=f"Atelier numérique {i}",
                    date=date.today() + timedelta(days=rng.randint(-300, 60)),
                    start_time=dtime(9 + i % 8, 0),
                    place="Salle informatique",
                    capacity=12,
                    created_by_id=pro_of.get(structures[i % len(structures)].pk),
                )
                for i in range(n["sessions"])
            ),
            batch_size=5000,
        )
        seats = []
        pairs = set()
        while len(seats) < n["participations"]:
            session = sessions[rng.randrange(len(sessions))]
            pool = by_structure.get(session.structure_id)
            if not pool:
                continue
            pair = (session.pk, rng.choice(pool))
            if pair in pairs:
                continue
            pairs.add(pair)
            seats.append(Participation(session_id=pair[0], beneficiary_id=pair[1]))
        Participation.objects.bulk_create(seats, batch_size=5000)
        lap(f"{len(sessions)} sessions, {len(seats)} participations")
        # Bulk rows bypass dashboards.last_active's and dashboards.attendance's
        # signals.
        from dashboards.attendance import attendance_tallies_recount
        from dashboards.last_active import last_active_recount

        lap(f"attendance of {attendance_tallies_recount()} sessions")

        lap(f"last activity of {last_active_recount()} beneficiaries")

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    lap("vacuum analyze")

    # Who looks, and at what.
    joseph = User.objects.get(username="beneficiaire")
    pro = User.objects.get(username="pro.corbeil")
    structure = pro.memberships.first().structure
    # The demo learner carries a network learner's history too.
    Attempt.objects.filter(user_id=people[0].pk).update(user=joseph)
    profile = joseph.beneficiary_profile
    session = (
        WorkshopSession.objects.filter(structure=structure).order_by("-date").first()
    )
    course = Enrollment.objects.filter(user=joseph).first().course
    lesson = LessonPage.objects.live().descendant_of(course).first()
    attempt = Attempt.objects.filter(user=joseph).first()
    quiz = Quiz.objects.filter(live=True).first()
    big_quiz = max(quizzes, key=lambda q: len(questions[q.pk]))
    from workshops.models import Accompaniment

    accompaniment = Accompaniment.objects.filter(structure=structure).first()
    today = date.today()
    week = "{}-W{:02d}".format(*today.isocalendar()[:2])
    year_start = today.replace(month=1, day=1)
    pages = {
        # The learner.
        "learner home": (reverse("learner_home"), "beneficiaire"),
        "course": (course.url, "beneficiaire"),
        "lesson": (lesson.url, "beneficiaire"),
        "quiz": (reverse("quizzes:quiz_detail", args=[quiz.pk]), "beneficiaire"),
        "quiz result": (
            reverse("quizzes:attempt_result", args=[attempt.pk]),
            "beneficiaire",
        ),
        "diagnostics": (reverse("diagnostics:diagnostic_list"), "beneficiaire"),
        "my levels": (reverse("diagnostics:my_levels"), "beneficiaire"),
        "my account": (reverse("people:my_account"), "beneficiaire"),
        # The professional (one structure of the network). « Mes formations »
        # is hers: a beneficiary's courses are on her home (a redirect).
        "my learning": (reverse("courses:my_learning"), "pro.corbeil"),
        "pro beneficiaries": (reverse("people:beneficiary_list"), "pro.corbeil"),
        "pro beneficiary": (
            reverse("people:beneficiary_detail", args=[profile.pk]),
            "pro.corbeil",
        ),
        "pro sessions": (reverse("workshops:session_list"), "pro.corbeil"),
        "pro session": (
            reverse("workshops:session_detail", args=[session.pk]),
            "pro.corbeil",
        ),
        "pro accompaniments": (
            reverse("workshops:accompaniment_list"),
            "pro.corbeil",
        ),
        "pro indicators": (reverse("workshops:indicators"), "pro.corbeil"),
        "pro marking queue": (reverse("quizzes:marking_queue"), "pro.corbeil"),
        # The coordinator (the whole network).
        "coord beneficiaries": (reverse("people:beneficiary_list"), "coordination"),
        "coord sessions": (reverse("workshops:session_list"), "coordination"),
        "coord accompaniments": (
            reverse("workshops:accompaniment_list"),
            "coordination",
        ),
        "coord indicators": (reverse("workshops:indicators"), "coordination"),
        # The paged lists with a search, a sort, a deep page (lms/paging.py).
        "coord beneficiaries search": (
            reverse("people:beneficiary_list") + "?q=Pr%C3%A9nom1&tri=structure",
            "coordination",
        ),
        "coord beneficiaries page 200": (
            reverse("people:beneficiary_list") + "?tri=recent&page=200",
            "coordination",
        ),
        "pro beneficiaries search": (
            reverse("people:beneficiary_list") + "?q=Pr%C3%A9nom&tri=code",
            "pro.corbeil",
        ),
        "coord sessions search": (
            reverse("workshops:session_list") + "?q=Atelier&tri=titre&passes=20",
            "coordination",
        ),
        "coord sessions week": (
            reverse("workshops:session_list") + f"?semaine={week}",
            "coordination",
        ),
        "coord accompaniments sorted": (
            reverse("workshops:accompaniment_list") + "?tri=personne&page=2",
            "coordination",
        ),
        "coord indicators records search": (
            reverse("workshops:indicators")
            + f"?debut={year_start}&fin={today}&q=Atelier&tri=titre&page=5",
            "coordination",
        ),
        # The dashboards (issue 14): the structure's, the network's, a comparison.
        "pro dashboard": (
            reverse("dashboards:structure", args=[structure.pk]) + "?periode=annee",
            "pro.corbeil",
        ),
        "coord network dashboard": (
            reverse("dashboards:network") + "?periode=annee",
            "coordination",
        ),
        "coord network dashboard by lessons": (
            reverse("dashboards:network") + "?periode=annee&tri=lecons",
            "coordination",
        ),
        "coord compare": (
            reverse("dashboards:compare")
            + "?periode=annee&"
            + "&".join(
                f"structures={pk}"
                for pk in Structure.objects.order_by("pk").values_list("pk", flat=True)[
                    :2
                ]
            ),
            "coordination",
        ),
        # The trainer.
        "trainer marking queue": (reverse("quizzes:marking_queue"), "formatrice"),
        "trainer marking queue search": (
            reverse("quizzes:marking_queue") + "?q=Pr%C3%A9nom&tri=quiz",
            "formatrice",
        ),
        "quiz statistics": (
            f"/admin/exercices/statistiques/{big_quiz.pk}/",
            "formatrice",
        ),
        "quiz statistics index": ("/admin/exercices/statistiques/", "formatrice"),
        "quiz statistics index search": (
            "/admin/exercices/statistiques/?q=e&tri=tentatives",
            "formatrice",
        ),
        # The question bank (Wagtail snippets, 50 a page).
        "question bank": ("/admin/snippets/quizzes/question/", "admin"),
        "question bank search": (
            "/admin/snippets/quizzes/question/?q=bouton&p=2",
            "admin",
        ),
        "quiz list": ("/admin/snippets/quizzes/quiz/", "admin"),
        # Exports.
        # The indicators export is a background job now (exports app; its
        # worker is measured by scripts/bench_exports.py): its pages here.
        "my exports (pro)": (reverse("exports:job_list"), "pro.corbeil"),
        "my exports (coord)": (reverse("exports:job_list"), "coordination"),
        "export beneficiary json": (
            "POST " + reverse("people:beneficiary_export_json", args=[profile.pk]),
            "pro.corbeil",
        ),
        "export beneficiary csv": (
            "POST " + reverse("people:beneficiary_export_csv", args=[profile.pk]),
            "pro.corbeil",
        ),
        "export beneficiary card": (
            reverse("people:beneficiary_card", args=[profile.pk]),
            "pro.corbeil",
        ),
        "export import template": (
            reverse("people:beneficiary_import_template"),
            "pro.corbeil",
        ),
    }
    if accompaniment is not None:
        pages["pro accompaniment"] = (
            reverse("workshops:accompaniment_detail", args=[accompaniment.pk]),
            "pro.corbeil",
        )
    statistics = _statistics_timing(big_quiz)
    counts = {
        "structures": Structure.objects.count(),
        "professionals": User.objects.filter(groups__name=roles.PROFESSIONAL).count(),
        "beneficiaries": BeneficiaryProfile.objects.count(),
        "lessons": LessonPage.objects.count(),
        "completions": LessonCompletion.objects.count(),
        "attempts": Attempt.objects.count(),
        "answers": answer_count,
        "sessions": WorkshopSession.objects.count(),
        "participations": Participation.objects.count(),
    }
    return {
        "pages": pages,
        "sessions": _sessions(
            ["beneficiaire", "pro.corbeil", "coordination", "formatrice", "admin"]
        ),
        "counts": counts,
        "build_seconds": timings,
        "quiz_statistics": statistics,
    }


def _statistics_timing(quiz, runs: int = 30) -> dict:
    """The quiz statistics selector on the full data (counters), beside the
    scan of the quiz's answers it replaced; milliseconds."""
    from django.db.models import Count, Q

    from quizzes.models import Answer, AnswerStatus
    from quizzes.selectors import quiz_statistics_get

    def scan():
        right = Q(status=AnswerStatus.CORRECT) | Q(
            status=AnswerStatus.MARKED, points__gt=0
        )
        return list(
            Answer.objects.filter(attempt__quiz=quiz)
            .values("question_id")
            .annotate(answered=Count("pk"), right=Count("pk", filter=right))
        )

    result = {"quiz_answers": Answer.objects.filter(attempt__quiz=quiz).count()}
    for name, call in (
        ("counters", lambda: quiz_statistics_get(quiz=quiz)),
        ("scan", scan),
    ):
        call()
        spent = []
        for _ in range(runs):
            start = time.perf_counter()
            call()
            spent.append((time.perf_counter() - start) * 1000)
        result[name] = {"p50": percentile(spent, 50), "p95": percentile(spent, 95)}
    print(f"  quiz statistics selector: {result}", flush=True)
    return result


def _sessions(usernames: list[str]) -> dict[str, str]:
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )

    keys = {}
    for user in get_user_model().objects.filter(username__in=usernames):
        store = import_module(settings.SESSION_ENGINE).SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.save()
        keys[user.username] = store.session_key
    return keys


# --------------------------------------------------------------------------
# Measuring (the parent process: servers, HTTP, results)
# --------------------------------------------------------------------------


# A fixed CSRF secret sent as cookie and header: the POST exports accept it.
TIMEOUT = 300  # seconds; gunicorn's --timeout is the same
CSRF = "b3nchb3nchb3nchb3nchb3nchb3nch12"


def fetch(url: str, cookie: str) -> tuple[float, int, int]:
    """(milliseconds, status, bytes) of one GET, or of a POST for a path
    given as "POST /path" (the personal-data exports are POST only)."""
    data = None
    if url.startswith("POST "):
        url, data = url.removeprefix("POST "), b""
    headers = {"Cookie": f"{cookie}; csrftoken={CSRF}", "X-CSRFToken": CSRF}
    request = urllib.request.Request(url, data=data, headers=headers)
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        body, status = exc.read(), exc.code
    except OSError:  # timed out or refused: counted as an error, not fatal
        body, status = b"", 0
    return (time.perf_counter() - start) * 1000, status, len(body)


def _url(base: str, path: str) -> str:
    method, _space, rest = path.rpartition(" ")
    return f"{method} {base}{rest}".strip()


def _errors(row: dict) -> str:
    count = row.get("errors", 0) + row.get("errors_20", 0)
    return f" ({count} errors)" if count else ""


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return round(ordered[index], 1)


def rss_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in children.read_text().split()]


def _concurrent(url: str, cookie: str, args) -> tuple[float, int]:
    """p95 of --concurrent-requests requests from --users at once, and how
    many were not answered 200."""
    with ThreadPoolExecutor(args.users) as pool:
        loaded = list(
            pool.map(lambda _n: fetch(url, cookie), range(args.concurrent_requests))
        )
    return percentile([r[0] for r in loaded], 95), sum(1 for r in loaded if r[1] != 200)


def measure(args, master, built: dict) -> dict:
    """Each page: single client, then concurrent users; the workers' memory.
    The concurrent load runs in --rounds rounds over all the pages, each round
    in another order, so that a slower moment of the machine (a shared VM's
    speed drifts by half within a run) does not fall on the same pages: a
    page's figure is the median of its rounds, every round kept in the JSON."""
    base = master.base
    cookies = {user: f"sessionid={key}" for user, key in built["sessions"].items()}
    # Warm every worker on a light page, then take the baseline.
    for _ in range(4 * args.workers):
        fetch(base + "/accueil/", "")
    time.sleep(0.5)
    workers = worker_pids(master.pid)
    baseline = {pid: rss_kb(pid, "VmRSS") for pid in workers}
    only = set(args.only.split(",")) if args.only else None
    rows = {}
    for name, (path, user) in built["pages"].items():
        if only and name not in only:
            continue
        cookie = cookies[user]
        url = _url(base, path)
        ms, status, size = fetch(url, cookie)
        if status != 200:
            rows[name] = {"path": path, "as": user, "status": status}
            print(f"  {name}: HTTP {status}", flush=True)
            continue
        fetch(url, cookie)
        single = [fetch(url, cookie) for _ in range(args.runs)]
        single_errors = sum(1 for r in single if r[1] != 200)
        single = [r[0] for r in single]
        p95_20, errors_20 = _concurrent(url, cookie, args)
        growth = max((rss_kb(pid, "VmHWM") - baseline[pid]) for pid in workers)
        rows[name] = {
            "path": path,
            "as": user,
            "status": status,
            "kb": round(size / 1024, 1),
            "p50": percentile(single, 50),
            "p95": percentile(single, 95),
            "p95_20_rounds": [p95_20],
            "errors": single_errors,
            "errors_20": errors_20,
            "rss_growth_mb": round(growth / 1024, 1),
        }
        print(f"  {name}: {rows[name]}", flush=True)
        _partial(args, rows)
    names = [name for name, row in rows.items() if row["status"] == 200]
    for number in range(1, args.rounds):
        print(f"Tour {number + 1} sur {args.rounds} à {args.users} utilisateurs…")
        shift = number * len(names) // args.rounds
        for name in names[shift:] + names[:shift]:
            row = rows[name]
            url = _url(base, row["path"])
            p95_20, errors_20 = _concurrent(url, cookies[row["as"]], args)
            row["p95_20_rounds"].append(p95_20)
            row["errors_20"] += errors_20
        _partial(args, rows)
    for name in names:
        row = rows[name]
        row["p95_20"] = round(statistics.median(row["p95_20_rounds"]), 1)
    return rows


def _partial(args, rows: dict) -> None:
    """What is measured so far survives a run cut short."""
    OUT.mkdir(exist_ok=True)
    (OUT / f"network-{args.scale:g}.partial.json").write_text(
        json.dumps(rows, indent=2)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=30, help="single-client requests")
    parser.add_argument("--users", type=int, default=20, help="concurrent users")
    parser.add_argument(
        "--concurrent-requests", type=int, default=100, help="per page, all users"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="rounds of concurrent load over all pages (median kept)",
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--shared-buffers",
        default="1GB",
        help="PostgreSQL's shared_buffers (docs/scaling.md: about 25 %% of the "
        "database server's memory; the network's data is about 1 GB)",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="leave the PostgreSQL cluster running (EXPLAIN ANALYZE on the data)",
    )
    parser.add_argument("--only", default="", help="page names, comma-separated")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        result = build(args.scale)
        Path(os.environ["BENCH_NETWORK_OUT"]).write_text(json.dumps(result))
        return

    started = time.perf_counter()
    pg_settings = f"-c shared_buffers={args.shared_buffers}"
    with BenchStack(redis=True, keep=args.keep, pg_settings=pg_settings) as stack:
        stack.prepare()
        print(f"Construction du réseau (échelle {args.scale})…", flush=True)
        built_at = time.perf_counter()
        out = stack.tmp / "built.json"
        subprocess.run(
            [PY, __file__, "--build-only", "--scale", str(args.scale)],
            cwd=ROOT,
            env={**stack.env, "BENCH_NETWORK_OUT": str(out)},
            check=True,
        )
        build_seconds = round(time.perf_counter() - built_at, 1)
        built = json.loads(out.read_text())
        master = stack.gunicorn(workers=args.workers, timeout=TIMEOUT)
        rows = measure(args, master, built)
        redis = stack.has_redis

    report = {
        "scale": args.scale,
        "counts": built["counts"],
        "build_seconds": build_seconds,
        "build_steps": built["build_seconds"],
        "total_seconds": round(time.perf_counter() - started, 1),
        "settings": f"lms.settings.production, gunicorn {args.workers} sync workers, "
        f"PostgreSQL (shared_buffers {args.shared_buffers})"
        f"{', Redis cache' if redis else ''}; single client "
        f"{args.runs} requests; {args.users} concurrent users "
        f"{args.concurrent_requests} requests a round, median of {args.rounds} "
        "rounds",
        "cpus": os.cpu_count(),
        "quiz_statistics_selector_ms": built["quiz_statistics"],
        "pages": rows,
    }
    lines = [
        f"# Network benchmark (scale {args.scale})",
        "",
        "Data: " + ", ".join(f"{v:,} {k}" for k, v in built["counts"].items()),
        f"built in {build_seconds} s. {report['settings']}; {os.cpu_count()} CPUs.",
        "",
        "Quiz statistics selector on the largest quiz "
        f"({built['quiz_statistics']['quiz_answers']:,} answers of its own): counters "
        f"p50 {built['quiz_statistics']['counters']['p50']} ms / p95 "
        f"{built['quiz_statistics']['counters']['p95']} ms; the former scan of its "
        f"answers p50 {built['quiz_statistics']['scan']['p50']} ms / p95 "
        f"{built['quiz_statistics']['scan']['p95']} ms.",
        "",
        f"| page | as | KB | p50 ms | p95 ms | p95 ms (20 users, median of "
        f"{args.rounds} rounds) | rounds | RSS growth MB |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in rows.items():
        if row["status"] != 200:
            lines.append(f"| {name} | {row['as']} | HTTP {row['status']} | | | | | |")
            continue
        lines.append(
            f"| {name} | {row['as']} | {row['kb']} | {row['p50']} | {row['p95']} | "
            f"{row['p95_20']}{_errors(row)} | "
            f"{' / '.join(str(p) for p in row['p95_20_rounds'])} | "
            f"{row['rss_growth_mb']} |"
        )
    OUT.mkdir(exist_ok=True)
    stem = f"network-{args.scale:g}"
    (OUT / f"{stem}.json").write_text(json.dumps(report, indent=2))
    (OUT / f"{stem}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    print(f"\nRésultats : {OUT / stem}.json et .md")


if __name__ == "__main__":
    sys.exit(main())
