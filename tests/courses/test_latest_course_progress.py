"""The beneficiaries list's progress column: each learner's most recently
started live course with the lessons they did in it, read as columns (no page
object) in two queries whatever the number of learners or enrolments (more
while the live courses or their lessons are not in the cache), then kept per
learner until one of their completions or enrolments, or the tree, changes."""

import datetime

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import Enrollment, LessonCompletion, LessonPage
from courses.selectors import latest_course_progress_get
from courses.services import enrollment_create, lesson_complete
from tests import builders


def _started(user, course, *, days_ago: int) -> None:
    enrollment_create(user=user, course=course)
    Enrollment.objects.filter(user=user, course=course).update(
        enrolled_at=timezone.now() - datetime.timedelta(days=days_ago)
    )


def test_the_latest_course_counts_only_its_own_lessons(workshops):
    old = builders.course(workshops, title="Envoyer un courriel")
    new = builders.course(workshops, title="Allumer la tablette", modules=3)
    awa = builders.user()
    _started(awa, old, days_ago=10)
    _started(awa, new, days_ago=1)
    for lesson in builders.lessons_of(old):  # all of the older course
        lesson_complete(user=awa, lesson=lesson)
    lesson_complete(user=awa, lesson=builders.lessons_of(new)[0])
    bintou = builders.user()
    _started(bintou, old, days_ago=2)
    nobody = builders.user()

    cards = latest_course_progress_get(user_ids=[awa.pk, bintou.pk, nobody.pk])

    assert set(cards) == {awa.pk, bintou.pk}
    assert cards[awa.pk].title == "Allumer la tablette"
    assert cards[awa.pk].course_id == new.pk
    assert (cards[awa.pk].progress.done, cards[awa.pk].progress.total) == (1, 6)
    assert cards[bintou.pk].title == "Envoyer un courriel"
    assert (cards[bintou.pk].progress.done, cards[bintou.pk].progress.total) == (0, 4)


def test_a_course_taken_offline_is_left_out(workshops):
    course = builders.course(workshops)
    awa = builders.user()
    _started(awa, course, days_ago=1)
    assert set(latest_course_progress_get(user_ids=[awa.pk])) == {awa.pk}
    course.unpublish()

    # The live courses kept in the cache are forgotten with the tree change.
    assert latest_course_progress_get(user_ids=[awa.pk]) == {}


def test_a_renamed_course_shows_its_new_title(workshops):
    course = builders.course(workshops, title="Envoyer un courriel")
    awa = builders.user()
    _started(awa, course, days_ago=1)
    assert latest_course_progress_get(user_ids=[awa.pk])[awa.pk].title == (
        "Envoyer un courriel"
    )
    course.title = "Écrire un courriel"
    builders.publish(course)

    assert latest_course_progress_get(user_ids=[awa.pk])[awa.pk].title == (
        "Écrire un courriel"
    )


def _queries(user_ids) -> int:
    with CaptureQueriesContext(connection) as ctx:
        latest_course_progress_get(user_ids=user_ids)
    return len(ctx.captured_queries)


def test_three_queries_for_2_or_20_learners_in_several_courses(workshops):
    courses = [builders.course(workshops) for _ in range(3)]
    learners = []
    for n in range(20):
        learner = builders.user()
        for m, course in enumerate(courses[: 1 + n % 3]):
            _started(learner, course, days_ago=10 - m)
            lesson_complete(user=learner, lesson=builders.lessons_of(course)[0])
        learners.append(learner.pk)

    # The live courses and their lessons are read once, then kept
    # (live_courses_get, course_lesson_ids_get); so is each learner's card.
    assert _queries(learners[:10]) == 4
    assert _queries(learners) == 2  # the ten others' enrolments and lessons
    assert _queries(learners) == 0
    assert _queries([]) == 0


def _card(user) -> tuple:
    card = latest_course_progress_get(user_ids=[user.pk]).get(user.pk)
    return card and (card.course_id, card.progress.done, card.progress.total)


def test_a_kept_card_follows_the_learner_s_completions_and_enrolments(workshops):
    first = builders.course(workshops, title="Envoyer un courriel")
    second = builders.course(workshops, title="Allumer la tablette")
    awa = builders.user()
    assert _card(awa) is None  # kept as « no course » too
    _started(awa, first, days_ago=3)
    assert _card(awa) == (first.pk, 0, 4)
    lessons = builders.lessons_of(first)
    lesson_complete(user=awa, lesson=lessons[0])
    lesson_complete(user=awa, lesson=lessons[1])
    assert _card(awa) == (first.pk, 2, 4)
    LessonCompletion.objects.filter(user=awa, lesson=lessons[1]).delete()
    assert _card(awa) == (first.pk, 1, 4)
    enrollment_create(user=awa, course=second)  # started now: the latest
    assert _card(awa) == (second.pk, 0, 4)
    # What was kept is what a fresh read gives.
    assert _card(awa) == (second.pk, 0, 4)
    cache.clear()
    assert _card(awa) == (second.pk, 0, 4)


def test_a_lesson_added_to_a_course_changes_every_kept_card(workshops):
    course = builders.course(workshops)
    awa = builders.user()
    _started(awa, course, days_ago=1)
    lesson_complete(user=awa, lesson=builders.lessons_of(course)[0])
    assert _card(awa) == (course.pk, 1, 4)
    module = builders.lessons_of(course)[0].get_parent()
    lesson = LessonPage(
        title="Leçon ajoutée",
        slug="lecon-ajoutee",
        summary="Ce que vous allez apprendre.",
        body=builders.lesson_body(1),
        live=False,
    )
    module.add_child(instance=lesson)
    lesson.save_revision().publish()  # as an editor publishes it

    assert _card(awa) == (course.pk, 1, 5)
