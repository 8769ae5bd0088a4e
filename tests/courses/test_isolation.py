"""The « courses » URLs act on the person who asks, never on anyone else: none
takes a person's id, and another structure's people (or a neighbour, or an
anonymous visitor) leave a learner's enrolment, completions and remembered
steps as they were. Walks every URL of the namespace."""

import pytest
from django.urls import get_resolver, reverse

from courses.models import Enrollment, LessonCompletion, LessonPosition
from courses.services import enrollment_create, lesson_complete, lesson_position_save
from tests import builders
from tests.isolation import page_text

# Every URL, the method it answers and the ids it takes: a page or a course,
# never a person.
URLS = {
    "my_learning": ("get", set()),
    "course_enroll": ("post", {"course_id"}),
    "course_resume": ("get", {"course_id"}),
    "lesson_position_save": ("post", {"lesson_id"}),
    "lesson_mark_done": ("post", {"lesson_id"}),
}
ACTORS = ["other_professional", "other_beneficiary", "anonymous"]


def course_patterns():
    _prefix, resolver = get_resolver().namespace_dict["courses"]
    return list(resolver.url_patterns)


def test_the_matrix_covers_every_url_of_the_namespace():
    assert {p.name for p in course_patterns()} == set(URLS)
    for pattern in course_patterns():
        assert set(pattern.pattern.converters) == URLS[pattern.name][1]


@pytest.fixture
def situation(corbeil, grigny, workshops):
    course = builders.course(workshops, modules=1, lessons_per_module=2)
    first, second = builders.lessons_of(course)
    profile, _pin = builders.beneficiary(corbeil, first_name="Zéphyrine")
    awa = profile.user
    enrollment_create(user=awa, course=course)
    lesson_complete(user=awa, lesson=first)
    lesson_position_save(user=awa, lesson=second, step=3)
    return {"course": course, "lesson": second, "awa": awa}


def _state(user):
    return (
        list(
            Enrollment.objects.filter(user=user).values_list(
                "course_id", "completed_at"
            )
        ),
        list(LessonCompletion.objects.filter(user=user).values_list("lesson_id")),
        list(LessonPosition.objects.filter(user=user).values_list("lesson_id", "step")),
    )


@pytest.mark.parametrize("actor", ACTORS)
def test_no_one_else_changes_or_sees_a_learners_progress(
    client, situation, grigny, corbeil, actor
):
    if actor == "other_professional":
        client.force_login(builders.professional(grigny))
    elif actor == "other_beneficiary":
        neighbour, _pin = builders.beneficiary(corbeil, first_name="Voisin")
        client.force_login(neighbour.user)
    before = _state(situation["awa"])
    ids = {"course_id": situation["course"].pk, "lesson_id": situation["lesson"].pk}
    for name, (method, params) in URLS.items():
        url = reverse(f"courses:{name}", kwargs={k: ids[k] for k in params})
        if method == "post":
            response = client.post(url, {"etape": 1}, follow=True)
        else:
            response = client.get(url, follow=True)
        assert "Zéphyrine" not in page_text(response), (actor, name)
        # « Reprendre » never lands on the learner's remembered step.
        if name == "course_resume" and response.redirect_chain:
            assert not response.redirect_chain[0][0].endswith("etape/3/"), actor
    assert _state(situation["awa"]) == before
