"""A person alone reads each item in the first person, with its picture; a
professional reads the observation. Trainers' texts are checked when saved."""

import io
import re
from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images.models import Image

from diagnostics.models import DiagnosticItem, RunMode
from diagnostics.services import run_start
from skills.models import CompetenceArea, Level
from tests import builders
from tests.diagnostics import factories
from tests.isolation import page_text

OBSERVED = "La personne a su, guidée, allumer le téléphone."
FIRST_PERSON = "Je sais allumer le téléphone, quand quelqu'un me guide."
ALT = "Un téléphone vu de côté, son bouton Marche entouré."


@pytest.fixture
def awa(corbeil):
    profile, _pin = builders.beneficiary(corbeil, first_name="Awa")
    return profile


def _picture() -> Image:
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 450), "#1f4fa3").save(buffer, "PNG")
    return Image.objects.create(
        title="Bouton Marche", file=ImageFile(buffer, name="bouton.png")
    )


@pytest.fixture
def diag():
    """Area 1: an N1 task with its first-person text and a picture."""
    diag = factories.diagnostic(areas=(1,))
    item = DiagnosticItem.objects.get(diagnostic=diag, level__code="N1")
    item.task = OBSERVED
    item.self_text = FIRST_PERSON
    item.picture = _picture()
    item.picture_alt = ALT
    item.save()
    return diag


def _area_page(client, run) -> str:
    url = reverse("diagnostics:run_area", args=[run.pk, 1])
    return unescape(page_text(client.get(url))).replace("\xa0", " ")


def test_alone_the_person_reads_the_first_person_text_and_sees_the_picture(
    client, awa, diag
):
    run = run_start(diagnostic=diag, learner=awa.user, by=awa.user, mode=RunMode.SELF)
    client.force_login(awa.user)
    html = _area_page(client, run)
    legend = re.search(r"<legend>(.*?)</legend>", html, re.DOTALL).group(1)
    assert FIRST_PERSON in legend
    assert OBSERVED not in html
    assert "Savez-vous faire ceci" not in html
    assert ">Pas encore<" in html
    # A responsive rendition, in WebP and PNG, lazy, described.
    picture = re.search(r"<picture>.*?</picture>", html, re.DOTALL).group(0)
    assert 'type="image/webp"' in picture
    assert "srcset=" in picture and "sizes=" in picture
    img = re.search(r"<img[^>]*>", picture).group(0)
    assert f'alt="{ALT}"' in img
    assert 'loading="lazy"' in img


def test_with_a_professional_the_observation_is_asked(client, awa, corbeil, diag):
    pro = builders.professional(corbeil)
    run = run_start(diagnostic=diag, learner=awa.user, by=pro, mode=RunMode.ASSISTED)
    client.force_login(pro)
    html = _area_page(client, run)
    assert OBSERVED in html
    assert FIRST_PERSON not in html
    assert f'alt="{ALT}"' in html


def test_the_paper_version_keeps_the_observation(client, corbeil, diag):
    client.force_login(builders.professional(corbeil))
    url = reverse("diagnostics:diagnostic_paper", args=[diag.pk])
    html = unescape(page_text(client.get(url)))
    assert OBSERVED in html
    assert FIRST_PERSON not in html


def test_without_a_first_person_text_the_observation_becomes_a_plain_question(
    client, awa
):
    diag = factories.diagnostic(areas=(1,))
    item = DiagnosticItem.objects.get(diagnostic=diag, level__code="N1")
    item.task = "La personne a su, seule, ouvrir une application."
    item.save()
    run = run_start(diagnostic=diag, learner=awa.user, by=awa.user, mode=RunMode.SELF)
    client.force_login(awa.user)
    html = _area_page(client, run)
    assert "Savez-vous ouvrir une application, sans aide ?" in html
    assert "<picture" not in html


def _item(**fields) -> DiagnosticItem:
    diag = factories.diagnostic(areas=(1,))
    return DiagnosticItem(
        diagnostic=diag,
        area=CompetenceArea.objects.get(number=1),
        level=Level.objects.get(code="N1"),
        kind="task",
        task=OBSERVED,
        **fields,
    )


def test_a_picture_needs_its_description():
    item = _item(picture=_picture(), picture_alt=" ")
    with pytest.raises(ValidationError) as caught:
        item.full_clean()
    assert "picture_alt" in caught.value.error_dict
    item.picture_alt = ALT
    item.full_clean()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Allumer le téléphone.", "Commencez par « Je sais »"),
        ("La personne a su allumer.", "Commencez par « Je sais »"),
        ("Je sais.", "Commencez par « Je sais »"),
        ("Je sais ce que je dois faire.", "Gardez un seul « je »"),
        ("Je sais où j'ai rangé la photo.", "Gardez un seul « je »"),
    ],
)
def test_a_first_person_text_starts_with_je_sais_and_says_je_once(text, message):
    item = _item(self_text=text)
    with pytest.raises(ValidationError) as caught:
        item.full_clean()
    assert message in " ".join(caught.value.message_dict["self_text"])


def test_a_first_person_text_may_say_me_and_mon():
    _item(self_text="Je sais me connecter à mon compte, sans aide.").full_clean()
