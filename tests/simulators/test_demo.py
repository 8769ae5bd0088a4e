"""The demo's simulators: at least four, each before its lesson's exercise,
each valid, neutral (no real organisation on the fake screens) and possible
to complete through the views with its persona's data."""

import re

from django.contrib.auth import get_user_model

from courses.models import LessonPage
from courses.services import lesson_complete
from demo.simulators import LESSON_SIMULATORS
from simulators.blocks import SimulatorBlock
from simulators.models import SimulatorProgress
from tests.simulators.helpers import (
    simulators_complete,
)

# Names that must never appear on a fake screen (site name, titles, fields).
REAL_NAMES = re.compile(r"(?i)\b(ameli|caf|france ?travail|cpam|gmail|orange)\b")


def test_the_demo_has_four_simulators_before_the_exercises(db, demo_loaded):
    found = []
    for slug in LESSON_SIMULATORS:
        lesson = LessonPage.objects.get(slug=slug)
        types = [block.block_type for block in lesson.body]
        assert types.index("simulator") < types.index("quiz"), slug
        assert types[-1] == "quiz", slug
        found += [block for block in lesson.body if block.block_type == "simulator"]
    assert len(found) >= 4
    block = SimulatorBlock()
    for simulator in found:
        value = block.clean(simulator.value)  # valid as the editor would say
        screens_text = " ".join(
            [value["site_name"]]
            + [screen["title"] + " " + screen["intro"] for screen in value["screens"]]
            + [f["label"] for screen in value["screens"] for f in screen["fields"]]
        )
        assert "entraînement" in value["site_name"]
        assert not REAL_NAMES.search(screens_text), screens_text


def test_each_demo_simulator_can_be_completed_with_its_personas_data(
    client, db, demo_loaded
):
    learner = get_user_model().objects.get(username="beneficiaire")
    client.force_login(learner)
    for slug in LESSON_SIMULATORS:
        lesson = LessonPage.objects.get(slug=slug)
        simulators_complete(client, lesson)
        for simulator in [b for b in lesson.body if b.block_type == "simulator"]:
            progress = SimulatorProgress.objects.get(
                user=learner, lesson_id=lesson.pk, block_id=simulator.id
            )
            assert progress.completed_at is not None, slug
        # With its simulators done, the lesson can be marked done.
        assert lesson_complete(user=learner, lesson=lesson).completion
