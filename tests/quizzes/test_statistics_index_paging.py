"""The quiz statistics index (Wagtail admin) is paged, searched and sorted on the
server (lms/paging.py) and reads only the counters (quizzes.tallies)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.models import Quiz, QuizTally

URL = "/admin/exercices/statistiques/"


def _quizzes(n: int, *, title="Exercice", attempts=lambda i: 0):
    quizzes = Quiz.objects.bulk_create(Quiz(title=f"{title} {i:03d}") for i in range(n))
    QuizTally.objects.bulk_create(
        QuizTally(quiz=q, attempts=attempts(i), finished=attempts(i), passed=0)
        for i, q in enumerate(quizzes)
    )
    return quizzes


def test_120_quizzes_show_50_rows_by_title_with_the_total(admin_client, db):
    _quizzes(120)
    response = admin_client.get(URL)
    page = response.context["page"]
    assert [q.title for q in page.object_list][:2] == ["Exercice 000", "Exercice 001"]
    assert len(page.object_list) == 50
    assert page.paginator.count == 120
    assert "120 exercices" in response.content.decode()
    assert 'rel="next"' in response.content.decode()


def test_last_page_holds_the_rest_and_keeps_the_search(admin_client, db):
    _quizzes(120)
    response = admin_client.get(URL, {"q": "Exercice", "page": "3"})
    page = response.context["page"]
    assert [q.title for q in page.object_list] == [
        f"Exercice {i:03d}" for i in range(100, 120)
    ]
    assert "q=Exercice" in page.previous_href


def test_search_keeps_only_matching_titles(admin_client, db):
    _quizzes(3, title="Clavier")
    _quizzes(2, title="Souris")
    response = admin_client.get(URL, {"q": "souris"})
    assert [q.title for q in response.context["page"].object_list] == [
        "Souris 000",
        "Souris 001",
    ]
    assert "2 exercices" in response.content.decode()


def test_search_without_match_says_so(admin_client, db):
    _quizzes(2)
    content = admin_client.get(URL, {"q": "introuvable"}).content.decode()
    assert "Aucun exercice ne correspond à cette recherche." in content


def test_sort_by_attempts_puts_the_most_tried_first(admin_client, db):
    _quizzes(5, attempts=lambda i: i * 10)
    response = admin_client.get(URL, {"tri": "tentatives"})
    assert [q.attempt_count for q in response.context["page"].object_list] == [
        40,
        30,
        20,
        10,
        0,
    ]


def test_unknown_sort_falls_back_to_title(admin_client, db):
    _quizzes(3, attempts=lambda i: i)
    response = admin_client.get(URL, {"tri": "attempt_count; drop"})
    assert response.status_code == 200
    assert response.context["page"].object_list[0].title == "Exercice 000"


@pytest.mark.parametrize("n", [3, 130])
def test_queries_do_not_grow_with_quizzes(admin_client, db, n):
    _quizzes(n, attempts=lambda i: i)
    admin_client.get(URL)  # warm the session and Wagtail's caches
    with CaptureQueriesContext(connection) as ctx:
        admin_client.get(URL)
    quiz_queries = [q for q in ctx.captured_queries if "quizzes_quiz" in q["sql"]]
    # The count and the rows of one page: counters joined, no attempt scanned.
    assert len(quiz_queries) == 2
    assert not any("quizzes_attempt" in q["sql"] for q in ctx.captured_queries)
