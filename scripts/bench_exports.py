"""Benchmark the background export runner: a 200,000-row export written by
the worker function (exports.services.export_job_run), in xlsx and CSV.
Reports seconds, rows per second and the worker process's peak RSS
(resource.getrusage). Targets (issue 14): ≤ 60 s and ≤ 300 MB.

The rows come from a synthetic producer shaped like an activity export (15
columns: dates, numbers, short and long texts), so the figure measures the
runner and the writers, not a query plan. Runs on a throwaway SQLite file (or
DATABASE_URL) with the test settings.

    make bench            # runs it among the page benchmarks
    .venv/bin/python scripts/bench_exports.py --rows 200000 --formats xlsx csv
"""

import argparse
import datetime
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 60
TARGET_MB = 300
THEMES = "Prendre en main un ordinateur, Envoyer un courriel, Démarches en ligne"


def synthetic_producer(*, structures, rows: int):
    names = [s.name for s in structures]
    header = [
        "Identifiant",
        "Date",
        "Type",
        "Durée (min)",
        "Lieu",
        "Commune",
        "Code postal",
        "Thématiques",
        "Précision",
        "Matériel",
        "Autonomie",
        "Réorientation",
        "Participants",
        "Structure",
        "Notes",
    ]
    start = datetime.date(2025, 1, 1)

    def produce():
        for i in range(rows):
            yield [
                i + 1,
                start + datetime.timedelta(days=i % 365),
                "Individuel" if i % 3 else "Collectif",
                (15, 30, 45, 60, 90, 120)[i % 6],
                "Lieu d'activité",
                "Corbeil-Essonnes",
                "91100",
                THEMES,
                "Création d'une adresse de messagerie",
                "Ordinateur, Téléphone",
                "Partiellement autonome",
                i % 7 == 0,
                1 if i % 3 else 8,
                names[i % len(names)] if names else "",
                f"Accompagnement n° {i + 1} : la personne a avancé seule.",
            ]

    return header, rows, produce()


def peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--formats", nargs="+", default=["xlsx", "csv"])
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="relais-bench-exports-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from exports.models import ExportJob
    from exports.registry import export_kind_register
    from exports.services import export_job_run
    from people.services import roles_setup
    from tests import builders

    roles_setup()
    structure = builders.structure("Centre social de la Butte")
    user = builders.professional(structure, username="bench.exports")
    export_kind_register(
        "bench_synthetic",
        label="Synthétique",
        producer=synthetic_producer,
        allowed=lambda user: True,
        params_from=lambda data, *, user: {"rows": args.rows},
    )
    rows_text = f"{args.rows:,}".replace(",", " ")
    print(f"Export de {rows_text} lignes par le worker (15 colonnes)")
    print(f"RSS avant les exports : {peak_mb():.0f} Mo")
    print("| Format | Secondes | Lignes/s | Taille (Mo) | Pic RSS (Mo) | Objectif |")
    print("|---|---|---|---|---|---|")
    failed = False
    for file_format in args.formats:
        # Created directly: the bench times the worker, not the queue.
        job = ExportJob.objects.create(
            requester=user,
            scope=[structure.pk],
            kind="bench_synthetic",
            params={"rows": args.rows},
            file_format=file_format,
        )
        began = time.perf_counter()
        job = export_job_run(job_id=job.pk)
        seconds = time.perf_counter() - began
        if job.status != ExportJob.Status.DONE:
            print(f"| {file_format} | échec : {job.error} |")
            failed = True
            continue
        size = Path(job.file.path).stat().st_size / 1024 / 1024
        peak = peak_mb()
        ok = seconds <= TARGET_SECONDS and peak <= TARGET_MB
        failed |= not ok
        print(
            f"| {file_format} | {seconds:.1f} | {args.rows / seconds:,.0f} | "
            f"{size:.1f} | {peak:.0f} | {'atteint' if ok else 'MANQUÉ'} |".replace(
                ",", " "
            )
        )
        job.file.storage.delete(job.file.name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
