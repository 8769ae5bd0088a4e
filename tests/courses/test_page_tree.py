import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from courses.models import (
    Audience,
    CataloguePage,
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
)
from courses.services import WORKFLOW_NAME, site_setup
from tests import builders

ALLOWED = {
    HomePage: {CataloguePage},
    CataloguePage: {CoursePage},
    CoursePage: {ModulePage},
    ModulePage: {LessonPage},
    LessonPage: set(),
}


@pytest.mark.parametrize("parent", list(ALLOWED))
def test_each_page_type_takes_only_its_intended_children(parent):
    assert set(parent.allowed_subpage_models()) == ALLOWED[parent]


@pytest.mark.parametrize(
    ("child", "parents"),
    [
        (HomePage, {Page}),
        (CataloguePage, {HomePage}),
        (CoursePage, {CataloguePage}),
        (ModulePage, {CoursePage}),
        (LessonPage, {ModulePage}),
    ],
)
def test_each_page_type_lives_only_under_its_intended_parent(child, parents):
    assert set(child.allowed_parent_page_models()) == parents


def test_a_lesson_cannot_be_created_directly_under_a_catalogue(workshops):
    assert not LessonPage.can_create_at(workshops)
    assert CoursePage.can_create_at(workshops)


def test_site_setup_is_idempotent(site):
    home, catalogues = site
    counts = (Page.objects.count(), CataloguePage.objects.count())
    again = site_setup()
    assert again.pk == home.pk
    assert (Page.objects.count(), CataloguePage.objects.count()) == counts
    assert set(catalogues) == {Audience.BENEFICIARY, Audience.PROFESSIONAL}
    assert home.get_workflow().name == WORKFLOW_NAME
    assert catalogues[Audience.BENEFICIARY].get_workflow().name == WORKFLOW_NAME


def test_a_beneficiary_course_needs_an_area_and_a_target_level(workshops):
    course = CoursePage(
        title="Sans niveau",
        slug="sans-niveau",
        audience=Audience.BENEFICIARY,
        summary="Résumé",
        objectives="Apprendre",
    )
    with pytest.raises(ValidationError, match="domaine de compétence"):
        course.full_clean()


def test_pages_render_in_french(client, workshops):
    course = builders.course(workshops, modules=1, lessons_per_module=1)
    lesson = builders.lessons_of(course)[0]
    for url in ("/", workshops.url, course.url, lesson.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert '<html lang="fr">' in response.content.decode()
    html = client.get(course.url).content.decode()
    assert "Vous allez apprendre à" in html
    assert "Allumer un téléphone" in html
