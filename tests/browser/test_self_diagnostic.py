"""A beneficiary does the demo diagnostic alone on a phone: each item speaks to
her in the first person, with its picture; the result and « Mes niveaux » are
plain sentences; every screen passes axe at 360 and 1280 px."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from playwright.sync_api import expect
from wagtail.images.models import Image

from demo.services import DEMO_PASSWORD
from diagnostics.models import DiagnosticItem
from tests.browser.conftest import axe_violations, sign_in

ALT = "Un téléphone vu de côté. Le bouton pour l'allumer est sur le bord, entouré."


def _attach_picture() -> DiagnosticItem:
    # demo.pictures draws the real ones; any image shows the page's behaviour.
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 360), "#f4f6fb").save(buffer, "PNG")
    image = Image.objects.create(
        title="Bouton Marche", file=ImageFile(buffer, name="bouton.png")
    )
    item = DiagnosticItem.objects.get(
        self_text__startswith="Je sais allumer le téléphone"
    )
    item.picture = image
    item.picture_alt = ALT
    item.save()
    return item


def _overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - innerWidth")


def _checked_at_both_widths(page, found: dict, name: str) -> None:
    page.set_viewport_size({"width": 360, "height": 800})
    found[f"{name} 360"] = axe_violations(page)
    assert _overflow(page) <= 0, name
    page.set_viewport_size({"width": 1280, "height": 900})
    found[f"{name} 1280"] = axe_violations(page)
    page.set_viewport_size({"width": 360, "height": 800})


@pytest.mark.django_db(transaction=True)
def test_a_self_diagnostic_on_a_phone_speaks_to_her(live_server, new_page, demo):
    _attach_picture()
    page = new_page(width=360, height=800)
    sign_in(page, live_server.url, "beneficiaire", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/diagnostics/")
    page.get_by_role("button", name="Commencer").first.click()
    expect(page.get_by_role("heading", name="Pour commencer")).to_be_visible()
    page.get_by_role("button", name="Continuer").click()

    found: dict = {}
    expect(page.get_by_text("Domaine 1 sur 6")).to_be_visible()
    first = page.locator("fieldset").first
    expect(first.locator("legend")).to_have_text(
        "Je sais allumer le téléphone et le déverrouiller, quand quelqu'un me guide."
    )
    picture = first.get_by_role("img", name=ALT)
    expect(picture).to_be_visible()
    assert picture.get_attribute("loading") == "lazy"
    webp = first.locator('picture source[type="image/webp"]').get_attribute("srcset")
    assert ".webp 320w" in webp and ".webp 640w" in webp
    assert "Savez-vous faire ceci" not in page.content()
    _checked_at_both_widths(page, found, "domaine")

    # By keyboard: « Oui » to the first item; « Oui » to the second (N1
    # reached), « Pas encore » to the third.
    first.get_by_label("Oui").focus()
    page.keyboard.press("Space")
    expect(first.get_by_label("Oui")).to_be_checked()
    page.locator("fieldset").nth(1).get_by_label("Oui").check()
    page.locator("fieldset").nth(2).get_by_label("Pas encore").check()
    page.get_by_role("button", name="Continuer").click()
    for _area in range(5):
        page.get_by_role("button", name="Continuer").click()
    page.get_by_role("button", name="Voir mon résultat").click()

    expect(page.get_by_role("heading", name="Votre résultat")).to_be_visible()
    expect(
        page.get_by_text(
            "Vous savez écrire un mot avec le clavier et trouver le signe @, quand "
            "quelqu'un vous guide."
        )
    ).to_be_visible()
    _checked_at_both_widths(page, found, "résultat")

    page.goto(f"{live_server.url}/diagnostics/mes-niveaux/")
    expect(page.get_by_role("heading", name="Mes niveaux")).to_be_visible()
    page.get_by_text("Que veulent dire les niveaux N0 à N4 ?").click()
    expect(page.get_by_text("N4 · Confirmé")).to_be_visible()
    # Table headers keep whole words: « Avancement » sits on one line (on a
    # wide screen; a phone shows the tables as cards, each cell labelled).
    page.set_viewport_size({"width": 1280, "height": 900})
    lines = page.evaluate(
        """() => {
            const th = [...document.querySelectorAll('th')]
                .find(cell => cell.textContent.trim() === 'Avancement');
            const range = document.createRange();
            range.selectNodeContents(th);
            const tops = [...range.getClientRects()].map(r => Math.round(r.top));
            return new Set(tops).size;
        }"""
    )
    assert lines == 1
    page.set_viewport_size({"width": 360, "height": 800})
    # On the phone the tables of her courses and exercises become cards:
    # nothing is cut off nor needs a swipe inside a table.
    cut = page.evaluate(
        """() => [...document.querySelectorAll('.table-wrap')]
            .filter(wrap => wrap.scrollWidth > wrap.clientWidth)
            .map(wrap => wrap.querySelector('th, td').textContent.trim())"""
    )
    assert cut == []
    _checked_at_both_widths(page, found, "mes niveaux")
    assert {k: v for k, v in found.items() if v} == {}
