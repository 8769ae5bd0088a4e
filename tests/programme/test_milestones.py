"""Milestones: automatic ones are met from the data and say so; overdue ones
show; a professional updates only the milestones they own."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Audience
from courses.services import lesson_complete
from diagnostics.models import Diagnostic, DiagnosticRun
from programme import services
from programme.models import Milestone, MilestoneStatus
from tests import builders
from workshops.models import WorkshopSession

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(coordinator, corbeil, pro_corbeil, today):
    return services.programme_open(
        by=coordinator,
        structure=corbeil,
        start_date=today - datetime.timedelta(days=100),
        network_referent=coordinator,
        structure_referents=[pro_corbeil],
    )


def _milestone(programme, title):
    return Milestone.objects.get(programme=programme, title=title)


def test_the_first_diagnostic_and_workshop_meet_their_milestones(
    programme, corbeil, pro_corbeil, today
):
    assert services.milestones_auto_update() == 0
    profile, _pin = builders.beneficiary(corbeil, by=pro_corbeil)
    first = timezone.make_aware(datetime.datetime(2026, 3, 2, 10))
    DiagnosticRun.objects.create(
        diagnostic=Diagnostic.objects.create(title="D", audience="beneficiary"),
        learner=profile.user,
        mode="assisted",
        started_at=first,
        finished_at=first,
    )
    WorkshopSession.objects.create(
        structure=corbeil,
        title="Premier atelier",
        date=today - datetime.timedelta(days=3),
        start_time=datetime.time(9),
        duration_minutes=60,
        created_by=pro_corbeil,
    )
    assert services.milestones_auto_update() == 2
    diagnostic = _milestone(programme, "Premiers diagnostics")
    assert diagnostic.status == MilestoneStatus.DONE
    assert diagnostic.met_automatically
    assert diagnostic.done_on == datetime.date(2026, 3, 2)
    workshop = _milestone(programme, "Premiers ateliers")
    assert workshop.done_on == today - datetime.timedelta(days=3)
    assert services.milestones_auto_update() == 0  # idempotent


def test_a_cancelled_or_future_workshop_does_not_count(
    programme, corbeil, pro_corbeil, today
):
    for day, cancelled in (
        (today + datetime.timedelta(days=2), None),
        (today, timezone.now()),
    ):
        WorkshopSession.objects.create(
            structure=corbeil,
            title="Atelier",
            date=day,
            start_time=datetime.time(0, 1),
            duration_minutes=60,
            created_by=pro_corbeil,
            cancelled_at=cancelled,
        )
    services.milestones_auto_update()
    assert _milestone(programme, "Premiers ateliers").status == MilestoneStatus.TODO


def test_all_professionals_trained_meets_the_trained_milestone(
    site, programme, pro_corbeil, corbeil
):
    _home, catalogues = site
    course = builders.course(
        catalogues[Audience.PROFESSIONAL], modules=1, lessons_per_module=1
    )
    lesson = builders.lessons_of(course)[0]
    other = builders.professional(corbeil, username="autre.pro")
    lesson_complete(user=pro_corbeil, lesson=lesson)
    services.milestones_auto_update()
    trained = _milestone(programme, "Professionnels formés (P1 à P4)")
    assert trained.status == MilestoneStatus.TODO  # one of two
    lesson_complete(user=other, lesson=lesson)
    services.milestones_auto_update()
    trained.refresh_from_db()
    assert trained.status == MilestoneStatus.DONE and trained.met_automatically


def test_the_page_says_met_automatically_and_shows_overdue(
    client, programme, coordinator, today
):
    milestone = _milestone(programme, "Premiers diagnostics")
    Milestone.objects.filter(pk=milestone.pk).update(
        status=MilestoneStatus.DONE,
        met_automatically=True,
        done_on=datetime.date(2026, 3, 2),
    )
    client.force_login(coordinator)
    page = client.get(reverse("programme:detail", args=[programme.structure_id]))
    text = page.content.decode()
    assert "Atteint automatiquement le 2 mars 2026" in text
    # Started 100 days ago: the agreement (15 days) and the mid-term review
    # (90 days) are late, among others.
    overdue = Milestone.objects.overdue(today).filter(programme=programme).count()
    assert overdue >= 2
    assert f"{overdue} jalons en retard" in text


def test_a_coordinator_marks_a_milestone_done(client, programme, coordinator, today):
    milestone = _milestone(programme, "Convention signée")
    client.force_login(coordinator)
    prefix = f"jalon-{milestone.pk}"
    response = client.post(
        reverse("programme:milestone", args=[milestone.pk]),
        {
            f"{prefix}-status": "done",
            f"{prefix}-notes": "Signée en mairie.",
            f"{prefix}-title": "Convention signée",
            f"{prefix}-due_date": milestone.due_date.isoformat(),
            f"{prefix}-owner": coordinator.pk,
        },
    )
    assert response.status_code == 302
    milestone.refresh_from_db()
    assert milestone.status == MilestoneStatus.DONE
    assert milestone.done_on == today
    assert not milestone.met_automatically
    assert milestone.notes == "Signée en mairie."
    assert not Milestone.objects.overdue(today).filter(pk=milestone.pk).exists()


def test_a_professional_updates_their_own_milestone_only(
    client, programme, pro_corbeil, today
):
    own = _milestone(programme, "Premiers ateliers")
    assert own.owner == pro_corbeil
    other = _milestone(programme, "Convention signée")
    client.force_login(pro_corbeil)
    page = client.get(reverse("programme:detail", args=[programme.structure_id]))
    text = page.content.decode()
    assert f'action="{reverse("programme:milestone", args=[own.pk])}"' in text
    assert reverse("programme:milestone", args=[other.pk]) not in text
    assert "Noter un point d" not in text  # no check-in form
    assert reverse("programme:edit", args=[programme.structure_id]) not in text
    prefix = f"jalon-{own.pk}"
    client.post(
        reverse("programme:milestone", args=[own.pk]),
        {
            f"{prefix}-status": "done",
            f"{prefix}-notes": "Atelier « clavier » tenu.",
            # Planning fields are not theirs: ignored.
            f"{prefix}-title": "Autre titre",
            f"{prefix}-due_date": "2030-01-01",
        },
    )
    own.refresh_from_db()
    assert own.status == MilestoneStatus.DONE
    assert own.title == "Premiers ateliers"
    assert own.due_date != datetime.date(2030, 1, 1)
    prefix = f"jalon-{other.pk}"
    refused = client.post(
        reverse("programme:milestone", args=[other.pk]),
        {f"{prefix}-status": "done", f"{prefix}-notes": ""},
    )
    assert refused.status_code == 403
    other.refresh_from_db()
    assert other.status == MilestoneStatus.TODO
    assert (
        client.get(reverse("programme:edit", args=[programme.structure_id])).status_code
        == 403
    )


def test_a_bad_status_is_refused_with_a_french_message(client, programme, coordinator):
    milestone = _milestone(programme, "Convention signée")
    client.force_login(coordinator)
    prefix = f"jalon-{milestone.pk}"
    response = client.post(
        reverse("programme:milestone", args=[milestone.pk]),
        {
            f"{prefix}-status": "fini",
            f"{prefix}-notes": "",
            f"{prefix}-title": "T",
            f"{prefix}-due_date": "2026-01-01",
        },
        follow=True,
    )
    assert "non enregistré" in response.content.decode()
    milestone.refresh_from_db()
    assert milestone.status == MilestoneStatus.TODO


def test_the_owner_must_belong_to_the_network_or_the_structure(
    programme, coordinator, grigny
):
    milestone = _milestone(programme, "Convention signée")
    outsider = builders.professional(grigny, username="ailleurs")
    with pytest.raises(Exception, match="Le responsable"):
        services.milestone_update(
            by=coordinator,
            milestone=milestone,
            status="todo",
            notes="",
            owner=outsider,
        )
    milestone.refresh_from_db()
    assert milestone.owner == coordinator
