"""Nobody but the learner (and, for marking, their professionals and trainers)
reaches an attempt or an answer. Walks every URL of the « quizzes » namespace."""

import pytest
from django.urls import get_resolver, reverse

from people.services import roles_setup
from quizzes.models import Answer, AnswerStatus
from quizzes.services import answer_submit, attempt_start
from tests import builders
from tests.quizzes import factories

# URLs that show or change a learner's results, and the ids they take.
RESULT_URLS = {
    "attempt_question": {"attempt_id", "position"},
    "attempt_feedback": {"attempt_id", "position"},
    "attempt_result": {"attempt_id"},
    "answer_mark": {"answer_id"},
}
# Pages about a quiz, not a person; and the marking queue, tested on its own.
OTHER_URLS = {"quiz_detail", "quiz_start", "marking_queue"}
ACTORS = ["other_professional", "other_beneficiary", "anonymous"]


def quiz_patterns():
    _prefix, resolver = get_resolver().namespace_dict["quizzes"]
    return list(resolver.url_patterns)


def test_the_matrix_covers_every_url_of_the_namespace():
    names = {p.name for p in quiz_patterns()}
    assert names == set(RESULT_URLS) | OTHER_URLS
    for pattern in quiz_patterns():
        if pattern.name in RESULT_URLS:
            assert set(pattern.pattern.converters) == RESULT_URLS[pattern.name]


@pytest.fixture
def situation(db):
    roles_setup()
    corbeil, grigny = builders.structure(), builders.structure()
    profile, _pin = builders.beneficiary(corbeil, first_name="Awa")
    single = factories.question("single", text="Question secrète")
    open_q = factories.question("open")
    attempt = attempt_start(user=profile.user, quiz=factories.quiz(single, open_q))
    answer_submit(
        user=profile.user,
        attempt_id=attempt.pk,
        question_id=open_q.pk,
        text="Texte personnel d'Awa",
    )
    return {
        "attempt": attempt,
        "answer": Answer.objects.get(question=open_q),
        "corbeil": corbeil,
        "grigny": grigny,
    }


def _urls(situation):
    attempt, answer = situation["attempt"], situation["answer"]
    for name, params in RESULT_URLS.items():
        kwargs = {}
        if "attempt_id" in params:
            kwargs["attempt_id"] = attempt.pk
        if "position" in params:
            kwargs["position"] = 1
        if "answer_id" in params:
            kwargs["answer_id"] = answer.pk
        yield name, reverse(f"quizzes:{name}", kwargs=kwargs)


@pytest.mark.parametrize("actor", ACTORS)
def test_no_one_else_reaches_a_learners_results(client, situation, actor):
    if actor == "other_professional":
        client.force_login(builders.professional(situation["grigny"]))
    elif actor == "other_beneficiary":
        neighbour, _pin = builders.beneficiary(situation["corbeil"])
        client.force_login(neighbour.user)
    for name, url in _urls(situation):
        for method in ("get", "post"):
            response = getattr(client, method)(url, {"points": "2", "text": "x"})
            if response.status_code == 302:
                assert response["Location"].startswith(reverse("login")), name
            else:
                assert response.status_code in (403, 404, 405), (name, method)
            body = response.content.decode()
            assert "Texte personnel d'Awa" not in body
            assert "Question secrète" not in body
    answer = Answer.objects.get(pk=situation["answer"].pk)
    assert answer.status == AnswerStatus.PENDING
    assert Answer.objects.count() == 1
