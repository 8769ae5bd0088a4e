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
    for label, course in (("8 leçons", small), ("80 leçons", large)):
        lessons = builders.lessons_of(course)
        for page, url in (
            ("parcours", course.url),
            ("leçon", lessons[len(lessons) // 2].url),
            ("catalogue", catalogue.url),
            ("mon parcours", reverse("courses:my_learning")),
        ):
            client.get(url)
            counter = QueryCounter()
            # The request closes its connection at the end (CONN_MAX_AGE=0),
            # which empties connection.queries: count through a wrapper.
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
    print(f"{'cours':<10} {'page':<14} {'requêtes':>8} {'médiane (ms)':>13}")  # noqa: T201
    for label, page, queries, median in rows:
        print(f"{label:<10} {page:<14} {queries:>8} {median:>13.1f}")  # noqa: T201


if __name__ == "__main__":
    main()
