"""Wagtail's admin sidebar is kept per person (lms/admin_sidebar.py, issue 13):
the same JSON as Wagtail writes, worked out once, and worked out again when
what it shows changes: permissions, name, profile, language."""

import json
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from lms import admin_sidebar
from tests import builders

QUESTIONS = reverse("wagtailsnippets_quizzes_question:list")
HOME = reverse("wagtailadmin_home")


def _sidebar(client, url=HOME) -> dict:
    html = client.get(url).content.decode()
    found = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    return json.loads(found.group(1))


def _menu_names(props: dict) -> set[str]:
    """The names of the main menu's items, submenus' items included."""
    return set(re.findall(r'"name": "([^"]+)"', json.dumps(props, ensure_ascii=False)))


@pytest.fixture
def works_it_out(monkeypatch):
    """How many times Wagtail's own sidebar is worked out."""
    calls = []
    own = admin_sidebar.wagtail_sidebar_props

    def counted(context):
        calls.append(context["request"].user.pk)
        return own(context)

    monkeypatch.setattr(admin_sidebar, "wagtail_sidebar_props", counted)
    return calls


def _editor(username="redactrice", codenames=("access_admin", "view_question")):
    person = builders.user(username, first_name="Inès")
    person.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return person


def _never_kept(monkeypatch):
    """Every page works the sidebar out, as Wagtail alone does."""
    monkeypatch.setattr(
        admin_sidebar,
        "kept_many",
        lambda keys, *, mark, read, timeout: read(list(keys)),
    )


def test_the_kept_sidebar_is_wagtails_own_and_is_worked_out_once(
    client, site, works_it_out, monkeypatch
):
    person = _editor()
    client.force_login(person)
    first = _sidebar(client)
    again = _sidebar(client, QUESTIONS)
    assert works_it_out == [person.pk]  # the second page read it kept
    assert again == first
    assert "Inès" in json.dumps(first, ensure_ascii=False)
    _never_kept(monkeypatch)
    assert _sidebar(client, QUESTIONS) == first
    assert works_it_out == [person.pk, person.pk]


def test_the_kept_sidebar_saves_the_menus_queries(client, site, monkeypatch):
    """The menu asks its items whether they are shown, some with a query: a
    page read with the sidebar kept runs fewer."""
    client.force_login(_editor())
    client.get(HOME)
    with CaptureQueriesContext(connection) as kept:
        client.get(QUESTIONS)
    _never_kept(monkeypatch)
    with CaptureQueriesContext(connection) as own:
        client.get(QUESTIONS)
    assert len(kept) < len(own)


def test_a_permission_given_shows_its_menu_item_on_the_next_page(
    client, site, works_it_out
):
    person = _editor()
    client.force_login(person)
    before = _menu_names(_sidebar(client))
    assert "exercices" not in before
    group = Group.objects.create(name="Autrices d'exercices")
    group.permissions.add(Permission.objects.get(codename="change_quiz"))
    person.groups.add(group)
    after = _menu_names(_sidebar(client))
    assert "exercices" in after - before
    assert len(works_it_out) == 2


def test_a_new_name_or_another_language_is_worked_out_again(client, site, works_it_out):
    person = _editor()
    client.force_login(person)
    _sidebar(client)
    person.first_name = "Inès-Marie"
    person.save()
    assert "Inès-Marie" in json.dumps(_sidebar(client), ensure_ascii=False)
    assert len(works_it_out) == 2
    request = client.get(HOME).wsgi_request
    with translation.override("en"):
        english = admin_sidebar.sidebar_key(request)
    assert english != admin_sidebar.sidebar_key(request)


def test_each_person_sees_their_own_sidebar_kept_under_their_own_key(
    client, site, works_it_out
):
    """Two people with the same permissions, each back a second time: each
    their name, never the other's, each sidebar worked out once and kept
    beside the other's."""
    first = _editor("redactrice")
    second = _editor("correctrice")
    second.first_name = "Maëlle"
    second.save()
    for _again in range(2):
        client.force_login(first)
        mine = json.dumps(_sidebar(client), ensure_ascii=False)
        assert "Inès" in mine and "Maëlle" not in mine
        client.force_login(second)
        theirs = json.dumps(_sidebar(client), ensure_ascii=False)
        assert "Maëlle" in theirs and "Inès" not in theirs
    assert works_it_out == [first.pk, second.pk]
