"""A trainer sees readability advice appear under a paragraph as she types."""

import os
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from courses.models import LessonPage
from demo.services import DEMO_PASSWORD

LONG_SENTENCE = (
    " Quand vous avez reçu le courrier de votre caisse avec le code provisoire, "
    "retournez sur le site et connectez-vous avec votre numéro et ce code en "
    "faisant bien attention aux majuscules."
)
# Screenshots for a person to look at (READABILITY_SCREENSHOTS=/tmp/somewhere).
SCREENSHOTS = os.environ.get("READABILITY_SCREENSHOTS")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [1280, 360])
def test_a_trainer_typing_a_long_sentence_sees_the_warning(
    live_server, new_page, settings, width, demo
):
    # No autosave: its requests would race with the test's reads of SQLite.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    lesson = LessonPage.objects.get(slug="le-clavier-lettres-chiffres-arobase")
    page = new_page(width=width)
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("input[name=username]").fill("formatrice")
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    summary = page.locator("[data-readability-summary]")
    expect(summary).to_contain_text("Lisibilité de la leçon (niveau N1)")
    expect(summary).to_contain_text("Rien à corriger.")
    note = page.locator("[data-readability-note='body-0']")
    expect(note).to_contain_text("Lisibilité : bien")
    guide = page.get_by_role("link", name="Guide « Écrire simplement » (nouvel onglet)")
    expect(guide).to_have_attribute("href", reverse("courses_writing_guide"))

    editor = page.locator("[data-contentpath='body'] [contenteditable='true']").first
    editor.click()
    editor.press("Control+End")
    editor.press_sequentially(LONG_SENTENCE)

    expect(note).to_contain_text("Phrase de 31 mots : coupez-la en deux.")
    expect(note).to_have_class("readability-note is-warning")
    expect(summary).to_contain_text("1 bloc à simplifier")
    assert _axe_violations(page, ".readability-note") == []
    if SCREENSHOTS:
        note.scroll_into_view_if_needed()
        page.screenshot(path=str(Path(SCREENSHOTS) / f"editor-warning-{width}.png"))


def _axe_violations(page, selector: str) -> list[dict]:
    from tests.browser.conftest import AXE_PATH

    page.add_script_tag(path=str(AXE_PATH))
    result = page.evaluate(
        """async (selector) => await axe.run({include: [[selector]]}, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
        })""",
        selector,
    )
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
