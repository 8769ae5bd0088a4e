"""Installable and readable offline (issue 18): the manifest, the service
worker at the root, the offline page it keeps, the sign-out that wipes."""

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import RequestFactory
from django.urls import reverse
from PIL import Image, ImageChops

from lms.icons import ICONS, icon_draw
from lms.offline import queued_at
from tests import builders

pytestmark = pytest.mark.django_db


def test_the_manifest_names_the_app_in_french_with_its_icons(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert data["name"] == "Relais numérique"
    assert data["lang"] == "fr"
    assert data["start_url"] == "/accueil/"
    assert data["display"] == "standalone"
    assert data["theme_color"] == "#1f4fa3"
    sizes = {(icon["sizes"], icon["purpose"]) for icon in data["icons"]}
    assert sizes == {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")}
    for icon in data["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        with Image.open(path) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]
            assert image.format == "PNG"


def test_the_theme_colour_is_the_brand_colour_of_the_style_sheet():
    css = Path(finders.find("css/site.css")).read_text(encoding="utf-8")
    assert "--brand: #1f4fa3;" in css


def test_the_committed_icons_are_the_project_drawing():
    for name, (size, maskable) in ICONS.items():
        with Image.open(finders.find(f"img/{name}")) as committed:
            drawn = icon_draw(size, maskable=maskable)
            diff = ImageChops.difference(committed.convert("RGBA"), drawn)
            assert diff.getbbox() is None, f"{name}: run `python -m lms.icons`"


def test_a_maskable_icon_fills_its_square():
    icon = icon_draw(512, maskable=True)
    assert icon.getpixel((0, 0))[3] == 255  # the corner is painted
    assert icon_draw(512).getpixel((0, 0))[3] == 0  # the plain one is rounded


def test_the_service_worker_is_served_from_the_root_never_cached(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    # It keeps the offline page from its installation, and reads the header.
    assert '"/hors\\u002Dconnexion/"' in body
    assert "X-Relais-Offline" in body
    assert "__SW_VERSION__" not in body
    # A step reached offline opens at its counter, as the server's redirect.
    assert 'url + "#etape-compteur"' in body
    # Quizzes are never queued: only steps, completions and simulator screens.
    assert "exercices" not in body


def test_the_policy_lets_the_site_run_its_own_worker_and_manifest(client):
    policy = client.get("/sw.js")["Content-Security-Policy"]
    assert "worker-src 'self'" in policy
    assert "manifest-src 'self'" in policy


def test_the_worker_script_changes_version_when_a_static_file_changes(client, settings):
    first = client.get("/sw.js").content
    settings.STATIC_URL = "/assets/"
    assert client.get("/sw.js").content != first


def test_the_offline_page_is_french_and_holds_nothing_personal(client, db):
    person = builders.user(first_name="Aminata")
    client.force_login(person)
    response = client.get(reverse("offline_page"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hors connexion" in html
    assert "Les leçons que vous pouvez relire" in html
    assert "Aminata" not in html
    assert "csrfmiddlewaretoken" not in html  # no sign-out form kept on the phone
    assert "data-offline-user" not in html  # it must not wipe what is kept
    assert "public" in response["Cache-Control"]


def test_signing_out_tells_the_browser_to_forget_what_it_kept(client, db):
    client.force_login(builders.user())
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert "_auth_user_id" not in client.session


def test_pages_name_whose_they_are_so_the_worker_wipes_on_a_change(client, db):
    person = builders.user()
    html = client.get(reverse("login")).content.decode()
    assert 'data-offline-user=""' in html
    client.force_login(person)
    html = client.get(reverse("offline_page")).content.decode()
    assert "data-offline-user" not in html
    html = client.get(reverse("courses:my_learning")).content.decode()
    assert f'data-offline-user="{person.pk}"' in html


def test_every_page_links_the_manifest(client, db):
    html = client.get(reverse("login")).content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html


def test_a_late_form_says_when_it_was_filled_in():
    factory = RequestFactory()
    request = factory.post("/", headers={"X-Relais-Queued-At": "1764504000000"})
    assert queued_at(request) == datetime(2025, 11, 30, 12, 0, tzinfo=UTC)
    assert queued_at(factory.post("/")) is None
    bad = factory.post("/", headers={"X-Relais-Queued-At": "hier"})
    assert queued_at(bad) is None
    huge = factory.post("/", headers={"X-Relais-Queued-At": "9" * 30})
    assert queued_at(huge) is None


def test_html_is_compressed_for_slow_connections(client, db):
    response = client.get(reverse("login"), headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    raw = io.BytesIO(response.content).getbuffer().nbytes
    assert raw < 5000
