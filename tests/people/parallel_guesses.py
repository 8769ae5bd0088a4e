"""Parallel wrong guesses against the sign-in limits, shared by the PostgreSQL
test (in process) and the SQLite one (a subprocess on a real SQLite file, with
the project's SQLITE_OPTIONS: Django's in-memory test database would not show
« database is locked »).

Run as a script: `python tests/people/parallel_guesses.py <sqlite file>`;
prints the results as JSON."""

import json
import os
import sys
import threading

GUESSES = 20
LIMIT = 5  # every limit under test: MAX_PIN_ATTEMPTS, and the address ones


def _parallel(count: int, work) -> list:
    from django.db import connections

    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(index: int) -> None:
        try:
            barrier.wait()
            results[index] = work(index)
        except Exception as error:  # every failure is the finding
            results[index] = f"error: {error!r}"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _wrong(pin: str) -> str:
    return "2580" if pin != "2580" else "3691"


def pins_on_one_account() -> dict:
    """20 parallel wrong PINs on one card, through the sign-in page."""
    from django.test import Client
    from django.urls import reverse

    from tests import builders

    profile, pin = builders.beneficiary(builders.structure())

    def post(index: int):
        response = Client(REMOTE_ADDR=f"10.0.1.{index}").post(
            reverse("people:code_login"),
            {"login_code": profile.login_code, "pin": _wrong(pin)},
        )
        return response.status_code

    statuses = _parallel(GUESSES, post)
    profile.refresh_from_db()
    return {
        "statuses": statuses,
        "failed_pin_attempts": profile.failed_pin_attempts,
        "locked": profile.is_locked,
    }


def pins_from_one_address(limit: int) -> dict:
    """20 parallel wrong PINs on 20 cards from one address."""
    from django.test import Client, override_settings
    from django.urls import reverse

    from people.models import BeneficiaryProfile
    from tests import builders

    structure = builders.structure()
    cards = [builders.beneficiary(structure) for _ in range(GUESSES)]

    def post(index: int):
        profile, pin = cards[index]
        response = Client(REMOTE_ADDR="10.0.2.1").post(
            reverse("people:code_login"),
            {"login_code": profile.login_code, "pin": _wrong(pin)},
        )
        return response.status_code

    with override_settings(PIN_FAILURES_PER_ADDRESS=limit):
        statuses = _parallel(GUESSES, post)
    checked = sum(
        BeneficiaryProfile.objects.filter(
            pk__in=[profile.pk for profile, _pin in cards]
        ).values_list("failed_pin_attempts", flat=True)
    )
    return {"statuses": statuses, "checked": checked}


def reservations(kind: str, subject: str | None) -> dict:
    """20 parallel reservations of one counter (guided PINs, join codes)."""
    from django.test import RequestFactory, override_settings

    from people.throttle import attempt_reserve

    def reserve(_index: int):
        request = RequestFactory().post("/", REMOTE_ADDR="10.0.3.1")
        return attempt_reserve(request, kind, subject)

    with override_settings(JOIN_CODE_FAILURES_PER_ADDRESS=LIMIT):
        return {"granted": _parallel(GUESSES, reserve)}


def all_results() -> dict:
    from people.throttle import GUIDED_PIN, JOIN_CODE

    return {
        "one_account": pins_on_one_account(),
        "one_address": pins_from_one_address(limit=LIMIT),
        "guided_pin": reservations(GUIDED_PIN, "participation-1"),
        "join_code": reservations(JOIN_CODE, None),
    }


def _main(sqlite_file: str) -> None:
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.path.insert(0, root)
    os.environ["DATABASE_URL"] = f"sqlite:///{sqlite_file}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    import django

    django.setup()
    from django.apps import apps
    from django.conf import settings
    from django.core.management import call_command

    # Tables straight from the models, as the test runner's --nomigrations.
    settings.MIGRATION_MODULES = {app.label: None for app in apps.get_app_configs()}
    call_command("migrate", run_syncdb=True, verbosity=0)
    from people.services import roles_setup

    roles_setup()
    sys.stdout.write(json.dumps(all_results()) + "\n")


if __name__ == "__main__":
    _main(sys.argv[1])
