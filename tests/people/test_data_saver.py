"""« Économiser les données » (issue 18): a beneficiary's lessons show their
pictures only when tapped, without any script."""

import io
from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images.models import Image

from courses.models import Audience
from people.services import user_data_saver_set
from tests import builders


@pytest.fixture
def aminata(corbeil):
    profile, _pin = builders.beneficiary(corbeil, first_name="Aminata")
    return profile.user


@pytest.fixture
def lesson(site):
    """A beneficiary lesson whose first guided step has a picture."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (720, 540), "#1f4fa3").save(buffer, "PNG")
    image = Image.objects.create(
        title="Le bouton Marche", file=ImageFile(buffer, name="marche.png")
    )
    lesson = builders.lessons_of(builders.course(site[1][Audience.BENEFICIARY]))[0]
    body = builders.lesson_body()
    body[2]["value"]["steps"][0]["screenshot"] = image.pk
    body[2]["value"]["steps"][0]["screenshot_alt"] = "Le bouton Marche, entouré"
    lesson.body = body
    return builders.publish(lesson)


def _step_with_picture(client, lesson):
    html = client.get(lesson.step_url(2)).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    return soup.select_one("#etape")


def test_it_is_off_by_default_and_pictures_show(client, aminata, lesson):
    assert aminata.data_saver is False
    client.force_login(aminata)
    step = _step_with_picture(client, lesson)
    assert step.picture is not None
    assert step.select_one("details.saver-picture") is None


def test_a_data_saver_taps_to_see_a_picture(client, aminata, lesson):
    client.force_login(aminata)
    _step_with_picture(client, lesson)  # rendered and kept before the change
    response = client.post(reverse("people:data_saver_set"), {"economiser": "oui"})
    assert response.status_code == 302
    aminata.refresh_from_db()
    assert aminata.data_saver is True
    step = _step_with_picture(client, lesson)
    details = step.select_one("details.saver-picture")
    assert details is not None and not details.has_attr("open")
    assert details.summary.get_text(strip=True) == "Afficher l'image"
    # Lazy inside a closed <details>: the browser fetches it only once opened.
    assert details.picture.img["loading"] == "lazy"


def test_it_can_be_turned_off_again(client, aminata):
    user_data_saver_set(user=aminata, enabled=True)
    client.force_login(aminata)
    client.post(reverse("people:data_saver_set"), {"economiser": "non"})
    aminata.refresh_from_db()
    assert aminata.data_saver is False


def test_the_account_page_shows_the_setting(client, aminata):
    user_data_saver_set(user=aminata, enabled=True)
    client.force_login(aminata)
    html = unescape(client.get(reverse("people:my_account")).content.decode())
    assert "Économiser les données" in html
    soup = BeautifulSoup(html, "html.parser")
    checked = soup.select_one('input[name="economiser"][checked]')
    assert checked["value"] == "oui"


def test_a_signed_out_visitor_cannot_change_it(client, aminata):
    response = client.post(reverse("people:data_saver_set"), {"economiser": "oui"})
    assert response.status_code == 302
    assert reverse("login") in response["Location"]
    aminata.refresh_from_db()
    assert aminata.data_saver is False


def test_it_only_takes_posts(client, aminata):
    client.force_login(aminata)
    assert client.get(reverse("people:data_saver_set")).status_code == 405


def test_the_service_refuses_an_inactive_person(aminata):
    from django.core.exceptions import ValidationError

    aminata.is_active = False
    with pytest.raises(ValidationError):
        user_data_saver_set(user=aminata, enabled=True)
