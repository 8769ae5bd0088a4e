"""The training path rule (training.path): lessons, quizzes, marked answers."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Audience, LessonCompletion, LessonQuiz
from quizzes.models import Answer, AnswerStatus, Attempt
from tests import builders
from tests.training import helpers
from training.path import (
    path_complete,
    path_progress_get,
    structure_trained_counts,
    training_path_get,
)


def _first(progress, user):
    return progress[user.pk].modules[0]


def test_nothing_done_means_nothing_complete(path, pro_corbeil):
    progress = path_progress_get(users=[pro_corbeil])[pro_corbeil.pk]
    assert progress.modules_total == 2
    assert not progress.complete
    assert not progress.started
    first = progress.modules[0]
    assert (first.lessons_done, first.lessons_total) == (0, 2)
    assert (first.quizzes_passed, first.quizzes_total) == (0, 1)
    assert [lesson.pk for lesson in first.lessons_remaining] == [
        lesson.pk for lesson in path["lessons"][:2]
    ]


def test_a_module_without_its_quiz_passed_is_not_done(path, pro_corbeil):
    helpers.complete_lessons(pro_corbeil, path["lessons"])
    progress = path_progress_get(users=[pro_corbeil])[pro_corbeil.pk]
    first, second = progress.modules
    assert first.lessons_done == first.lessons_total == 2
    assert not first.done
    assert first.quiz_ids_remaining == [path["quiz"].pk]
    assert second.done  # no quiz in it: its lessons are enough
    assert progress.modules_done == 1
    assert not progress.complete


def test_an_answer_waiting_for_marking_keeps_the_module_open(path, pro_corbeil):
    helpers.complete_lessons(pro_corbeil, path["lessons"])
    helpers.answer_quiz(pro_corbeil, path)
    first = _first(path_progress_get(users=[pro_corbeil]), pro_corbeil)
    assert first.answers_pending == 1
    assert first.waiting_for_marking
    assert not first.done
    assert not path_complete(user=pro_corbeil)


def test_the_path_is_complete_once_the_open_answer_is_marked(path, pro_corbeil):
    helpers.finish_path(pro_corbeil, path)
    progress = path_progress_get(users=[pro_corbeil])[pro_corbeil.pk]
    first = progress.modules[0]
    assert (first.answers_marked, first.answers_pending) == (1, 0)
    assert first.quizzes_passed == 1
    assert progress.complete
    assert progress.percent == 100


def test_a_marked_answer_that_fails_the_quiz_leaves_it_to_pass(path, pro_corbeil):
    helpers.complete_lessons(pro_corbeil, path["lessons"])
    helpers.answer_quiz(pro_corbeil, path)
    helpers.mark_open_answers(pro_corbeil, points=0)
    first = _first(path_progress_get(users=[pro_corbeil]), pro_corbeil)
    assert first.answers_pending == 0
    assert first.quizzes_passed == 0
    assert not first.done


def test_an_unpublished_module_leaves_the_path(path, pro_corbeil):
    helpers.complete_lessons(pro_corbeil, path["lessons"][:2])
    helpers.answer_quiz(pro_corbeil, path)
    helpers.mark_open_answers(pro_corbeil)
    assert not path_complete(user=pro_corbeil)
    path["modules"][1].unpublish()
    assert len(training_path_get().modules) == 1
    assert path_complete(user=pro_corbeil)


def test_beneficiary_courses_are_not_part_of_the_path(site, path):
    other = builders.course(site[1][Audience.BENEFICIARY], modules=3)
    titles = {entry.course.pk for entry in training_path_get().modules}
    assert titles == {path["course"].pk}
    assert other.pk not in titles


def _recomputed(user, path) -> bool:
    """The rule, straight from the raw rows, module by module."""
    for module in path["modules"]:
        lessons = [
            lesson for lesson in path["lessons"] if lesson.path.startswith(module.path)
        ]
        quiz_ids = set(
            LessonQuiz.objects.filter(lesson__in=lessons).values_list("quiz", flat=True)
        )
        if LessonCompletion.objects.filter(user=user, lesson__in=lessons).count() < len(
            lessons
        ):
            return False
        for quiz_id in quiz_ids:
            if not Attempt.objects.filter(
                user=user, quiz_id=quiz_id, passed=True
            ).exists():
                return False
            if Answer.objects.filter(
                attempt__user=user,
                attempt__quiz_id=quiz_id,
                status=AnswerStatus.PENDING,
            ).exists():
                return False
    return True


def test_the_progress_agrees_with_the_raw_rows(path, corbeil):
    people = [builders.professional(corbeil) for _ in range(5)]
    steps = [
        lambda user: None,
        lambda user: helpers.complete_lessons(user, path["lessons"][:1]),
        lambda user: helpers.complete_lessons(user, path["lessons"]),
        lambda user: (
            helpers.complete_lessons(user, path["lessons"]),
            helpers.answer_quiz(user, path),
        ),
        lambda user: helpers.finish_path(user, path),
    ]
    for person, step in zip(people, steps, strict=True):
        step(person)
    progress = path_progress_get(users=people)
    assert [progress[p.pk].complete for p in people] == [
        _recomputed(p, path) for p in people
    ]
    assert [progress[p.pk].complete for p in people] == [False] * 4 + [True]


def _queries(users) -> int:
    with CaptureQueriesContext(connection) as queries:
        path_progress_get(users=users)
    return len(queries)


def test_the_query_count_does_not_grow_with_the_people(path, corbeil):
    people = [builders.professional(corbeil) for _ in range(20)]
    for person in people:
        helpers.complete_lessons(person, path["lessons"][:1])
    assert _queries(people[:2]) == _queries(people) == 7


def test_structure_counts_trained_and_total_professionals(
    path, corbeil, grigny, pro_corbeil, pro_grigny
):
    other = builders.professional(corbeil)
    helpers.finish_path(pro_corbeil, path)
    helpers.complete_lessons(other, path["lessons"])
    counts = structure_trained_counts(structure_ids=[corbeil.pk, grigny.pk])
    assert counts == {corbeil.pk: (1, 2), grigny.pk: (0, 1)}


def test_structure_counts_take_constant_queries(path, corbeil, grigny, pro_grigny):
    for _ in range(10):
        builders.professional(corbeil)
    with CaptureQueriesContext(connection) as few:
        structure_trained_counts(structure_ids=[grigny.pk])
    with CaptureQueriesContext(connection) as many:
        structure_trained_counts(structure_ids=[corbeil.pk, grigny.pk])
    assert len(few) == len(many)
