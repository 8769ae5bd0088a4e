"""Benchmark the learning pages: median time and SQL queries per page, for the
demo course and for a course ten times larger. Runs on a throwaway SQLite file
(or on DATABASE_URL) with the test settings; prints a table.

    make bench            # or: .venv/bin/python scripts/bench.py --runs 50
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="relais-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    call_command("migrate", verbosity=0)
    from courses.models import Audience, CataloguePage
    from courses.services import lesson_complete
    from demo.services import demo_load
    from tests import builders

    demo_load()
    catalogue = CataloguePage.objects.get(audience=Audience.BENEFICIARY)
    small = builders.course(catalogue, modules=2, lessons_per_module=4)
    large = builders.course(catalogue, modules=20, lessons_per_module=4)
    learner = builders.user("bench")
    for course in (small, large):
        lessons = builders.lessons_of(course)
        for lesson in lessons[: len(lessons) // 2]:
            lesson_complete(user=learner, lesson=lesson)

    client = Client()
    client.force_login(learner)
    rows = []

    def measure(label: str, page: str, url: str) -> None:
        client.get(url)
        counter = QueryCounter()
        # The request closes its connection at the end (CONN_MAX_AGE=0),
        # so every measured request pays the same connection cost.
        with connection.execute_wrapper(counter):
            client.get(url)
        timings = []
        for _ in range(args.runs):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")
        rows.append((label, page, counter.count, statistics.median(timings)))

    for label, course in (("8 leçons", small), ("80 leçons", large)):
        lessons = builders.lessons_of(course)
        for page, url in (
            ("parcours", course.url),
            ("leçon", lessons[len(lessons) // 2].url),
            ("catalogue", catalogue.url),
            ("mon parcours", reverse("courses:my_learning")),
        ):
            measure(label, page, url)

    # A workshop room in guided mode: the board's table, fetched every few
    # seconds, and a participant's step page; then the structure's indicators.
    from demo.workshops import TODAY_TITLE
    from workshops import guided
    from workshops.models import WorkshopSession

    pro = get_user_model().objects.get(username="pro.corbeil")
    session = WorkshopSession.objects.get(title=TODAY_TITLE)
    lesson = guided.lessons_to_choose(session)[0][1][0]
    session = guided.guided_start(by=pro, session=session, lesson=lesson)
    people = [builders.beneficiary(session.structure, by=pro)[0] for _ in range(30)]
    for room, joined in (("2 pers.", people[:2]), ("30 pers.", people)):
        for person in joined:
            guided.guided_join(session=session, user=person.user)
        client.force_login(pro)
        measure(
            room,
            "tableau guidé",
            reverse("workshops:guided_board_state", kwargs={"session_id": session.pk}),
        )
        client.force_login(joined[0].user)
        measure(
            room,
            "étape guidée",
            reverse("guided:follow", kwargs={"code": session.join_code}),
        )
    client.force_login(pro)
    measure("Corbeil", "indicateurs", reverse("workshops:indicators"))

    print(f"{'cours':<10} {'page':<14} {'requêtes':>8} {'médiane (ms)':>13}")
    for label, page, queries, median in rows:
        print(f"{label:<10} {page:<14} {queries:>8} {median:>13.1f}")


if __name__ == "__main__":
    main()
