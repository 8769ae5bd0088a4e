"""Taking a quiz through the pages: one question per screen, no answer leaked."""

import pytest
from django.urls import reverse

from people.services import roles_setup
from quizzes.models import Answer, Attempt, AttemptState, QuestionKind
from quizzes.services import attempt_start
from tests import builders
from tests.isolation import page_text
from tests.quizzes import factories


@pytest.fixture(autouse=True)
def _groups(db):
    roles_setup()


@pytest.fixture
def quiz(db):
    return factories.every_kind_quiz(pass_mark=50)


def _start(client, quiz):
    response = client.post(reverse("quizzes:quiz_start", args=[quiz.pk]))
    assert response.status_code == 302
    return Attempt.objects.get(quiz=quiz), response["Location"]


def test_starting_requires_sign_in_and_post(client, quiz):
    url = reverse("quizzes:quiz_start", args=[quiz.pk])
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert reverse("login") in response["Location"]
    assert not Attempt.objects.exists()


def test_no_correct_answer_is_in_the_page_before_answering(client, quiz, learner):
    client.force_login(learner)
    attempt, url = _start(client, quiz)
    for position, question_id in enumerate(attempt.question_ids, start=1):
        html = client.get(
            reverse("quizzes:attempt_question", args=[attempt.pk, position])
        ).content.decode()
        question = quiz.quiz_questions.get(question_id=question_id).question
        assert question.text in html
        assert question.explanation not in html
        assert "bonne réponse" not in html.lower()
        assert "is_correct" not in html and "is-right" not in html
        for accepted in question.accepted_answer_list:
            assert f">{accepted}<" not in html and f'"{accepted}"' not in html
        # The correction page refuses to show anything before an answer.
        feedback = client.get(
            reverse("quizzes:attempt_feedback", args=[attempt.pk, position])
        )
        assert feedback.status_code == 302


def test_answering_shows_the_correction_then_the_next_question(client, learner, db):
    q1 = factories.question(QuestionKind.SINGLE)
    q2 = factories.question(QuestionKind.TRUE_FALSE)
    quiz = factories.quiz(q1, q2, success_text="Bravo !", pass_mark=50)
    client.force_login(learner)
    attempt, url = _start(client, quiz)
    assert url == reverse("quizzes:attempt_question", args=[attempt.pk, 1])

    response = client.post(url, {"choice": factories.correct_choice_ids(q1)[0]})
    assert response["Location"] == reverse(
        "quizzes:attempt_feedback", args=[attempt.pk, 1]
    )
    html = client.get(response["Location"]).content.decode()
    assert "Bonne réponse" in html
    assert q1.explanation in html

    response = client.post(
        reverse("quizzes:attempt_question", args=[attempt.pk, 2]), {"text": "false"}
    )
    html = client.get(response["Location"]).content.decode()
    assert "pas la bonne réponse" in html
    result = client.get(reverse("quizzes:attempt_result", args=[attempt.pk]))
    html = result.content.decode()
    assert "50 %" in html
    assert "Bravo !" in html


def test_feedback_at_the_end_hides_corrections_until_the_result(client, learner, db):
    q1 = factories.question(QuestionKind.TRUE_FALSE)
    q2 = factories.question(QuestionKind.TRUE_FALSE)
    quiz = factories.quiz(q1, q2, feedback_mode="at_end")
    client.force_login(learner)
    attempt, url = _start(client, quiz)
    response = client.post(url, {"text": "true"})
    assert response["Location"] == reverse(
        "quizzes:attempt_question", args=[attempt.pk, 2]
    )
    feedback = client.get(reverse("quizzes:attempt_feedback", args=[attempt.pk, 1]))
    assert feedback["Location"] == reverse(
        "quizzes:attempt_question", args=[attempt.pk, 2]
    )


def test_an_empty_form_is_refused_with_a_message(client, quiz, learner):
    client.force_login(learner)
    attempt, url = _start(client, quiz)
    response = client.post(url, {})
    assert response.status_code == 400
    assert "Choisissez" in response.content.decode() or "Écrivez" in (
        response.content.decode()
    )
    assert not Answer.objects.exists()


def test_a_tampered_choice_is_refused(client, learner, db):
    q1 = factories.question(QuestionKind.SINGLE)
    other = factories.question(QuestionKind.SINGLE)
    quiz = factories.quiz(q1)
    client.force_login(learner)
    attempt, url = _start(client, quiz)
    response = client.post(url, {"choice": factories.correct_choice_ids(other)[0]})
    assert response.status_code == 400
    assert not Answer.objects.exists()
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.IN_PROGRESS


def test_a_replayed_post_counts_once(client, learner, db):
    q1 = factories.question(QuestionKind.SINGLE)
    q2 = factories.question(QuestionKind.TRUE_FALSE)
    quiz = factories.quiz(q1, q2)
    client.force_login(learner)
    attempt, url = _start(client, quiz)
    wrong = {"choice": factories.wrong_choice_ids(q1)[0]}
    right = {"choice": factories.correct_choice_ids(q1)[0]}
    client.post(url, wrong)
    response = client.post(url, right)
    assert response.status_code == 302
    assert Answer.objects.count() == 1
    assert Answer.objects.get().status == "incorrect"


def test_another_learners_attempt_is_not_found(client, quiz, learner):
    attempt = attempt_start(user=learner, quiz=quiz)
    client.force_login(builders.user())
    for name, args in [
        ("quizzes:attempt_question", [attempt.pk, 1]),
        ("quizzes:attempt_feedback", [attempt.pk, 1]),
        ("quizzes:attempt_result", [attempt.pk]),
    ]:
        assert client.get(reverse(name, args=args)).status_code == 404
    response = client.post(
        reverse("quizzes:attempt_question", args=[attempt.pk, 1]), {"text": "true"}
    )
    assert response.status_code == 404
    assert not Answer.objects.exists()


def test_a_draft_quiz_is_not_found(client, learner, db):
    quiz = factories.quiz(factories.question(), draft=True)
    client.force_login(learner)
    assert client.get(reverse("quizzes:quiz_detail", args=[quiz.pk])).status_code == 404


def test_marking_queue_for_trainers_only(client, quiz, learner):
    from people import roles
    from quizzes.services import answer_submit

    attempt = attempt_start(user=learner, quiz=quiz)
    open_q = next(
        q.question for q in quiz.quiz_questions.all() if q.question.kind == "open"
    )
    answer_submit(
        user=learner, attempt_id=attempt.pk, question_id=open_q.pk, text="Ma réponse"
    )
    answer = Answer.objects.get()

    client.force_login(learner)
    assert client.get(reverse("quizzes:marking_queue")).status_code == 403
    assert (
        client.get(reverse("quizzes:answer_mark", args=[answer.pk])).status_code == 404
    )

    client.force_login(builders.user(group=roles.TRAINER))
    assert (
        "Ma réponse"
        not in client.get(reverse("quizzes:marking_queue")).content.decode()
    )
    html = client.get(reverse("quizzes:marking_queue")).content.decode()
    assert open_q.text in html
    response = client.post(
        reverse("quizzes:answer_mark", args=[answer.pk]),
        {"points": "1.5", "comment": "Bonne idée."},
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert (answer.points, answer.marker_comment) == (1.5, "Bonne idée.")
    # The learner sees the comment on their result page.
    client.force_login(learner)
    position = answer.attempt.question_ids.index(open_q.pk) + 1
    html = client.get(
        reverse("quizzes:attempt_feedback", args=[answer.attempt_id, position])
    ).content.decode()
    assert "Bonne idée." in html


def test_professionals_mark_only_their_structures_beneficiaries(client, quiz):
    from quizzes.services import answer_submit

    corbeil, grigny = builders.structure(), builders.structure()
    profile, _pin = builders.beneficiary(corbeil, first_name="Awa")
    attempt = attempt_start(user=profile.user, quiz=quiz)
    open_q = next(
        q.question for q in quiz.quiz_questions.all() if q.question.kind == "open"
    )
    answer_submit(
        user=profile.user,
        attempt_id=attempt.pk,
        question_id=open_q.pk,
        text="Ma réponse",
    )
    answer = Answer.objects.get()
    mark_url = reverse("quizzes:answer_mark", args=[answer.pk])

    client.force_login(builders.professional(grigny))
    assert "Awa" not in page_text(client.get(reverse("quizzes:marking_queue")))
    assert client.post(mark_url, {"points": "2"}).status_code == 404
    answer.refresh_from_db()
    assert answer.status == "pending"

    client.force_login(builders.professional(corbeil))
    assert "Awa" in client.get(reverse("quizzes:marking_queue")).content.decode()
    assert client.post(mark_url, {"points": "2", "comment": "Bien."}).status_code == 302
    answer.refresh_from_db()
    assert answer.status == "marked"


def test_the_result_leads_back_to_the_lesson_the_quiz_was_opened_from(
    client, learner, workshops
):
    question = factories.question(QuestionKind.TRUE_FALSE)
    quiz = factories.quiz(question, feedback_mode="at_end")
    course = builders.course(workshops, modules=1, lessons_per_module=1)
    lesson = builders.lessons_of(course)[0]
    lesson.body.append(("quiz", {"quiz": quiz, "intro": ""}))
    builders.publish(lesson)
    client.force_login(learner)
    link = reverse("quizzes:quiz_detail", args=[quiz.pk]) + f"?depuis={lesson.pk}"
    assert link in client.get(lesson.whole_url()).content.decode()

    client.get(link)
    attempt, url = _start(client, quiz)
    client.post(url, {"text": "true"})
    result = client.get(reverse("quizzes:attempt_result", args=[attempt.pk]))
    body = result.content.decode()
    # Back to the step that holds the quiz, not to the lesson's first step.
    from courses.steps import lesson_steps

    last = lesson_steps(lesson)[-1]
    assert any(block.block_type == "quiz" for block in last.blocks)
    assert last.number > 1
    assert f'href="{lesson.step_url(last.number)}"' in body
    assert "Retour à la leçon" in body


@pytest.mark.parametrize("origin", ["abc", "99999999", "9" * 5000, "²"])
def test_a_bad_origin_is_ignored(client, quiz, learner, origin):
    client.force_login(learner)
    response = client.get(
        reverse("quizzes:quiz_detail", args=[quiz.pk]), {"depuis": origin}
    )
    assert response.status_code == 200
    attempt, url = _start(client, quiz)
    Attempt.objects.filter(pk=attempt.pk).update(state=AttemptState.FINISHED)
    result = client.get(reverse("quizzes:attempt_result", args=[attempt.pk]))
    assert "Retour à la leçon" not in result.content.decode()
