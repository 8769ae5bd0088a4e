"""A beneficiary follows a course on a 360 px phone screen."""

import pytest
from playwright.sync_api import expect

from courses.models import Audience, CoursePage
from demo.services import DEMO_PASSWORD
from tests.browser.conftest import axe_violations, sign_in


@pytest.mark.django_db(transaction=True)
def test_a_beneficiary_resumes_marks_a_lesson_done_and_sees_progress(
    live_server, new_page, demo
):
    course = (
        CoursePage.objects.live()
        .filter(audience=Audience.BENEFICIARY)
        .order_by("path")
        .first()
    )
    page = new_page(width=360)
    sign_in(page, live_server.url, "beneficiaire", DEMO_PASSWORD)

    page.goto(live_server.url + course.url)
    expect(page.locator(".progress__label")).to_contain_text("50 %")
    page.get_by_role("link", name="Reprendre").click()

    # The demo beneficiary finished lesson 1: « Reprendre » opens lesson 2.
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Le clavier : lettres, chiffres, @"
    )
    # It opens one step at a time; read-aloud is offered where the browser
    # can speak. The whole lesson is one link away.
    expect(page.locator(".step-count")).to_contain_text("Étape 1 sur")
    expect(page.get_by_role("button", name="Écouter l'étape")).to_be_visible()
    page.get_by_role("link", name="Voir toute la leçon").click()
    expect(page.get_by_role("button", name="Écouter la leçon")).to_be_visible()
    expect(page.locator("ol.steps__list > li").first).to_be_visible()

    page.get_by_role("button", name="J'ai terminé cette leçon").click()

    # Last lesson of the course: back to the course page, 100 %.
    expect(page.locator(".messages")).to_contain_text("terminé tout le parcours")
    expect(page.locator(".progress__label")).to_contain_text("100 %")
    expect(page.locator("li.outline__lesson.is-done")).to_have_count(2)
    assert axe_violations(page) == []


@pytest.mark.django_db(transaction=True)
def test_lessons_work_without_javascript(live_server, browser, demo):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 360, "height": 800}
    )
    page = context.new_page()
    sign_in(page, live_server.url, "beneficiaire", DEMO_PASSWORD)
    course = (
        CoursePage.objects.live()
        .filter(audience=Audience.BENEFICIARY)
        .order_by("path")
        .first()
    )
    page.goto(live_server.url + course.url)
    page.get_by_role("link", name="Reprendre").click()
    # No script, no read-aloud button, but the lesson and its form work.
    expect(page.get_by_role("button", name="Écouter l'étape")).to_be_hidden()
    page.get_by_role("link", name="Voir toute la leçon").click()
    expect(page.get_by_role("button", name="Écouter la leçon")).to_be_hidden()
    page.get_by_role("button", name="J'ai terminé cette leçon").click()
    expect(page.locator(".progress__label")).to_contain_text("100 %")
    context.close()
