"""The trainer's marking queue is paged, searched and sorted on the server
(lms/paging.py); a professional sees and counts only their structures' people."""

import datetime

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from people import roles
from quizzes.models import Answer, AnswerStatus, Attempt, QuestionKind
from tests import builders
from tests.quizzes import factories

URL = reverse("quizzes:marking_queue")
START = timezone.now() - datetime.timedelta(days=30)


@pytest.fixture
def open_question(db):
    return factories.question(QuestionKind.OPEN, text="Expliquez ce qu'est un lien.")


def _pending(user, question, n: int, *, quiz_title="Exercice", start=START):
    """n open answers of `user` waiting for marking, one a minute from start."""
    quiz = factories.quiz(question, title=quiz_title)
    attempts = Attempt.objects.bulk_create(
        Attempt(user=user, quiz=quiz, state="finished") for _ in range(n)
    )
    return Answer.objects.bulk_create(
        Answer(
            attempt=attempt,
            question=question,
            text="Une réponse",
            status=AnswerStatus.PENDING,
            answered_at=start + datetime.timedelta(minutes=i),
        )
        for i, attempt in enumerate(attempts)
    )


@pytest.fixture
def trainer(groups):
    return builders.user(group=roles.TRAINER)


def _cards(response) -> int:
    return response.content.decode().count('<li class="card">')


def test_200_answers_show_50_cards_oldest_first_with_the_total(
    client, trainer, learner, open_question
):
    answers = _pending(learner, open_question, 200)
    client.force_login(trainer)
    response = client.get(URL)
    page = response.context["page"]
    assert _cards(response) == 50
    assert page[0].pk == answers[0].pk
    assert "200 réponses à corriger" in response.content.decode()
    assert len(response.content) < 200_000
    newest = client.get(URL, {"tri": "recent", "page": "x"}).context["page"]
    assert newest[0].pk == answers[-1].pk


def test_the_queue_searches_a_quiz_or_a_first_name(
    client, trainer, learner, open_question
):
    _pending(learner, open_question, 60)
    _pending(learner, open_question, 3, quiz_title="Les courriels")
    client.force_login(trainer)
    found = client.get(URL, {"q": "courriel", "tri": "quiz"}).context["page"]
    assert found.paginator.count == 3
    assert client.get(URL, {"q": "Joseph"}).context["page"].paginator.count == 63
    empty = client.get(URL, {"q": "personne"}).content.decode()
    assert "Aucune réponse à corriger ne correspond à cette recherche." in empty


@pytest.mark.parametrize(("value", "number"), [("abc", 1), ("-2", 1), ("40", 2)])
def test_a_bad_page_value_shows_the_first_or_last_page(
    client, trainer, learner, open_question, value, number
):
    _pending(learner, open_question, 70)
    client.force_login(trainer)
    response = client.get(URL, {"page": value, "tri": "nimporte"})
    assert response.status_code == 200
    assert response.context["page"].number == number


def test_a_professional_pages_only_through_their_structures_people(
    client, corbeil, grigny, pro_corbeil, open_question
):
    awa, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")
    gaston, _pin = builders.beneficiary(grigny, first_name="Gaston")
    _pending(awa.user, open_question, 5)
    _pending(gaston.user, open_question, 120)
    client.force_login(pro_corbeil)
    for page in ("1", "3"):
        shown = client.get(URL, {"page": page}).context["page"]
        assert shown.paginator.count == 5
        assert {a.attempt.user_id for a in shown} == {awa.user_id}


def _count(client, params) -> int:
    client.get(URL, params)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL, params).status_code == 200
    return len(queries)


@pytest.mark.parametrize("params", [{}, {"page": 2, "q": "Exercice", "tri": "quiz"}])
def test_the_queue_runs_the_same_queries_for_60_or_600_answers(
    client, trainer, learner, open_question, params
):
    client.force_login(trainer)
    _pending(learner, open_question, 60)
    few = _count(client, params)
    _pending(learner, open_question, 540)
    assert _count(client, params) == few


def test_the_queue_pages_its_answers_before_reading_names_and_titles(
    trainer, learner, open_question
):
    """The paged query reads pks only and joins what the search and sort need:
    the 50 rows shown are read afterwards, in the paged order (issue 13)."""
    from quizzes.selectors import marking_queue_ids, marking_queue_rows

    answers = _pending(learner, open_question, 5)
    ids = marking_queue_ids(user=trainer, order=("-answered_at", "-pk"))
    sql = str(ids.query)
    assert "people_user" not in sql and "quizzes_quiz" not in sql
    assert list(ids) == [a.pk for a in reversed(answers)]
    rows = marking_queue_rows(ids=list(ids)[:3])
    assert [a.pk for a in rows] == [a.pk for a in reversed(answers)][:3]
    assert rows[0].attempt.user.first_name == learner.first_name


# The cards the template's loop wrote before the view wrote them
# (quizzes.views.attempts._cards): same markup, same whitespace.
_FORMER_CARDS = Template(
    "{% for answer in answers %}\n"
    '            <li class="card">\n'
    '                <p class="meta"><span>{{ answer.attempt.user.first_name'
    "|default:answer.attempt.user.username }}</span>"
    "<span>{{ answer.attempt.quiz.title }}</span>"
    '<span>{{ answer.answered_at|date:"j F Y" }}</span></p>\n'
    "                <p>{{ answer.question.text }}</p>\n"
    '                <a class="button" '
    "href=\"{% url 'quizzes:answer_mark' answer.pk %}\">Corriger"
    '<span class="visually-hidden"> : '
    "{{ answer.question.text|truncatechars:40 }}</span></a>\n"
    "            </li>\n"
    "        {% endfor %}"
)


def test_cards_are_the_former_markup_escaped_with_local_days(
    client, trainer, learner, groups
):
    question = factories.question(
        QuestionKind.OPEN, text='Que fait <b>"Entrée"</b> & la touche « Échap » ?'
    )
    # 23:30 UTC on 1 March is 2 March in Paris: the card shows the local day.
    late = datetime.datetime(2026, 3, 1, 23, 30, tzinfo=datetime.UTC)
    _pending(learner, question, 1, quiz_title="Le <clavier> & co", start=late)
    nameless = builders.user(group=roles.BENEFICIARY, first_name="")
    _pending(nameless, question, 1, start=late - datetime.timedelta(days=40))
    client.force_login(trainer)
    response = client.get(URL)
    body = response.content.decode()
    expected = _FORMER_CARDS.render(
        Context({"answers": list(response.context["page"])})
    )
    assert f'<ul class="cards">\n        {expected}\n    </ul>' in body
    assert "<span>Le &lt;clavier&gt; &amp; co</span><span>2 mars 2026</span>" in body
    assert "Que fait &lt;b&gt;&quot;Entrée&quot;&lt;/b&gt; &amp; la touche" in body
    assert f"<span>{nameless.username}</span>" in body
    assert (
        '<span class="visually-hidden"> : Que fait &lt;b&gt;&quot;Entrée&quot;' in body
    )
    assert "<b>" not in body.split('<ul class="cards">')[1]
