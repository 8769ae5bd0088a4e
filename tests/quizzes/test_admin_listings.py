"""The Wagtail listings (question bank, quizzes, diagnostics, the scale) are
paged by Wagtail at 50 rows and searchable; the audit journal in the Django
admin too, newest first."""

import pytest
from django.contrib import admin
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from diagnostics.models import Diagnostic
from people.models import AuditEvent
from quizzes.models import Question, QuestionCategory, QuestionKind
from tests import builders


def test_every_snippet_listing_shows_50_rows_a_page(db):
    per_page = {
        model: model.snippet_viewset.list_per_page for model in get_snippet_models()
    }
    assert per_page and set(per_page.values()) == {50}


@pytest.mark.parametrize(
    ("model", "field"),
    [(Question, "text"), (QuestionCategory, "name"), (Diagnostic, "title")],
)
def test_the_authoring_listings_are_searchable(model, field):
    assert field in model.snippet_viewset.search_fields


@pytest.fixture
def editor(client, db):
    person = builders.user("admin", is_staff=True, is_superuser=True)
    client.force_login(person)
    return person


def test_the_question_bank_pages_120_questions_by_50_and_searches(client, editor):
    Question.objects.bulk_create(
        Question(kind=QuestionKind.OPEN, text=f"Question {i:03d}", points=1)
        for i in range(120)
    )
    Question.objects.create(kind=QuestionKind.OPEN, text="Où trouver le @ ?", points=1)
    url = reverse("wagtailsnippets_quizzes_question:list")
    response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 50
    assert response.context["paginator"].count == 121
    found = client.get(url, {"q": "trouver"})
    assert [q.text for q in found.context["object_list"]] == ["Où trouver le @ ?"]
    assert client.get(url, {"p": "3"}).context["page_obj"].number == 3


def test_the_quiz_listing_searches_a_title(client, editor):
    from tests.quizzes import factories

    factories.quiz(title="Les courriels")
    factories.quiz(title="Le clavier")
    response = client.get(reverse("wagtailsnippets_quizzes_quiz:list"), {"q": "courr"})
    assert response.status_code == 200
    assert [q.title for q in response.context["object_list"]] == ["Les courriels"]


def test_the_audit_journal_is_paged_by_50_newest_first():
    model_admin = admin.site._registry[AuditEvent]
    assert model_admin.list_per_page == 50
    assert model_admin.ordering == ["-created_at", "-pk"]


def test_the_diagnostics_and_categories_listings_search_too(client, editor):
    Diagnostic.objects.create(title="Repérage des usages", audience="beneficiary")
    Diagnostic.objects.create(title="Autre chose", audience="beneficiary")
    QuestionCategory.objects.create(name="Sécurité")
    QuestionCategory.objects.create(name="Clavier")
    for name, query, expected in [
        ("wagtailsnippets_diagnostics_diagnostic:list", "repérage", 1),
        ("wagtailsnippets_quizzes_questioncategory:list", "clav", 1),
    ]:
        response = client.get(reverse(name), {"q": query})
        assert response.status_code == 200
        assert len(response.context["object_list"]) == expected
