"""« Which lessons make up a course » has one owner (LessonPage.objects.in_course)
and every consumer agrees with it, unpublished modules included."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrollment, LessonPage, LessonQuiz, ModulePage
from courses.selectors import (
    catalogue_courses_get,
    course_outline_get,
    course_quiz_ids,
    courses_with_quiz,
    lesson_course_get,
    my_learning_get,
)
from courses.services import lesson_complete
from diagnostics.models import LevelProposal
from quizzes.models import QuestionKind
from quizzes.services import answer_submit, attempt_start
from tests import builders
from tests.quizzes import factories
from workshops import guided
from workshops.services import session_create


@pytest.fixture
def setting(db, corbeil, pro_corbeil):
    _home, catalogues = builders.skeleton()
    course = builders.course(
        catalogues["beneficiary"], modules=2, lessons_per_module=2, level_code="N2"
    )
    first_module, second_module = ModulePage.objects.child_of(course).order_by("path")
    question = factories.question(QuestionKind.TRUE_FALSE)
    kept, hidden = factories.quiz(question), factories.quiz(question)
    lessons = builders.lessons_of(course)
    for lesson, quiz in ((lessons[1], kept), (lessons[3], hidden)):
        lesson.body.append(("quiz", {"quiz": quiz, "intro": ""}))
        lesson.save()
    profile, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")
    return {
        "catalogue": catalogues["beneficiary"],
        "course": course,
        "second_module": second_module,
        "lessons": lessons,
        "question": question,
        "kept": kept,
        "hidden": hidden,
        "learner": profile.user,
    }


def _pass(user, quiz, question):
    attempt = attempt_start(user=user, quiz=quiz)
    answer_submit(
        user=user, attempt_id=attempt.pk, question_id=question.pk, text="true"
    )


def test_saving_a_lesson_keeps_its_quizzes_in_step(setting):
    lesson = setting["lessons"][1]
    assert set(
        LessonQuiz.objects.filter(lesson=lesson).values_list("quiz", flat=True)
    ) == {setting["kept"].pk}
    lesson.body = [
        (b.block_type, b.value) for b in lesson.body if b.block_type != "quiz"
    ]
    lesson.save()
    assert not LessonQuiz.objects.filter(lesson=lesson).exists()


def test_a_draft_does_not_change_the_published_quizzes(setting):
    lesson = setting["lessons"][1]
    lesson.body = [
        (b.block_type, b.value) for b in lesson.body if b.block_type != "quiz"
    ]
    lesson.save_revision()  # a draft: the published lesson still holds its quiz
    assert LessonQuiz.objects.filter(lesson=lesson, quiz=setting["kept"]).exists()
    lesson.get_latest_revision().publish()
    assert not LessonQuiz.objects.filter(lesson=lesson).exists()


def test_every_consumer_leaves_out_the_lessons_of_an_unpublished_module(
    client, setting, corbeil, pro_corbeil
):
    course, learner = setting["course"], setting["learner"]
    first_two, last_two = setting["lessons"][:2], setting["lessons"][2:]
    setting["second_module"].unpublish()
    for lesson in last_two:
        lesson.refresh_from_db()
        assert lesson.live  # published lessons, in a module that is not

    in_course = list(LessonPage.objects.in_course(course))
    assert in_course == first_two
    # Progress: the course page, the catalogue and « Mon parcours ».
    outline = course_outline_get(course=course, user=learner)
    assert [e.lesson for e in outline.lessons] == first_two
    assert outline.progress.total == 2
    card = next(
        c
        for c in catalogue_courses_get(catalogue=setting["catalogue"], user=learner)
        if c.course == course
    )
    assert card.progress.total == 2
    # Completion: refused for a hidden lesson; the course completes without it.
    assert lesson_course_get(last_two[0]) is None
    with pytest.raises(ValidationError, match="aucun parcours publié"):
        lesson_complete(user=learner, lesson=last_two[0])
    lesson_complete(user=learner, lesson=first_two[0])
    done = lesson_complete(user=learner, lesson=first_two[1])
    assert done.course_complete and done.next_lesson is None
    assert Enrollment.objects.get(user=learner, course=course).completed_at
    [mine] = my_learning_get(user=learner)
    assert (mine.progress.done, mine.progress.total) == (2, 2)
    # The view does not break on a lesson outside the course (it was a 500).
    client.force_login(learner)
    response = client.post(
        reverse("courses:lesson_mark_done", kwargs={"lesson_id": last_two[0].pk})
    )
    assert response.status_code == 302
    # Level evidence counts only the quizzes of the lessons in the course.
    assert course_quiz_ids(course) == {setting["kept"].pk}
    assert courses_with_quiz(setting["hidden"].pk) == [course]  # a candidate...
    with TestCase.captureOnCommitCallbacks(execute=True):
        _pass(learner, setting["kept"], setting["question"])
    # ... but passing the visible quiz is enough for the proposal.
    assert LevelProposal.objects.filter(learner=learner, course=course).exists()
    # Guided mode offers the same lessons.
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Atelier",
        date=timezone.localdate(),
        start_time=datetime.time(9),
        courses=[course],
    )
    groups = guided.lessons_to_choose(session)
    offered = next(lessons for c, lessons in groups if c == course)
    assert offered == first_two
