"""Light and offline (issue 18), in Chromium with the network cut: a
beneficiary's lessons stay readable, what she does offline is sent once when
the connection returns, nothing personal survives sign-out, and a lesson page
stays within its data budget."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect

from courses.models import Audience, CoursePage, LessonCompletion, LessonPosition
from courses.selectors import course_outline_get
from courses.services import enrollment_create
from courses.steps import lesson_steps
from demo.services import DEMO_PASSWORD
from tests.browser.conftest import ARTIFACTS, axe_violations, sign_in

# Issue 18's budget, before images.
FIRST_VISIT_BYTES = 100 * 1024
REPEAT_VISIT_BYTES = 10 * 1024


@pytest.fixture
def contexts(browser):
    """Open 360 px contexts; each is closed at the end of the test, even a
    failed one, so that no worker keeps fetching into the next test."""
    opened = []

    def _open(**options):
        context = browser.new_context(
            viewport={"width": 360, "height": 780}, locale="fr-FR", **options
        )
        context.set_default_timeout(30_000)
        opened.append(context)
        return context

    yield _open
    for context in opened:
        context.close()


def _demo():
    """The demo beneficiary, the lesson she resumes (not done yet) and the
    first lesson of another course she follows (kept ahead, never opened)."""
    user = get_user_model().objects.get(username="beneficiaire")
    courses = list(
        CoursePage.objects.live().filter(audience=Audience.BENEFICIARY).order_by("path")
    )
    lesson = course_outline_get(course=courses[0], user=user).resume_lesson.specific
    enrollment_create(user=user, course=courses[-1])
    ahead = course_outline_get(course=courses[-1], user=user).lessons[0].lesson
    return user, lesson, ahead.specific


def _kept(page):
    """Wait until the service worker has kept what the page asked for."""
    # A lesson and the next ones with their pictures: slow on a busy machine.
    page.wait_for_selector("html[data-offline-kept]", state="attached", timeout=120_000)


def _step_count(page):
    return page.locator(".step-count")


@pytest.mark.django_db(transaction=True)
def test_a_lesson_is_read_offline_finished_and_recorded_once(
    live_server, contexts, demo
):
    user, lesson, ahead = _demo()
    total = len(lesson_steps(lesson))
    base = live_server.url
    context = contexts(service_workers="allow")
    page = context.new_page()
    sign_in(page, base, "beneficiaire", DEMO_PASSWORD)
    _kept(page)  # installed: its first fetches are done
    page.goto(base + lesson.step_url(1))
    _kept(page)

    # The connection drops: the lesson reads on, step by step.
    context.set_offline(True)
    page.reload()
    banner = page.locator("[data-offline-banner]")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("Hors connexion.")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "offline-banner-360.png")
    assert axe_violations(page) == []
    for number in range(2, total + 1):
        page.get_by_role("button", name="Suivant").click()
        expect(_step_count(page)).to_have_text(f"Étape {number} sur {total}")
        # The worker lands on the step counter as the server does.
        expect(page).to_have_url(re.compile(r"/etape/\d+/#etape-compteur$"))
        expect(banner).to_be_visible()
    queue = page.locator("[data-offline-queue]")
    expect(queue).to_contain_text("En attente d'envoi")
    page.get_by_role("button", name="J'ai terminé cette leçon").click()
    expect(page.locator("[data-offline-done]")).to_have_text(
        "Leçon terminée : en attente d'envoi."
    )
    # Nothing reached the server yet.
    assert not LessonCompletion.objects.filter(user=user, lesson=lesson).exists()

    # The next lesson of another course she follows was kept ahead.
    page.goto(base + ahead.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(ahead.title)
    page.goto(base + ahead.step_url(2))
    expect(_step_count(page)).to_contain_text("Étape 2 sur")

    # A page never opened: the French offline page lists what is kept.
    page.goto(base + reverse("diagnostics:my_levels"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Hors connexion")
    kept = page.locator("[data-offline-list] a")
    expect(kept.filter(has_text=lesson.title)).to_have_count(1)
    expect(kept.filter(has_text=ahead.title)).to_have_count(1)
    page.screenshot(path=ARTIFACTS / "offline-page-360.png")
    assert axe_violations(page) == []

    # Back online: everything is sent, once.
    context.set_offline(False)
    page.goto(base + lesson.step_url(total))
    expect(page.locator(".offline-queue--sent")).to_contain_text("Enregistré")
    expect(banner).to_be_hidden()
    assert LessonCompletion.objects.filter(user=user, lesson=lesson).count() == 1
    assert LessonPosition.objects.get(user=user, lesson=lesson).step == total
    # Sent again (a second replay of the same queue), still once.
    page.reload()
    expect(page.locator(".badge", has_text="Leçon terminée")).to_be_visible()
    assert LessonCompletion.objects.filter(user=user).filter(lesson=lesson).count() == 1

    # « Économiser les données » on her account page, by keyboard-friendly radios.
    page.goto(base + reverse("people:my_account"))
    page.get_by_label("Afficher les images seulement si j'appuie dessus").check()
    page.get_by_role("button", name="Enregistrer ce réglage").click()
    expect(page.locator(".messages")).to_contain_text("C'est enregistré.")
    assert axe_violations(page) == []
    pictured = next(
        s.number for s in lesson_steps(lesson) if s.step and s.step["screenshot"]
    )
    page.goto(base + lesson.step_url(pictured))
    picture = page.locator("details.saver-picture img")
    expect(picture).to_be_hidden()
    page.get_by_text("Afficher l'image").click()
    expect(picture).to_be_visible()


@pytest.mark.django_db(transaction=True)
def test_after_signing_out_offline_no_personal_page_opens(live_server, contexts, demo):
    _user, lesson, _ahead = _demo()
    base = live_server.url
    context = contexts(service_workers="allow")
    page = context.new_page()
    sign_in(page, base, "beneficiaire", DEMO_PASSWORD)
    _kept(page)  # installed: its first fetches are done
    page.goto(base + lesson.step_url(1))
    _kept(page)
    context.set_offline(True)
    page.goto(base + lesson.step_url(2))
    expect(_step_count(page)).to_contain_text("Étape 2 sur")

    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hors connexion")
    for url in (lesson.step_url(1), lesson.step_url(2), lesson.url, "/mon-espace/"):
        page.goto(base + url)
        expect(page.get_by_role("heading", level=1)).to_have_text("Hors connexion")
        expect(page.locator("[data-offline-list] a")).to_have_count(0)
        assert "Aminata" not in page.content()
    assert page.evaluate("caches.has('relais-pages')") is False

    # Back online, the sign-out kept for later ends the session too.
    # (Its answer carries Clear-Site-Data: the worker itself is removed, so
    # the page cannot wait for it to report.)
    context.set_offline(False)
    page.goto(base + reverse("offline_page"))
    for _ in range(240):  # a minute at most
        page.wait_for_timeout(250)
        page.goto(base + "/mon-espace/")
        if page.url.startswith(f"{base}/connexion/"):
            break
    expect(page).to_have_url(f"{base}/connexion/?next=/mon-espace/")


@pytest.mark.django_db(transaction=True)
def test_signing_out_online_wipes_what_was_kept(live_server, contexts, demo):
    _user, lesson, _ahead = _demo()
    base = live_server.url
    context = contexts(service_workers="allow")
    page = context.new_page()
    sign_in(page, base, "beneficiaire", DEMO_PASSWORD)
    _kept(page)  # installed: its first fetches are done
    page.goto(base + lesson.step_url(1))
    _kept(page)
    assert page.evaluate("caches.has('relais-pages')") is True
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_load_state()
    _kept(page)
    context.set_offline(True)
    page.goto(base + lesson.step_url(1))
    expect(page.get_by_role("heading", level=1)).to_have_text("Hors connexion")


def _measure(page):
    """Bytes transferred for the page's document, styles and scripts (not
    images), as Chromium counts them (CDP encodedDataLength)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    types, sizes = {}, {}
    cdp.on(
        "Network.responseReceived",
        lambda e: types.__setitem__(e["requestId"], (e["type"], e["response"]["url"])),
    )
    cdp.on(
        "Network.loadingFinished",
        lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]),
    )

    def total(url: str) -> tuple[int, list]:
        types.clear()
        sizes.clear()
        page.goto(url)
        page.wait_for_load_state("networkidle")
        counted = [
            (types[r][1], sizes[r])
            for r in sizes
            if r in types and types[r][0] != "Image"
        ]
        return sum(size for _url, size in counted), counted

    return total


@pytest.mark.django_db(transaction=True)
def test_a_lesson_page_stays_within_its_data_budget(live_server, contexts, demo):
    _user, lesson, _ahead = _demo()
    base = live_server.url
    # No worker here: the HTTP exchange itself is measured.
    context = contexts(service_workers="block")
    page = context.new_page()
    sign_in(page, base, "beneficiaire", DEMO_PASSWORD)
    total = _measure(page)
    page.context.new_cdp_session(page).send("Network.clearBrowserCache")

    first, counted = total(base + lesson.step_url(2))
    assert any(url.endswith("site.css") for url, _size in counted)
    assert first <= FIRST_VISIT_BYTES, counted
    repeat, counted = total(base + lesson.step_url(2))
    assert repeat <= REPEAT_VISIT_BYTES, counted
    print(f"lesson step: first visit {first} B, repeat {repeat} B")  # noqa: T201


@pytest.mark.django_db(transaction=True)
def test_a_completion_waits_through_an_ended_session(live_server, contexts, demo):
    """The session ends while she reads offline (a shared phone's short idle
    time): what she did waits, and is sent once she signs in again."""
    user, lesson, _ahead = _demo()
    total = len(lesson_steps(lesson))
    base = live_server.url
    context = contexts(service_workers="allow")
    page = context.new_page()
    sign_in(page, base, "beneficiaire", DEMO_PASSWORD)
    _kept(page)
    page.goto(base + lesson.step_url(total))
    _kept(page)
    context.set_offline(True)
    page.reload()
    page.get_by_role("button", name="J'ai terminé cette leçon").click()
    expect(page.locator("[data-offline-done]")).to_be_visible()
    context.clear_cookies()  # the session is gone
    context.set_offline(False)
    sign_in(page, base, "beneficiaire", DEMO_PASSWORD)
    _kept(page)
    page.goto(base + lesson.step_url(total))
    expect(page.locator(".badge", has_text="Leçon terminée")).to_be_visible()
    assert LessonCompletion.objects.filter(user=user, lesson=lesson).count() == 1
