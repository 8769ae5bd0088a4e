"""The editorial chain end to end: a trainer writes a lesson in the Wagtail admin,
a moderator approves it, and a beneficiary follows it on a phone-sized screen."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from courses.models import Audience, CataloguePage, CoursePage, LessonPage, ModulePage
from demo.services import DEMO_PASSWORD
from tests.browser.conftest import sign_in

LESSON_TITLE = "Régler le volume du téléphone"
LESSON_SUMMARY = "Monter ou baisser le son de votre téléphone avec ses boutons."
STEPS_TITLE = "Monter le son"
STEP_TEXTS = [
    "Repérez les deux boutons sur le côté du téléphone.",
    "Appuyez sur le bouton du haut pour monter le son.",
]
# "33 % — 1 leçon terminée sur 3": the percent, lessons done, lessons in total.
PROGRESS_PATTERN = re.compile(r"(\d+)\s*%\D+(\d+)\D+(\d+)")


@pytest.mark.django_db(transaction=True)
def test_trainer_lesson_is_moderated_published_and_completed_by_a_beneficiary(
    live_server, new_page, settings, demo
):
    # Wagtail 8 autosaves the editor every 500 ms. An autosave still in flight
    # when "Submit" is clicked races with it, and the in-memory SQLite test
    # database then fails with "database table is locked" (a 500). Autosave is
    # off here (the live server thread reads these same settings), so the
    # editor's only request is the submit itself.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    catalogue = CataloguePage.objects.get(audience=Audience.BENEFICIARY)
    # The demo beneficiary is enrolled in the first course, so progress shows.
    course = CoursePage.objects.child_of(catalogue).live().order_by("path").first()
    module = ModulePage.objects.child_of(course).live().order_by("path").last()

    _trainer_submits_lesson(new_page(), live_server.url, module)
    lesson = LessonPage.objects.get(title=LESSON_TITLE)
    assert not lesson.live
    assert lesson.get_parent().pk == module.pk
    workflow_state = lesson.workflow_states.get()
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert workflow_state.workflow.name == "Relecture"

    _moderator_approves_lesson(new_page(), live_server.url)
    lesson.refresh_from_db()
    assert lesson.live
    assert lesson.workflow_states.get().status == WorkflowState.STATUS_APPROVED

    _beneficiary_completes_lesson(new_page(width=360), live_server.url, course, lesson)


def _admin_sign_in(page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    expect(page).to_have_url(f"{base_url}/admin/")


def _trainer_submits_lesson(page, base_url: str, module: ModulePage) -> None:
    _admin_sign_in(page, base_url, "formatrice")
    # A module only accepts lessons: Wagtail skips the type choice.
    page.goto(f"{base_url}/admin/pages/{module.pk}/add_subpage/")
    expect(page).to_have_url(
        f"{base_url}/admin/pages/add/courses/lessonpage/{module.pk}/"
    )

    page.get_by_placeholder("Titre de la page*").fill(LESSON_TITLE)
    page.get_by_role("textbox", name="En bref").fill(LESSON_SUMMARY)

    body = page.locator("[data-contentpath='body']")
    body.get_by_role("button", name="Insérer un bloc").first.click()
    page.get_by_role("option", name="Étapes guidées").click()
    # Required fields' labels end with a "*" mark.
    body.get_by_role("textbox", name=re.compile(r"^Titre\W*$")).fill(STEPS_TITLE)

    steps = body.locator("[data-contentpath='steps']")
    instructions = steps.locator("[data-contentpath='instruction']")
    # The list starts with one empty step (min_num=1).
    expect(instructions).to_have_count(1)
    _type_rich_text(instructions.nth(0), STEP_TEXTS[0])
    steps.get_by_role("button", name="Ajouter", exact=True).last.click()
    expect(instructions).to_have_count(2)
    _type_rich_text(instructions.nth(1), STEP_TEXTS[1])

    footer = page.get_by_role("navigation", name="Actions (pied de page)")
    # Without publish permission, "Publish" is not offered at all.
    expect(footer.get_by_role("button", name="Publier")).to_have_count(0)
    footer.get_by_role("button", name="Plus d'actions").click()
    footer.get_by_role("button", name="Soumettre à Relecture").click()

    expect(page).to_have_url(f"{base_url}/admin/pages/{module.pk}/")
    expect(
        page.get_by_text(f"Page « {LESSON_TITLE} » créée et soumise")
    ).to_be_visible()


def _type_rich_text(field, text: str) -> None:
    """Type into a Draftail editor and wait until its state reaches the form."""
    field.locator("[contenteditable='true']").press_sequentially(text)
    # Draftail writes its content to a hidden input after a short delay: a
    # submit sent before that would lose the last keystrokes.
    expect(field.locator("input[type='hidden']")).to_have_value(
        re.compile(re.escape(text))
    )


def _moderator_approves_lesson(page, base_url: str) -> None:
    _admin_sign_in(page, base_url, "moderateur")
    review = page.locator("#awaiting-review-section")
    row = review.get_by_role("row").filter(has_text=LESSON_TITLE)
    expect(row).to_have_count(1)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approuver", exact=True).click()
    # Once approved, the lesson leaves the moderator's review queue.
    expect(row).to_have_count(0)


def _beneficiary_completes_lesson(page, base_url: str, course, lesson) -> None:
    sign_in(page, base_url, "beneficiaire", DEMO_PASSWORD)

    page.goto(base_url + course.url)
    before = _progress(page)
    lesson_item = page.locator("li.outline__lesson").filter(has_text=LESSON_TITLE)
    expect(lesson_item).to_have_count(1)
    expect(lesson_item).not_to_have_class(re.compile(r"\bis-done\b"))

    # The whole lesson (its own address plays it one step at a time).
    page.goto(base_url + lesson.whole_url())
    expect(page.get_by_role("heading", level=1)).to_have_text(LESSON_TITLE)
    expect(page.locator(".steps__title")).to_have_text(STEPS_TITLE)
    steps = page.locator("ol.steps__list > li")
    expect(steps).to_have_count(len(STEP_TEXTS))
    for step, text in zip(steps.all(), STEP_TEXTS, strict=True):
        expect(step).to_contain_text(text)
    page.get_by_role("button", name="J'ai terminé cette leçon").click()
    expect(page.get_by_role("status")).to_contain_text(
        f"Bravo, la leçon « {LESSON_TITLE} » est terminée."
    )

    page.goto(base_url + course.url)
    done_item = page.locator("li.outline__lesson.is-done").filter(has_text=LESSON_TITLE)
    expect(done_item).to_have_count(1)
    after = _progress(page)
    assert after[2] == before[2]
    assert after[1] == before[1] + 1
    assert after[0] > before[0]


def _progress(page) -> tuple[int, int, int]:
    """(percent, lessons done, lessons in total) read from the course page."""
    text = page.locator("#avancement + .progress .progress__label").inner_text()
    match = PROGRESS_PATTERN.search(text)
    assert match, text
    return tuple(int(group) for group in match.groups())
