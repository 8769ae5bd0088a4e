import datetime

import pytest

from programme.models import Milestone, MilestoneStatus, Programme, Stage
from tests import builders

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 15)


def _programme(stage=Stage.ACCOMPANIMENT):
    return Programme.objects.create(
        structure=builders.structure(), start_date=TODAY, stage=stage
    )


def _milestone(programme, due, status=MilestoneStatus.TODO):
    return Milestone.objects.create(
        programme=programme, title="Jalon", due_date=due, status=status
    )


def test_a_milestone_to_do_past_its_due_date_is_overdue(groups):
    programme = _programme()
    late = _milestone(programme, TODAY - datetime.timedelta(days=1))
    _milestone(programme, TODAY)  # due today: not yet late
    _milestone(programme, TODAY - datetime.timedelta(days=9), MilestoneStatus.DONE)
    _milestone(programme, TODAY - datetime.timedelta(days=9), MilestoneStatus.SKIPPED)
    assert list(Milestone.objects.overdue(TODAY)) == [late]
    assert late.is_overdue(TODAY)


def test_a_stopped_programme_has_nothing_overdue(groups):
    programme = _programme(Stage.STOPPED)
    _milestone(programme, TODAY - datetime.timedelta(days=30))
    assert not Milestone.objects.overdue(TODAY).exists()


def test_the_default_template_is_seeded_with_its_automatic_milestones(db):
    from programme.models import ProgrammeTemplate

    template = ProgrammeTemplate.objects.get(is_default=True)
    rules = {m.title: m.rule for m in template.milestones.all()}
    assert rules["Premiers diagnostics"] == "first_diagnostic"
    assert rules["Premiers ateliers"] == "first_workshop"
    assert rules["Professionnels formés (P1 à P4)"] == "trained"
    assert len(rules) == 9


def test_a_daily_schedule_checks_the_automatic_milestones(db):
    from django_q.models import Schedule

    from programme import tasks

    schedule = Schedule.objects.get(name="programme.milestones_auto_update")
    assert schedule.func == "programme.tasks.milestones_auto_update"
    assert schedule.schedule_type == Schedule.DAILY
    assert tasks.milestones_auto_update() == 0


def test_the_default_template_is_made_again_when_none_is_left(db):
    from programme.models import ProgrammeTemplate
    from programme.services import template_default_ensure

    ProgrammeTemplate.objects.all().delete()
    template = template_default_ensure()
    assert template.is_default
    assert template.milestones.count() == 9
    assert template_default_ensure() == template
