"""Page addresses in plain ASCII, old accented addresses redirected."""

import importlib

import pytest
from django.apps import apps

from courses.models import Audience, ModulePage
from tests import builders

pytestmark = pytest.mark.django_db

migration = importlib.import_module("courses.migrations.0005_ascii_slugs")


def test_a_new_page_gets_an_ascii_slug_from_its_title(site):
    course = builders.course(site[1][Audience.BENEFICIARY], modules=0)
    module = ModulePage(title="Reconnaître une arnaque à l'été")
    course.add_child(instance=module)
    assert module.slug == "reconnaitre-une-arnaque-a-lete"


def test_accented_slugs_become_ascii_and_the_old_address_redirects(client, site):
    course = builders.course(
        site[1][Audience.BENEFICIARY], modules=1, lessons_per_module=1
    )
    module = course.get_children().first().specific
    lesson = builders.lessons_of(course)[0]
    # Made before the setting: an accented slug, live and with a revision.
    module.slug = "sécurité"
    module.save()
    builders.publish(module)
    old_module_url, old_lesson_url = (
        module.url,
        lesson.specific.__class__.objects.get(pk=lesson.pk).url,
    )
    assert "s%C3%A9curit%C3%A9" in old_module_url

    migration.slugs_to_ascii(apps, None)

    module.refresh_from_db()
    lesson.refresh_from_db()
    assert module.slug == "securite"
    assert module.url_path.endswith("/securite/")
    assert "/securite/" in lesson.url_path
    assert module.get_latest_revision().content["slug"] == "securite"
    response = client.get(old_module_url)
    assert response.status_code == 301
    assert response.url == module.url
    assert client.get(lesson.url).status_code == 200
    response = client.get(old_lesson_url)
    assert (response.status_code, response.url) == (301, lesson.url)


def test_an_ascii_slug_already_taken_by_a_sibling_is_not_reused(site):
    course = builders.course(site[1][Audience.BENEFICIARY], modules=0)
    course.add_child(instance=ModulePage(title="Sécurité", slug="securite"))
    accented = ModulePage(title="Sécurité bis", slug="sécurité")
    course.add_child(instance=accented)
    migration.slugs_to_ascii(apps, None)
    accented.refresh_from_db()
    assert accented.slug == "securite-2"
