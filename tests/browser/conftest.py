"""Browser tests: Debian's Chromium driven by Playwright against live_server.

Nothing downloads a browser: Playwright launches /usr/bin/chromium.
"""

import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# made by the tests themselves are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _RequestsInFlight:
    """The live server's requests not yet finished, counted by Django's
    request_started / request_finished signals (sent around every request the
    handler serves, also when the browser has gone away).

    Closing a page is not the end of its requests: Wagtail's editor sends
    « release the editing session » as a beacon on pagehide, and a ping may be
    under way. Served after the test, such a request raced the database flush
    of the test's teardown (SQLite « database table is locked », and the next
    test found the rows still there)."""

    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def started(self, **kwargs):
        with self.lock:
            self.count += 1

    def finished(self, **kwargs):
        with self.lock:
            self.count -= 1

    def wait_idle(self, quiet: float = 0.25, timeout: float = 15.0) -> None:
        """Return once no request has been in flight for `quiet` seconds (a
        beacon leaves the browser a moment after its page closes)."""
        deadline = time.monotonic() + timeout
        quiet_since = None
        while time.monotonic() < deadline:
            if self.count <= 0:
                quiet_since = quiet_since or time.monotonic()
                if time.monotonic() - quiet_since >= quiet:
                    return
            else:
                quiet_since = None
            time.sleep(0.02)
        stuck, self.count = self.count, 0  # this test fails, not every next one
        pytest.fail(f"the live server still serves {stuck} request(s) after the test")


_in_flight = _RequestsInFlight()


@pytest.fixture(scope="session", autouse=True)
def _count_requests_in_flight():
    from django.core.signals import request_finished, request_started

    request_started.connect(
        _in_flight.started, dispatch_uid="browser-in-flight-started"
    )
    request_finished.connect(
        _in_flight.finished, dispatch_uid="browser-in-flight-finished"
    )
    yield
    request_started.disconnect(dispatch_uid="browser-in-flight-started")
    request_finished.disconnect(dispatch_uid="browser-in-flight-finished")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not CHROMIUM:
        pytest.fail("Chromium is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


# The demo as loaded once in this run, copied out of the in-memory SQLite test
# database: {the day it was loaded: the copy}.
_demo_copies: dict = {}


@pytest.fixture
def demo(transactional_db):
    """The database holds the demo (demo.services.demo_load) and nothing else.

    Loading the demo takes seconds (pages, revisions, search index, pictures,
    an attestation's PDF) and almost every browser test starts from it. On the
    in-memory SQLite database the first test loads it into an emptied database
    (the state a transactional test's flush leaves) and keeps a copy through
    SQLite's backup API; later tests get that copy back in milliseconds, the
    same rows the load would write again. Request it before any fixture that
    writes. Elsewhere (PostgreSQL) each test loads the demo itself.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from demo.services import demo_load

    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        demo_load()
        return
    if get_user_model().objects.exists():
        pytest.fail("`demo` replaces the whole database: request it first")
    # Dates in the demo are relative to today: a new day, a new load.
    today = timezone.localdate()
    copy = _demo_copies.get(today)
    connection.ensure_connection()
    if copy is None:
        # The first test of the run may still see what the migrations seeded.
        call_command("flush", interactive=False, verbosity=0)
        demo_load()
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        _demo_copies[today] = copy
    else:
        copy.backup(connection.connection)
        # In-process caches still hold the emptied database's ids.
        ContentType.objects.clear_cache()
        cache.clear()


@pytest.fixture
def new_page(browser, request):
    """Open pages in fresh contexts (one per person); screenshots on failure."""
    contexts = []

    def _open(width: int = 1280, height: int = 900):
        # The service worker (issue 18) is tested in test_offline.py; here it
        # would fetch lessons ahead while the test moves on.
        context = browser.new_context(
            viewport={"width": width, "height": height},
            locale="fr-FR",
            service_workers="block",
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield _open
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for i, context in enumerate(contexts):
            for j, page in enumerate(context.pages):
                page.screenshot(
                    path=ARTIFACTS / f"{request.node.name}-{i}-{j}.png", full_page=True
                )
    for context in contexts:
        context.close()
    if contexts:
        # Before the database is flushed (transactional_db, set up before
        # this fixture by live_server, is torn down after it).
        _in_flight.wait_idle()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


def sign_in(page, base_url: str, username: str, password: str) -> None:
    page.goto(f"{base_url}/connexion/")
    page.get_by_label("Identifiant").fill(username)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_load_state()


def axe_violations(page) -> list[dict]:
    """Run axe-core on the page; return WCAG 2.1 A/AA violations."""
    if not AXE_PATH.exists():
        pytest.fail("axe-core is missing: run `npm ci`")
    # A click that opens a page returns once the new page has started: wait
    # until it is whole, or axe reads half a document.
    page.wait_for_load_state()
    # Evaluated, not added as an inline <script>: the site's CSP refuses those.
    page.evaluate(AXE_PATH.read_text())
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
        })"""
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "targets": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
    ]
