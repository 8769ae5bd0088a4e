"""The demo diagnostics speak to the person: every item has its first-person
text, and items about something to see name a picture to draw."""

import re

import pytest

from demo import diagnostic_content
from demo import diagnostics as demo_diagnostics
from diagnostics.models import DiagnosticItem
from diagnostics.wording import self_text_error
from skills.services import scale_seed

ITEMS = [
    *diagnostic_content.BENEFICIARY_DIAGNOSTIC["items"],
    *diagnostic_content.PROFESSIONAL_SELF_ASSESSMENT["items"],
]
# Words that send the reader looking for something on a screen or a device.
VISUAL = re.compile(
    r"icône|éventail|@|bouton Marche|SMS (?:douteux|d'exemple)|faux SMS|pièce jointe"
)


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["text"][:40])
def test_every_demo_item_has_a_first_person_text(item):
    text = diagnostic_content.self_text(item)
    assert text.startswith("Je sais ")
    assert self_text_error(text) is None
    assert len(text) <= 250


def test_items_about_something_to_see_name_a_picture_with_its_description():
    missing = [
        item["text"]
        for item in ITEMS
        if VISUAL.search(item["text"] + diagnostic_content.self_text(item))
        and "picture" not in item
    ]
    assert missing == []
    for item in ITEMS:
        if "picture" in item:
            assert item["picture"] in diagnostic_content.PICTURE_KEYS
            assert item["picture_alt"].strip().endswith(".")


def test_the_loaded_items_keep_their_first_person_text(db):
    scale_seed()
    demo_diagnostics.demo_diagnostics_load()
    items = DiagnosticItem.objects.all()
    assert items.count() == len(ITEMS)
    assert not items.filter(self_text="").exists()


def test_the_loader_attaches_the_picture_named_by_each_item(db):
    from demo.pictures import picture_image

    scale_seed()
    demo_diagnostics.demo_diagnostics_load()
    named = [item for item in ITEMS if "picture" in item]
    pictured = DiagnosticItem.objects.filter(picture__isnull=False)
    assert pictured.count() == len(named)
    wifi = DiagnosticItem.objects.get(question__text__contains="éventail")
    assert wifi.picture == picture_image("wifi_icon")
    assert "éventail" in wifi.picture_alt
