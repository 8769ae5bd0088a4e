"""The dashboards' day counters (dashboards.tallies) move with every way a
completion or a passed attempt comes and goes, and always equal both a rebuild
from the rows and the independent recount of tests/dashboards/recount.py."""

import importlib

import pytest
from django.apps import apps

from courses.models import LessonCompletion
from courses.services import lesson_complete
from dashboards.models import StructureDayTally
from dashboards.selectors import figures_get
from dashboards.tallies import day_tallies_recount
from people import roles
from people.models import BeneficiaryProfile
from quizzes.models import Answer, AnswerStatus, Attempt
from quizzes.services import answer_mark, answer_submit, attempt_start
from tests import builders
from tests.dashboards.conftest import NOW, PERIOD, populate
from tests.dashboards.recount import recount
from tests.quizzes import factories

pytestmark = pytest.mark.django_db


def _snapshot():
    return sorted(
        StructureDayTally.objects.exclude(
            lessons_completed=0, quizzes_passed=0
        ).values_list("structure_id", "day", "lessons_completed", "quizzes_passed")
    )


def _matches_the_rows(structures):
    """Incremental counters == a rebuild == the independent recount."""
    counted = _snapshot()
    day_tallies_recount()
    assert counted == _snapshot()
    found = figures_get(structures=structures, period=PERIOD, now=NOW)
    for structure in structures:
        expected = recount(structure, start=PERIOD.start, end=PERIOD.end, now=NOW)
        for name in ("lessons_completed", "quizzes_passed"):
            assert getattr(found[structure.pk], name) == expected[name], name


def _answer_open_quiz(quiz, user):
    attempt = attempt_start(user=user, quiz=quiz)
    for pk in attempt.question_ids:
        answer_submit(user=user, attempt_id=attempt.pk, question_id=pk, text="Oui")
    return Attempt.objects.get(pk=attempt.pk)


def test_services_moves_and_deletions_keep_the_counters_true(
    corbeil, grigny, pro_corbeil, pro_grigny, material
):
    populate(corbeil, by=pro_corbeil, material=material)
    populate(grigny, by=pro_grigny, material=material)
    structures = [corbeil, grigny]

    # Through the services, today: a lesson, and an open answer marked twice
    # (passed, then not passed any more).
    profile, _pin = builders.beneficiary(corbeil, by=pro_corbeil)
    learner = profile.user
    lesson = material["lessons"][0]
    lesson_complete(user=learner, lesson=lesson)
    lesson_complete(user=learner, lesson=lesson)  # twice: counted once
    quiz = factories.quiz(factories.question("open", points=2), pass_mark=50)
    attempt = _answer_open_quiz(quiz, learner)
    trainer = builders.user(group=roles.TRAINER)
    answer = Answer.objects.get(attempt=attempt, status=AnswerStatus.PENDING)
    answer_mark(by=trainer, answer_id=answer.pk, points=2)
    today = StructureDayTally.objects.get(
        structure=corbeil, day=attempt.finished_at.astimezone().date()
    )
    assert (today.lessons_completed, today.quizzes_passed) == (1, 1)
    answer_mark(by=trainer, answer_id=answer.pk, points=0)
    today.refresh_from_db()
    assert (today.lessons_completed, today.quizzes_passed) == (1, 0)
    _matches_the_rows(structures)

    # One completion and one passed attempt removed in the admin.
    first, _second, mover, *_rest = BeneficiaryProfile.objects.filter(
        structure=corbeil
    ).order_by("pk")
    LessonCompletion.objects.filter(user=first.user).first().delete()
    Attempt.objects.filter(user=first.user, passed=True).first().delete()
    _matches_the_rows(structures)

    # A beneficiary moved to another structure takes their counts along.
    assert LessonCompletion.objects.filter(user=mover.user).count() == 3
    mover.structure = grigny
    mover.save()
    _matches_the_rows(structures)

    # A profile removed, then a whole account removed.
    BeneficiaryProfile.objects.filter(structure=grigny).first().delete()
    gone = BeneficiaryProfile.objects.filter(structure=corbeil).last().user
    gone.delete()
    _matches_the_rows(structures)
    assert _snapshot()  # something is still counted


def test_the_migration_fills_the_counters_from_existing_rows(
    corbeil, grigny, pro_corbeil, pro_grigny, material
):
    populate(corbeil, by=pro_corbeil, material=material)
    populate(grigny, by=pro_grigny, material=material, times=2)
    counted = _snapshot()
    assert counted
    StructureDayTally.objects.all().delete()
    migration = importlib.import_module(
        "dashboards.migrations.0001_structure_day_tally"
    )
    migration.count_existing(apps, None)
    assert _snapshot() == counted


def test_professionals_own_learning_is_not_a_structures_activity(
    corbeil, pro_corbeil, material
):
    lesson_complete(user=pro_corbeil, lesson=material["lessons"][0])
    assert not StructureDayTally.objects.exists()
