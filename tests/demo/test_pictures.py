"""The demo's own drawings: registered by key, light, stored once as Wagtail images."""

from io import BytesIO

import pytest
from PIL import Image as PILImage
from wagtail.images import get_image_model

from demo.pictures import (
    COLLECTION_NAME,
    PICTURES,
    STEP_RENDITIONS,
    picture_image,
    picture_png,
    picture_renditions_create,
)

# Attached to the diagnostic items by another part of the demo.
DIAGNOSTIC_KEYS = [
    "wifi_icon",
    "phone_power_button",
    "keyboard_at_key",
    "browser_address_bar",
    "attachment_paperclip",
    "password_field",
    "scam_sms",
    "login_form",
    "camera_document",
    "mail_inbox",
]


@pytest.mark.parametrize("key", DIAGNOSTIC_KEYS)
def test_the_pictures_the_diagnostics_use_are_drawn(key):
    image = PILImage.open(BytesIO(picture_png(key)))
    assert image.format == "PNG"
    assert image.size == (720, 540)


def test_the_drawings_are_distinct_pictures():
    drawings = {picture_png(key) for key in PICTURES}
    assert len(drawings) == len(PICTURES)
    assert len(PICTURES) >= 25


def test_an_unknown_picture_is_refused(db):
    with pytest.raises(KeyError):
        picture_png("photo_of_a_real_logo")
    with pytest.raises(KeyError):
        picture_image("photo_of_a_real_logo")


def test_a_picture_is_stored_once_in_the_demo_collection(db):
    first = picture_image("scam_sms")
    again = picture_image("scam_sms")
    assert again.pk == first.pk
    assert first.collection.name == COLLECTION_NAME
    assert (first.width, first.height) == (720, 540)
    assert get_image_model().objects.filter(title=first.title).count() == 1


def test_the_renditions_a_step_shows_can_be_made_ahead(db):
    assert picture_renditions_create(keys=["login_form"]) == 1
    image = picture_image("login_form")
    assert set(image.renditions.values_list("filter_spec", flat=True)) == set(
        STEP_RENDITIONS
    )
