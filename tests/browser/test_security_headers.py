"""With the Content-Security-Policy on, a learner's lesson, the guided-mode
board (with its live refresh and QR code) and the Wagtail admin show no CSP
violation, and the site's pages still pass axe."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import Audience, CoursePage
from demo.services import DEMO_PASSWORD
from people.models import BeneficiaryProfile, User
from tests.browser.conftest import axe_violations, sign_in
from workshops import guided
from workshops.services import session_create, session_enrol


def _watch(page, found: list) -> None:
    """Collect every CSP violation the page reports, from the console and
    from the securitypolicyviolation event."""
    page.on(
        "console",
        lambda message: (
            found.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.add_init_script(
        """document.addEventListener('securitypolicyviolation', (e) => {
            console.error('Content Security Policy violation: '
                + e.violatedDirective + ' ' + e.blockedURI);
        });"""
    )


@pytest.mark.django_db(transaction=True)
def test_lesson_board_and_admin_run_under_the_csp(live_server, new_page, demo):
    violations: list[str] = []
    course = (
        CoursePage.objects.live()
        .filter(audience=Audience.BENEFICIARY)
        .order_by("path")
        .first()
    )

    learner = new_page(width=360)
    _watch(learner, violations)
    sign_in(learner, live_server.url, "beneficiaire", DEMO_PASSWORD)
    learner.goto(live_server.url + course.url)
    learner.get_by_role("link", name="Reprendre").click()
    expect(learner.locator(".step-count")).to_contain_text("Étape 1 sur")
    assert axe_violations(learner) == []

    pro = User.objects.get(username="pro.corbeil")
    fatou = BeneficiaryProfile.objects.get(login_code="CRBB45")
    start = timezone.localtime() - datetime.timedelta(minutes=5)
    session = session_create(
        by=pro,
        structure=fatou.structure,
        title="Atelier sous CSP",
        date=start.date(),
        start_time=start.time().replace(second=0, microsecond=0),
        courses=[course],
    )
    session_enrol(by=pro, session=session, beneficiary=fatou)
    lesson = guided.lessons_to_choose(session)[0][1][0]
    board = new_page(width=1280)
    _watch(board, violations)
    sign_in(board, live_server.url, "pro.corbeil", DEMO_PASSWORD)
    board.goto(f"{live_server.url}/ateliers-animes/{session.pk}/")
    board.get_by_role("link", name="Mode guidé").click()
    board.get_by_label("Leçon suivie ensemble").select_option(value=str(lesson.pk))
    board.get_by_role("button", name="Lancer le mode guidé").click()
    expect(board.get_by_text("Le mode guidé est lancé")).to_be_visible()
    expect(
        board.get_by_role("img", name="QR code pour rejoindre l’atelier")
    ).to_be_visible()
    # The board refreshes itself with fetch: let it poll once or twice.
    board.wait_for_timeout(6_000)
    assert axe_violations(board) == []

    admin = new_page(width=1280)
    _watch(admin, violations)
    sign_in(admin, live_server.url, "admin", DEMO_PASSWORD)
    admin.goto(f"{live_server.url}/admin/")
    expect(admin.locator("main, #main").first).to_be_visible()
    admin.goto(f"{live_server.url}/admin/pages/{course.pk}/edit/")
    expect(admin.locator("form").first).to_be_visible()
    admin.wait_for_timeout(1_000)

    assert violations == [], "\n".join(violations)
