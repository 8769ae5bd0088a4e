"""Every guided step of the demo's beneficiary lessons shows its own picture."""

import pytest
from bs4 import BeautifulSoup

from courses.models import LessonPage
from demo import curriculum
from demo.pictures import PICTURES, STEP_RENDITIONS, picture_image
from demo.services import demo_load
from demo.step_pictures import STEP_PICTURES

MAX_BYTES_AT_360 = 60 * 1024


def _beneficiary_lessons():
    return [
        lesson
        for course in curriculum.BENEFICIARY_COURSES
        for module in course["modules"]
        for lesson in module["lessons"]
    ]


def _guided_steps(body):
    return [
        step
        for name, value in body
        if name == "guided_steps"
        for step in value["steps"]
    ]


def test_each_beneficiary_lesson_has_one_picture_per_guided_step():
    lessons = _beneficiary_lessons()
    assert {lesson["slug"] for lesson in lessons} == set(STEP_PICTURES)
    for lesson in lessons:
        steps = _guided_steps(lesson["body"])
        assert len(STEP_PICTURES[lesson["slug"]]) == len(steps), lesson["slug"]


def test_each_step_picture_is_drawn_and_described_for_its_own_step():
    pairs = [pair for pairs in STEP_PICTURES.values() for pair in pairs]
    assert {key for key, _alt in pairs} <= set(PICTURES)
    alts = [alt for _key, alt in pairs]
    # Long enough to say what the step shows, short enough for the block (250).
    assert all(40 <= len(alt) <= 250 for alt in alts)
    assert len(set(alts)) == len(alts)


def test_a_lesson_whose_steps_and_pictures_differ_is_not_loaded(db, monkeypatch):
    slug = "mots-de-passe-et-arnaques"
    monkeypatch.setitem(STEP_PICTURES, slug, STEP_PICTURES[slug][:-1])
    with pytest.raises(ValueError, match=slug):
        demo_load()


def test_after_loading_every_beneficiary_step_has_a_picture_and_its_alt(
    db, demo_loaded
):
    for spec in _beneficiary_lessons():
        lesson = LessonPage.objects.get(slug=spec["slug"])
        steps = [
            step
            for block in lesson.body
            if block.block_type == "guided_steps"
            for step in block.value["steps"]
        ]
        expected = STEP_PICTURES[spec["slug"]]
        assert [step["screenshot_alt"] for step in steps] == [
            alt for _key, alt in expected
        ]
        assert all(step["screenshot"] is not None for step in steps)
        assert [step["screenshot"].title for step in steps][0].startswith(
            "Illustration"
        )


def test_every_step_shows_a_light_lazy_responsive_picture_in_the_lesson(
    db, client, demo_loaded
):
    """One test, as the renditions are slow to make: it renders every beneficiary
    lesson, then weighs the 360 px renditions of every drawn picture."""
    for spec in _beneficiary_lessons():
        lesson = LessonPage.objects.get(slug=spec["slug"])
        response = client.get(lesson.whole_url())
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        images = html.select("li.step img")
        assert [img["alt"] for img in images] == [
            alt for _key, alt in STEP_PICTURES[spec["slug"]]
        ]
        for img in images:
            assert img["loading"] == "lazy"
            assert " 360w" in img["srcset"] and " 720w" in img["srcset"]
            assert img.find_parent("picture").find("source", type="image/webp")
    made = set(
        picture_image("phone_power_button").renditions.values_list(
            "filter_spec", flat=True
        )
    )
    assert made == set(STEP_RENDITIONS)
    too_heavy = {}
    for key in PICTURES:
        image = picture_image(key)
        for filter_spec in ("format-webp|width-360", "format-png|width-360"):
            rendition = image.get_rendition(filter_spec)
            assert rendition.width == 360
            with rendition.file.open("rb") as file:
                size = len(file.read())
            if size > MAX_BYTES_AT_360:
                too_heavy[f"{key} {filter_spec}"] = size
    assert too_heavy == {}
