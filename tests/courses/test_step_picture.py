"""A step's picture and an image block are served as responsive renditions."""

import io

from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from courses.blocks import GuidedStepsBlock, ImageBlock


def _image():
    buffer = io.BytesIO()
    PILImage.new("RGB", (720, 540), "#1f4fa3").save(buffer, "PNG")
    return Image.objects.create(
        title="Le bouton Marche", file=ImageFile(buffer, name="marche.png")
    )


def _render(block, raw):
    return BeautifulSoup(block.render(block.to_python(raw)), "html.parser")


def _assert_responsive(picture, alt):
    source = picture.find("source")
    assert source["type"] == "image/webp"
    assert [part.split()[-1] for part in source["srcset"].split(", ")] == [
        "360w",
        "720w",
    ]
    img = picture.img
    assert img["alt"] == alt
    assert img["loading"] == "lazy"
    assert img["src"].endswith(".png")
    assert ".width-720.png 720w" in img["srcset"]
    assert img["sizes"] == source["sizes"]
    assert (img["width"], img["height"]) == ("360", "270")


def test_a_step_picture_is_a_lazy_webp_picture_with_a_png_fallback(db):
    image = _image()
    html = _render(
        GuidedStepsBlock(),
        {
            "title": "Allumer",
            "steps": [
                {
                    "instruction": "<p>Trouvez le bouton.</p>",
                    "screenshot": image.pk,
                    "screenshot_alt": "Le bouton Marche, entouré",
                },
                {"instruction": "<p>Attendez.</p>"},
            ],
        },
    )
    steps = html.select("li.step")
    _assert_responsive(steps[0].picture, "Le bouton Marche, entouré")
    assert "step__screenshot" in steps[0].img["class"]
    assert steps[1].picture is None and steps[1].img is None


def test_an_image_block_is_a_lazy_webp_picture_with_a_png_fallback(db):
    image = _image()
    html = _render(ImageBlock(), {"image": image.pk, "alt_text": "Un téléphone allumé"})
    _assert_responsive(html.figure.picture, "Un téléphone allumé")
