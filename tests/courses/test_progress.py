import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from courses.models import Enrollment, LessonCompletion
from courses.selectors import course_outline_get
from courses.services import enrollment_create, lesson_complete
from tests import builders


@pytest.fixture
def course(workshops):
    return builders.course(workshops, modules=2, lessons_per_module=2)


def test_enrolling_twice_keeps_one_enrollment(course, learner):
    first = enrollment_create(user=learner, course=course)
    second = enrollment_create(user=learner, course=course)
    assert first.pk == second.pk
    assert Enrollment.objects.filter(user=learner, course=course).count() == 1


def test_it_refuses_to_enrol_in_an_unpublished_course(course, learner):
    course.unpublish()
    course.refresh_from_db()
    with pytest.raises(ValidationError, match="pas encore publié"):
        enrollment_create(user=learner, course=course)
    assert not Enrollment.objects.exists()


def test_completing_a_lesson_twice_records_it_once(course, learner):
    lesson = builders.lessons_of(course)[0]
    created = lesson_complete(user=learner, lesson=lesson).created
    created_again = lesson_complete(user=learner, lesson=lesson).created
    assert (created, created_again) == (True, False)
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    # Completing a lesson enrols the learner in its course.
    assert Enrollment.objects.filter(user=learner, course=course).exists()


def test_it_refuses_to_complete_an_unpublished_lesson(course, learner):
    lesson = builders.lessons_of(course)[0]
    lesson.unpublish()
    lesson.refresh_from_db()
    with pytest.raises(ValidationError):
        lesson_complete(user=learner, lesson=lesson)
    assert not LessonCompletion.objects.exists()
    assert not Enrollment.objects.exists()


def test_progress_counts_done_lessons_and_resume_points_to_the_first_unfinished(
    course, learner
):
    lessons = builders.lessons_of(course)
    lesson_complete(user=learner, lesson=lessons[0])
    lesson_complete(user=learner, lesson=lessons[2])

    outline = course_outline_get(course=course, user=learner)

    assert (outline.progress.done, outline.progress.total) == (2, 4)
    assert outline.progress.percent == 50
    assert [e.done for e in outline.lessons] == [True, False, True, False]
    assert outline.resume_lesson.pk == lessons[1].pk
    assert [len(m.lessons) for m in outline.modules] == [2, 2]


def test_finishing_every_lesson_marks_the_enrollment_complete(course, learner):
    for lesson in builders.lessons_of(course):
        lesson_complete(user=learner, lesson=lesson)
    enrollment = Enrollment.objects.get(user=learner, course=course)
    assert enrollment.completed_at is not None
    assert course_outline_get(course=course, user=learner).progress.percent == 100


def test_unpublished_lessons_do_not_count(course, learner):
    lessons = builders.lessons_of(course)
    lesson_complete(user=learner, lesson=lessons[0])
    lessons[3].unpublish()
    outline = course_outline_get(course=course, user=learner)
    assert (outline.progress.done, outline.progress.total) == (1, 3)


def test_one_learners_progress_is_not_anothers(course, learner):
    other = builders.user()
    lesson_complete(user=learner, lesson=builders.lessons_of(course)[0])
    assert course_outline_get(course=course, user=other).progress.done == 0


def test_mark_done_view_requires_post_and_sign_in(client, course, learner):
    lesson = builders.lessons_of(course)[0]
    url = reverse("courses:lesson_mark_done", args=[lesson.pk])

    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response.status_code == 302
    assert reverse("login") in response["Location"]
    assert not LessonCompletion.objects.exists()


def test_mark_done_view_records_and_moves_to_the_next_lesson(client, course, learner):
    lessons = builders.lessons_of(course)
    client.force_login(learner)

    response = client.post(reverse("courses:lesson_mark_done", args=[lessons[0].pk]))

    assert response.status_code == 302
    assert response["Location"] == lessons[1].url
    assert LessonCompletion.objects.filter(user=learner, lesson=lessons[0]).exists()
    page = client.get(lessons[0].whole_url())
    assert "Vous avez terminé cette leçon" in page.content.decode()


def test_mark_done_view_answers_404_for_an_unknown_lesson(client, learner):
    client.force_login(learner)
    response = client.post(reverse("courses:lesson_mark_done", args=[999999]))
    assert response.status_code == 404


def test_enrol_view_then_resume_opens_the_first_unfinished_lesson(
    client, course, learner
):
    lessons = builders.lessons_of(course)
    client.force_login(learner)
    response = client.post(reverse("courses:course_enroll", args=[course.pk]))
    assert response["Location"] == lessons[0].url
    client.post(reverse("courses:lesson_mark_done", args=[lessons[0].pk]))

    response = client.get(reverse("courses:course_resume", args=[course.pk]))

    assert response["Location"] == lessons[1].url


def test_course_page_shows_progress_and_check_marks(client, course, learner):
    lessons = builders.lessons_of(course)
    lesson_complete(user=learner, lesson=lessons[0])
    client.force_login(learner)

    html = client.get(course.url).content.decode()

    assert "25 %" in html
    assert html.count('class="outline__lesson is-done"') == 1
    assert "Reprendre" in html


def test_my_learning_lists_enrolled_courses_with_progress(client, course, learner):
    builders.course(course.get_parent().specific, title="Autre parcours")
    lesson_complete(user=learner, lesson=builders.lessons_of(course)[0])
    client.force_login(learner)

    html = client.get(reverse("courses:my_learning")).content.decode()

    assert course.title in html
    assert "Autre parcours" not in html
    assert "25 %" in html


def test_my_learning_requires_sign_in(client, db):
    response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]
