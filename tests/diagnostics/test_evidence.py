"""Finishing a course and passing its quizzes is evidence for its target level."""

from html import unescape

import pytest
from django.test import TestCase
from django.urls import reverse

from courses.services import lesson_complete
from diagnostics.models import LevelProposal, LevelRecord, LevelSource, ProposalStatus
from diagnostics.receivers import _evidence_for_quiz
from people.services import roles_setup
from quizzes.models import QuestionKind
from quizzes.services import answer_submit, attempt_start
from skills.models import Level
from tests import builders
from tests.isolation import page_text
from tests.quizzes import factories


@pytest.fixture
def setting(db):
    roles_setup()
    _home, catalogues = builders.skeleton()
    course = builders.course(
        catalogues["beneficiary"],
        modules=1,
        lessons_per_module=2,
        area_number=3,
        level_code="N2",
        title="Écrire un e-mail",
    )
    question = factories.question(QuestionKind.TRUE_FALSE)
    quiz = factories.quiz(question, pass_mark=50)
    last = builders.lessons_of(course)[-1]
    last.body.append(("quiz", {"quiz": quiz, "intro": ""}))
    last.save()
    corbeil = builders.structure()
    profile, _pin = builders.beneficiary(corbeil, first_name="Awa")
    return {
        "course": course,
        "quiz": quiz,
        "question": question,
        "corbeil": corbeil,
        "profile": profile,
    }


# Evidence is checked once the completion or the answer is committed: the
# test's own transaction never commits, so its callbacks are run here.
def _finish_lessons(user, course):
    for lesson in builders.lessons_of(course):
        with TestCase.captureOnCommitCallbacks(execute=True):
            lesson_complete(user=user, lesson=lesson)


def _pass_quiz(user, quiz, question, right=True):
    attempt = attempt_start(user=user, quiz=quiz)
    with TestCase.captureOnCommitCallbacks(execute=True):
        answer_submit(
            user=user,
            attempt_id=attempt.pk,
            question_id=question.pk,
            text="true" if right else "false",
        )


def test_lessons_and_quiz_passed_propose_the_level_to_the_professional(setting):
    user = setting["profile"].user
    _pass_quiz(user, setting["quiz"], setting["question"])
    assert not LevelProposal.objects.exists()  # lessons not finished yet
    _finish_lessons(user, setting["course"])
    proposal = LevelProposal.objects.get()
    assert (proposal.area.number, proposal.level.code, proposal.status) == (
        3,
        "N2",
        ProposalStatus.PENDING,
    )
    assert not LevelRecord.objects.exists()  # a beneficiary's level waits


def test_a_failed_quiz_proposes_nothing_until_it_is_passed(setting):
    user = setting["profile"].user
    _finish_lessons(user, setting["course"])
    _pass_quiz(user, setting["quiz"], setting["question"], right=False)
    assert not LevelProposal.objects.exists()
    _pass_quiz(user, setting["quiz"], setting["question"])
    assert LevelProposal.objects.count() == 1


def test_a_professionals_course_level_applies_at_once(setting):
    pro = builders.professional(setting["corbeil"])
    _pass_quiz(pro, setting["quiz"], setting["question"])
    _finish_lessons(pro, setting["course"])
    record = LevelRecord.objects.get(learner=pro)
    assert (record.level.code, record.source) == ("N2", LevelSource.COURSE)
    assert not LevelProposal.objects.exists()


def test_no_proposal_when_the_level_is_already_reached(setting):
    user = setting["profile"].user
    LevelRecord.objects.create(
        learner=user,
        area=setting["course"].competence_area,
        level=Level.objects.get(code="N3"),
        source=LevelSource.DIAGNOSTIC,
    )
    _pass_quiz(user, setting["quiz"], setting["question"])
    _finish_lessons(user, setting["course"])
    assert not LevelProposal.objects.exists()


def test_the_professional_validates_or_declines_with_a_reason(client, setting):
    user = setting["profile"].user
    _pass_quiz(user, setting["quiz"], setting["question"])
    _finish_lessons(user, setting["course"])
    proposal = LevelProposal.objects.get()
    detail = reverse(
        "people:beneficiary_detail", kwargs={"beneficiary_id": setting["profile"].pk}
    )

    client.force_login(builders.professional(builders.structure()))
    url = reverse("diagnostics:proposal_decide", args=[proposal.pk, "valider"])
    assert client.post(url).status_code == 404
    assert LevelProposal.objects.get().status == ProposalStatus.PENDING

    client.force_login(builders.professional(setting["corbeil"]))
    assert "Niveaux à valider" in client.get(detail).content.decode()
    refuse = reverse("diagnostics:proposal_decide", args=[proposal.pk, "refuser"])
    client.post(refuse, {"reason": ""})
    assert LevelProposal.objects.get().status == ProposalStatus.PENDING
    response = client.post(url)
    assert response["Location"] == detail
    record = LevelRecord.objects.get(learner=user)
    assert (record.level.code, record.source) == ("N2", LevelSource.COURSE)
    assert LevelProposal.objects.get().status == ProposalStatus.VALIDATED
    # Deciding twice changes nothing.
    client.post(url)
    assert LevelRecord.objects.filter(learner=user).count() == 1


def test_a_declined_proposal_stays_declined_when_more_quizzes_are_passed(setting):
    from diagnostics.services import level_proposal_decide

    user = setting["profile"].user
    _pass_quiz(user, setting["quiz"], setting["question"])
    _finish_lessons(user, setting["course"])
    proposal = LevelProposal.objects.get()
    level_proposal_decide(
        by=builders.professional(setting["corbeil"]),
        proposal_id=proposal.pk,
        validate=False,
        reason="Encore trop d'aide pour joindre un fichier.",
    )
    # Passing a quiz again re-checks the evidence of every finished course.
    _pass_quiz(user, setting["quiz"], setting["question"])
    assert list(LevelProposal.objects.values_list("status", flat=True)) == [
        ProposalStatus.DECLINED
    ]
    assert not LevelRecord.objects.filter(learner=user).exists()


def test_each_level_decision_is_journaled(setting):
    from diagnostics.services import level_proposal_decide
    from people.models import AuditAction, AuditEvent

    user = setting["profile"].user
    _pass_quiz(user, setting["quiz"], setting["question"])
    _finish_lessons(user, setting["course"])
    proposal = LevelProposal.objects.get()
    pro = builders.professional(setting["corbeil"])
    level_proposal_decide(by=pro, proposal_id=proposal.pk, validate=True)
    event = AuditEvent.objects.get(action=AuditAction.VALIDATION)
    assert (event.actor, event.target) == (pro, user)
    assert event.structure == setting["profile"].structure
    assert event.details["validated"] is True
    assert event.details["proposal"] == proposal.pk


def test_the_learner_sees_the_pending_proposal(client, setting):
    user = setting["profile"].user
    _pass_quiz(user, setting["quiz"], setting["question"])
    _finish_lessons(user, setting["course"])
    client.force_login(user)
    html = unescape(page_text(client.get(reverse("diagnostics:my_levels"))))
    html = html.replace("\xa0", " ")
    assert (
        "Vous avez terminé « Écrire un e-mail » : votre accompagnateur peut "
        "confirmer que vous savez maintenant faire des choses simples sans aide"
    ) in html


def test_a_level_validated_from_a_course_shows_the_course_as_its_source(
    client, setting
):
    user = setting["profile"].user
    _pass_quiz(user, setting["quiz"], setting["question"])
    _finish_lessons(user, setting["course"])
    pro = builders.professional(setting["corbeil"])
    client.force_login(pro)
    proposal = LevelProposal.objects.get()
    client.post(reverse("diagnostics:proposal_decide", args=[proposal.pk, "valider"]))
    origin = "Validé après le parcours « Écrire un e-mail »"

    detail = reverse(
        "people:beneficiary_detail", kwargs={"beneficiary_id": setting["profile"].pk}
    )
    html = unescape(page_text(client.get(detail)))
    assert f"N2 — {origin}" in html
    assert "Premier diagnostic" not in html

    client.force_login(user)
    html = unescape(page_text(client.get(reverse("diagnostics:my_levels"))))
    # One level only: said in words, no chart yet.
    assert f"{origin} (" in html
    assert "<svg" not in html
    assert "Parcours réussi" not in html


def test_a_professionals_own_course_level_names_its_course(client, setting):
    pro = builders.professional(setting["corbeil"])
    _pass_quiz(pro, setting["quiz"], setting["question"])
    _finish_lessons(pro, setting["course"])
    client.force_login(pro)
    html = unescape(page_text(client.get(reverse("diagnostics:my_levels"))))
    assert "Atteint avec le parcours « Écrire un e-mail » (" in html


def _pass_quiz_uncommitted(user, setting) -> list:
    """Pass the quiz; return the evidence checks waiting for the commit, not
    run (other callbacks, such as forgetting cached values, left out)."""
    attempt = attempt_start(user=user, quiz=setting["quiz"])
    with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
        answer_submit(
            user=user,
            attempt_id=attempt.pk,
            question_id=setting["question"].pk,
            text="true",
        )
    return [
        callback
        for callback in callbacks
        if getattr(callback, "func", None) is _evidence_for_quiz
    ]


def test_the_evidence_check_waits_for_the_answer_to_be_committed(setting):
    user = setting["profile"].user
    _finish_lessons(user, setting["course"])
    callbacks = _pass_quiz_uncommitted(user, setting)
    # Answered, not yet committed (the attempt's row lock held): nothing yet.
    assert not LevelProposal.objects.exists()
    assert len(callbacks) == 1
    callbacks[0]()
    assert LevelProposal.objects.filter(learner=user).count() == 1


@pytest.mark.parametrize("other_courses", [1, 6])
def test_a_passed_quiz_checks_only_the_courses_that_hold_it(
    setting, other_courses, django_assert_max_num_queries
):
    user = setting["profile"].user
    catalogue = setting["course"].get_parent().specific
    for _n in range(other_courses):
        _finish_lessons(user, builders.course(catalogue, modules=1))
    _finish_lessons(user, setting["course"])
    callbacks = _pass_quiz_uncommitted(user, setting)
    # The same queries whatever the number of other finished courses.
    with django_assert_max_num_queries(16):
        callbacks[0]()
    assert LevelProposal.objects.filter(course=setting["course"]).count() == 1
