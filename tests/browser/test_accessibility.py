"""axe-core on every page type a learner sees, at 360 px and 1280 px wide."""

import pytest
from django.urls import reverse

from courses.models import CataloguePage, CoursePage, LessonPage, ModulePage
from demo.services import DEMO_PASSWORD
from tests.browser.conftest import axe_violations, sign_in


def _learner_pages() -> dict[str, str]:
    course = CoursePage.objects.live().order_by("path").first()
    return {
        "accueil": "/",
        "catalogue": CataloguePage.objects.order_by("path").first().url,
        "parcours": course.url,
        "module": ModulePage.objects.child_of(course).first().url,
        "leçon": LessonPage.objects.descendant_of(course).order_by("path").first().url,
        "mon espace": reverse("learner_home"),
    }


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [360, 1280])
def test_learner_pages_have_no_wcag_violation(live_server, new_page, width, demo):
    pages = _learner_pages()
    page = new_page(width=width)

    found = {"connexion": axe_violations(_goto(page, live_server.url + "/connexion/"))}
    sign_in(page, live_server.url, "beneficiaire", DEMO_PASSWORD)
    for name, url in pages.items():
        _goto(page, live_server.url + url)
        found[name] = axe_violations(page)
        # Nothing may overflow a narrow phone screen sideways.
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - window.innerWidth"
        )
        assert overflow <= 0, f"{name} déborde de {overflow}px à {width}px"

    assert {name: v for name, v in found.items() if v} == {}


def _goto(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    return page


def test_the_axe_check_reports_an_image_without_alt_text(new_page):
    """The check itself can fail: an image with no text alternative is caught."""
    page = new_page(width=360)
    page.set_content(
        '<html lang="fr"><head><title>Essai</title></head>'
        '<body><main><img src="data:image/png;base64,iVBORw0KGgo="></main></body>'
        "</html>"
    )
    assert "image-alt" in {v["id"] for v in axe_violations(page)}
