import io

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from courses.blocks import (
    CalloutBlock,
    DocumentBlock,
    GlossaryTermBlock,
    GuidedStepsBlock,
    HeadingBlock,
    ImageBlock,
    LessonStreamBlock,
    VideoBlock,
)


def _image(db):
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 360), "#1f4fa3").save(buffer, "PNG")
    return Image.objects.create(
        title="Écran d'accueil", file=ImageFile(buffer, name="ecran.png")
    )


def _render(block, raw):
    value = block.to_python(raw)
    return BeautifulSoup(block.render(value), "html.parser")


def test_guided_steps_render_as_an_ordered_list_with_tips(db):
    html = _render(
        GuidedStepsBlock(),
        {
            "title": "Allumer",
            "steps": [
                {"instruction": "<p>Appuyez sur Marche.</p>", "tip": "À droite."},
                {"instruction": "<p>Attendez.</p>", "tip": ""},
            ],
        },
    )
    items = html.select("ol.steps__list > li")
    assert len(items) == 2
    assert "Appuyez sur Marche." in items[0].get_text()
    assert "Astuce" in items[0].get_text()
    assert "Astuce" not in items[1].get_text()


def test_guided_step_screenshot_needs_a_text_alternative(db):
    block = GuidedStepsBlock()
    image = _image(db)
    value = block.to_python(
        {
            "title": "Allumer",
            "steps": [{"instruction": "<p>Regardez.</p>", "screenshot": image.pk}],
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_image_needs_alt_text_and_renders_it(db):
    image = _image(db)
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": ""}))
    html = _render(block, {"image": image.pk, "alt_text": "Un écran bleu"})
    assert html.img["alt"] == "Un écran bleu"


def test_video_needs_a_source_and_a_transcript(db):
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "Vidéo", "transcript": "<p>Texte</p>"}))
    with pytest.raises(ValidationError):
        block.clean(
            block.to_python({"title": "Vidéo", "url": "https://v.example.org/1"})
        )
    html = _render(
        block,
        {
            "title": "Vidéo",
            "url": "https://v.example.org/1",
            "transcript": "<p>Dit.</p>",
        },
    )
    assert html.select_one("details summary")
    assert "Dit." in html.select_one("details").get_text()


@pytest.mark.parametrize(
    ("kind", "label"),
    [("tip", "Astuce"), ("warning", "Attention"), ("remember", "À retenir")],
)
def test_callout_announces_its_kind(kind, label):
    html = _render(CalloutBlock(), {"kind": kind, "text": "<p>Texte</p>"})
    assert html.aside["aria-label"] == label
    assert label in html.get_text()


def test_glossary_term_is_a_definition(db):
    html = _render(
        GlossaryTermBlock(), {"term": "Navigateur", "definition": "Le logiciel."}
    )
    assert html.dfn.get_text() == "Navigateur"
    assert html.dd.get_text() == "Le logiciel."


def test_document_link_shows_format(db, settings, tmp_path):
    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(
        title="Mémo", file=ContentFile(b"%PDF-1.4 demo", name="memo.pdf")
    )
    html = _render(DocumentBlock(), {"document": document.pk, "label": "Fiche mémo"})
    assert html.a.get_text() == "Fiche mémo"
    assert "PDF" in html.get_text()


def test_heading_levels(db):
    assert _render(HeadingBlock(), {"text": "A", "level": "h3"}).h3


def test_every_block_has_a_description_and_an_editor_preview(db):
    from tests.quizzes import factories

    _image(db)
    factories.quiz(factories.question())
    for name, block in LessonStreamBlock().child_blocks.items():
        assert block.get_description(), name
        assert block.is_previewable, name
        preview = block.render(block.get_preview_value())
        assert preview.strip(), name


def test_block_preview_renders_in_the_admin_with_the_site_stylesheet(admin_client):
    from courses.models import LessonPage

    steps = LessonPage.body.field.stream_block.child_blocks["guided_steps"]
    response = admin_client.get(
        "/admin/block-preview/", {"id": steps.definition_prefix}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "css/site.css" in html
    assert 'class="steps__list"' in html
    assert "Appuyez longtemps" in html


def test_quiz_block_links_to_a_published_quiz_only(db):
    from courses.blocks import QuizBlock
    from tests.quizzes import factories

    quiz = factories.quiz(factories.question(), title="Exercice clavier")
    html = _render(QuizBlock(), {"quiz": quiz.pk, "intro": "À vous !"})
    assert html.a["href"] == f"/exercices/{quiz.pk}/"
    assert "Exercice clavier" in html.get_text()
    quiz.live = False
    quiz.save()
    html = _render(QuizBlock(), {"quiz": quiz.pk, "intro": ""})
    assert html.a is None
    assert "en préparation" in html.get_text()


def test_quiz_block_names_the_quiz_once(db):
    from courses.blocks import QuizBlock
    from tests.quizzes import factories

    quiz = factories.quiz(factories.question(), title="Exercice : le clavier")
    html = _render(QuizBlock(), {"quiz": quiz.pk, "intro": ""})
    assert html.h2.get_text() == "Exercice : le clavier"
