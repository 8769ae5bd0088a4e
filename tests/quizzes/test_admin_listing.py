"""The question bank and the quiz listing render their cells without a
template each (quizzes/admin_listing.py) to the same HTML as Wagtail's own
templates, and the quiz listing reads its status column in a fixed number of
queries (issue 13)."""

import datetime
import re

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.tables import TitleColumn

from quizzes import admin_listing
from quizzes.models import Question, QuestionCategory, QuestionKind, Quiz
from skills.models import CompetenceArea
from tests import builders
from tests.quizzes import factories

# What PlainCellsIndexView works out once per request instead of per row.
WAGTAILS_OWN = (
    "user_has_permission",
    "user_has_any_permission",
    "get_edit_url",
    "get_copy_url",
    "get_inspect_url",
    "get_delete_url",
)
QUESTIONS = reverse("wagtailsnippets_quizzes_question:list")
QUIZZES = reverse("wagtailsnippets_quizzes_quiz:list")


@pytest.fixture
def editor(client, site):
    person = builders.user("admin", is_staff=True, is_superuser=True)
    client.force_login(person)
    return person


def _table(html: str) -> list[str]:
    """The listing's <table>, one tag or text a line, blank space aside."""
    start = html.index('<table class="listing')
    table = html[start : html.index("</table>", start)]
    table = re.sub(r"\s+", " ", table)
    table = re.sub(r"\s*(/?>)", r"\1", table)
    table = re.sub(r">\s+", ">", re.sub(r"\s+<", "<", table))
    return table.replace("><", ">\n<").splitlines()


def _as_wagtail_renders_it(client, url, monkeypatch) -> list[str]:
    """The same listing with Wagtail's own cells, buttons and URLs."""
    with monkeypatch.context() as patch:
        patch.setattr(admin_listing, "_plain", lambda column, model=None: column)
        for name in WAGTAILS_OWN:
            patch.delattr(admin_listing.PlainCellsIndexView, name)
        patch.setattr(
            admin_listing.PlainTitleColumn,
            "render_cell_html",
            TitleColumn.render_cell_html,
        )
        return _table(client.get(url).content.decode())


def test_the_question_bank_shows_what_wagtail_templates_show(
    client, editor, monkeypatch
):
    category = QuestionCategory.objects.create(name="Sécurité & <données>")
    Question.objects.create(
        kind=QuestionKind.OPEN, text="Pourquoi « <b>gras</b> » & co ?", points=3
    )
    Question.objects.create(
        kind=QuestionKind.SINGLE, text="Quel bouton ?", points=1, category=category
    )
    html = client.get(QUESTIONS).content.decode()
    # Rendered here (no template's blank lines), and as Wagtail would.
    assert '<td class="title"><div class="title-wrapper"><a href=' in html
    ours = _table(html)
    assert ours == _as_wagtail_renders_it(client, QUESTIONS, monkeypatch)
    assert "Sécurité &amp; &lt;données&gt;" in "".join(ours)


def _moderated_and_scheduled(editor):
    """A draft in moderation, a live quiz with a scheduled revision, a plain
    live one."""
    waiting = factories.quiz(title="En relecture", draft=True)
    waiting.save_revision(user=editor)
    Quiz().get_workflow().start(waiting, editor)
    scheduled = factories.quiz(title="Programmé")
    scheduled.save_revision(
        user=editor,
        approved_go_live_at=timezone.now() + datetime.timedelta(days=3),
    )
    factories.quiz(title="En ligne")
    return waiting, scheduled


def test_the_quiz_listing_shows_what_wagtail_shows_with_every_status(
    client, editor, monkeypatch
):
    waiting, scheduled = _moderated_and_scheduled(editor)
    html = client.get(QUIZZES).content.decode()
    ours = _table(html)
    assert ours == _as_wagtail_renders_it(client, QUIZZES, monkeypatch)
    # The statuses read from the annotation and the prefetch are Wagtail's.
    rows = {q.pk: q for q in Quiz.objects.for_admin_listing()}
    assert rows[scheduled.pk].approved_schedule is True
    assert rows[waiting.pk].workflow_in_progress is True
    for quiz in Quiz.objects.all():
        assert rows[quiz.pk].status_string == quiz.status_string
    assert "Programmé" in html and "En relecture" in html


def _listing_queries(client) -> int:
    client.get(QUIZZES)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(QUIZZES).status_code == 200
    return len(queries)


def test_the_quiz_listing_runs_the_same_queries_for_3_or_12_quizzes(client, editor):
    _moderated_and_scheduled(editor)
    few = _listing_queries(client)
    for i in range(9):
        area = CompetenceArea.objects.create(number=50 + i, name=f"Domaine {i}")
        factories.quiz(title=f"Exercice {i}", competence_area=area).save_revision(
            user=editor
        )
    assert _listing_queries(client) == few


def test_a_reader_of_the_bank_gets_wagtails_buttons_for_their_permissions(
    client, site, monkeypatch
):
    """The permission checks, worked out once per request, are still the
    person's: someone who may only change questions gets no copy or delete
    link, as Wagtail would show them."""
    reader = builders.user("relectrice")
    reader.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "change_question"],
        )
    )
    client.force_login(reader)
    question = Question.objects.create(
        kind=QuestionKind.TRUE_FALSE, text="Le ciel est bleu.", points=1
    )
    html = client.get(QUESTIONS).content.decode()
    ours = _table(html)
    assert ours == _as_wagtail_renders_it(client, QUESTIONS, monkeypatch)
    edit = reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk])
    delete = reverse("wagtailsnippets_quizzes_question:delete", args=[question.pk])
    copy = reverse("wagtailsnippets_quizzes_question:copy", args=[question.pk])
    assert edit in html and delete not in html and copy not in html
    assert str(QuestionKind.TRUE_FALSE.label) in html


def _reverses(client, monkeypatch) -> int:
    calls = []
    real = admin_listing.reverse
    monkeypatch.setattr(
        admin_listing, "reverse", lambda *a, **k: calls.append(a) or real(*a, **k)
    )
    assert client.get(QUESTIONS).status_code == 200
    monkeypatch.setattr(admin_listing, "reverse", real)
    return len(calls)


def test_the_bank_reverses_each_row_url_once_per_page_not_per_row(
    client, editor, monkeypatch
):
    Question.objects.create(kind=QuestionKind.OPEN, text="Une ?", points=1)
    few = _reverses(client, monkeypatch)
    for i in range(10):
        Question.objects.create(kind=QuestionKind.OPEN, text=f"Q{i} ?", points=1)
    assert _reverses(client, monkeypatch) == few == 3  # edit, copy, delete


def test_the_kind_column_reads_labels_built_once_and_shows_odd_values_as_django(
    client, editor
):
    view = client.get(QUESTIONS).context["view"]
    column = next(c for c in view.columns if c.accessor == "get_kind_display")
    assert isinstance(column, admin_listing.PlainChoicesColumn)
    question = Question(kind=QuestionKind.SINGLE)
    assert column.get_value(question) == question.get_kind_display()
    question.kind = "inconnu"  # not a choice: shown as it is, as Django does
    assert column.get_value(question) == question.get_kind_display() == "inconnu"


def test_only_djangos_own_display_method_is_read_from_the_choices():
    class Overridden(Question):
        class Meta:
            proxy = True
            app_label = "quizzes"

        def get_kind_display(self):
            return "autre chose"

    assert admin_listing._choices_field(Question, "get_kind_display") is not None
    assert admin_listing._choices_field(Overridden, "get_kind_display") is None
    assert admin_listing._choices_field(Question, "get_text_display") is None
    assert admin_listing._choices_field(Question, "text") is None
