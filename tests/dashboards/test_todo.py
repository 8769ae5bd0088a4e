"""The professional's home « À faire » (dashboards.todo): what it lists, in
the professional's structures only, capped with « Voir tout », and at the same
query count whatever the data."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from dashboards.todo import TODO_SHOWN, professional_todo_get
from diagnostics.models import LevelProposal, ProposalStatus
from people.models import BeneficiaryProfile
from skills.models import CompetenceArea, Level
from tests import builders
from tests.isolation import page_text
from workshops.models import ActivityReport, Attendance, Participation, WorkshopSession

URL = reverse("dashboards:todo")


def at(days: int, hour: int = 10) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.fixture
def course(workshops, groups):
    return builders.course(workshops, modules=1, lessons_per_module=2)


def proposal(profile, course) -> LevelProposal:
    return LevelProposal.objects.create(
        learner=profile.user,
        area=CompetenceArea.objects.get(number=1),
        level=Level.objects.get(code="N1"),
        course=course,
    )


def session(structure, by, *, days: int, title: str = "Atelier", **extra):
    return WorkshopSession.objects.create(
        structure=structure,
        title=title,
        date=(timezone.localdate() + datetime.timedelta(days=days)),
        start_time=datetime.time(9, 0),
        created_by=by,
        **extra,
    )


def report(session_, by):
    return ActivityReport.objects.create(
        structure=session_.structure,
        session=session_,
        author=by,
        date=session_.date,
        participant_count=1,
        duration_minutes=60,
    )


def populate(structure, by, course, *, times: int) -> None:
    """`times` of each to-do in this structure, and things that are not to-dos."""
    for n in range(times):
        profile, _pin = builders.beneficiary(structure, by=by, first_name=f"Awa{n}")
        proposal(profile, course)
        locked, _pin = builders.beneficiary(structure, by=by, first_name=f"Bloqué{n}")
        BeneficiaryProfile.objects.filter(pk=locked.pk).update(locked_at=at(-1))
        # Held, no report: a to-do.
        session(structure, by, days=-2 - n, title=f"Sans compte rendu {n}")
        # Held, reported, one attendance not marked: a to-do.
        marked_later = session(structure, by, days=-3 - n, title=f"Présences {n}")
        report(marked_later, by)
        Participation.objects.create(session=marked_later, beneficiary=profile)
        # Held, reported, everyone marked: done.
        done = session(structure, by, days=-4 - n, title=f"Terminé {n}")
        report(done, by)
        Participation.objects.create(
            session=done, beneficiary=profile, attendance=Attendance.PRESENT
        )
        # Cancelled: never a to-do.
        session(structure, by, days=-2, title=f"Annulé {n}", cancelled_at=at(-3))
    # Old accounts, nothing done since: inactive.
    BeneficiaryProfile.objects.filter(structure=structure).update(created_at=at(-60))


def test_it_lists_each_kind_of_to_do_of_her_structure(
    client, pro_corbeil, corbeil, course
):
    populate(corbeil, pro_corbeil, course, times=1)
    tomorrow = session(corbeil, pro_corbeil, days=1, title="Premiers pas demain")

    todo = professional_todo_get(user=pro_corbeil)

    assert todo.proposals.count == 1
    assert todo.proposals.items[0].learner.first_name == "Awa0"
    assert {s.title for s in todo.sessions_unreported.items} == {
        "Sans compte rendu 0",
        "Présences 0",
    }
    assert [p.user.first_name for p in todo.locked.items] == ["Bloqué0"]
    # Awa0 was at a session 4 days ago: active.
    assert [p.user.first_name for p in todo.inactive.items] == ["Bloqué0"]
    sunday = timezone.localdate() + datetime.timedelta(
        days=6 - timezone.localdate().weekday()
    )
    assert todo.this_week.count == (1 if tomorrow.date <= sunday else 0)
    assert todo.actions == 1 + 2 + 1 + 1


def test_the_page_links_each_item_to_where_it_is_done(
    client, pro_corbeil, corbeil, course
):
    populate(corbeil, pro_corbeil, course, times=1)
    client.force_login(pro_corbeil)
    page = client.get(URL).content.decode()

    awa = BeneficiaryProfile.objects.get(user__first_name="Awa0")
    unreported = WorkshopSession.objects.get(title="Sans compte rendu 0")
    unmarked = WorkshopSession.objects.get(title="Présences 0")
    assert reverse("people:beneficiary_detail", args=[awa.pk]) + "#niveaux" in page
    assert reverse("workshops:session_report", args=[unreported.pk]) in page
    assert "compte rendu à écrire" in page
    assert reverse("workshops:session_detail", args=[unmarked.pk]) in page
    assert "présences à noter" in page
    assert "5 choses attendent votre action." in page
    assert f'href="{reverse("dashboards:home")}"' in page


def test_an_empty_to_do_says_so_in_plain_french(client, pro_corbeil, corbeil):
    client.force_login(pro_corbeil)
    page = client.get(URL).content.decode()
    assert "Rien n'attend votre action pour l'instant." in page
    assert "Rien à valider." in page
    assert "Aucun compte bloqué." in page
    assert "Voir tout" not in page


def test_each_list_is_capped_and_leads_to_the_whole_list(
    client, pro_corbeil, corbeil, course
):
    populate(corbeil, pro_corbeil, course, times=TODO_SHOWN + 2)
    client.force_login(pro_corbeil)
    response = client.get(URL)
    todo = response.context["todo"]
    page = response.content.decode()

    assert len(todo.proposals.items) == TODO_SHOWN
    assert todo.proposals.count == TODO_SHOWN + 2
    assert f"Voir tout ({TODO_SHOWN + 2})" in page
    assert reverse("dashboards:todo_proposals") in page
    assert reverse("people:beneficiary_list") + "?etat=bloques" in page
    whole = client.get(reverse("dashboards:todo_proposals"))
    assert len(whole.context["page"].object_list) == TODO_SHOWN + 2
    sessions = client.get(reverse("dashboards:todo_sessions"))
    assert sessions.context["page"].paginator.count == 2 * (TODO_SHOWN + 2)
    locked = client.get(reverse("people:beneficiary_list"), {"etat": "bloques"})
    assert locked.context["page"].paginator.count == TODO_SHOWN + 2


def test_other_structures_to_dos_stay_out(
    client, pro_corbeil, corbeil, grigny, pro_grigny, course
):
    populate(grigny, pro_grigny, course, times=2)
    todo = professional_todo_get(user=pro_corbeil)
    assert todo.actions == 0
    client.force_login(pro_corbeil)
    for name in (
        "dashboards:todo",
        "dashboards:todo_proposals",
        "dashboards:todo_sessions",
    ):
        text = page_text(client.get(reverse(name)))
        assert "Awa0" not in text and "Sans compte rendu" not in text, name


def test_a_decided_proposal_is_no_longer_listed(pro_corbeil, corbeil, course):
    profile, _pin = builders.beneficiary(corbeil, by=pro_corbeil)
    decided = proposal(profile, course)
    decided.status = ProposalStatus.VALIDATED
    decided.save()
    assert professional_todo_get(user=pro_corbeil).proposals.count == 0


def _queries(client) -> int:
    client.get(URL)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_home_runs_the_same_queries_for_1x_or_10x_data(
    client, pro_corbeil, corbeil, course
):
    client.force_login(pro_corbeil)
    populate(corbeil, pro_corbeil, course, times=1)
    once = _queries(client)
    populate(corbeil, pro_corbeil, course, times=9)
    assert _queries(client) == once


def test_the_selector_costs_eighteen_queries(pro_corbeil, corbeil, course):
    populate(corbeil, pro_corbeil, course, times=3)
    with CaptureQueriesContext(connection) as queries:
        professional_todo_get(user=pro_corbeil)
    # 11 for the to-dos, and at most 7 for the training path (fewer here: no
    # path is published in this test).
    assert len(queries) <= 18


@pytest.mark.parametrize("actor", ["beneficiary", "trainer", "anonymous"])
def test_only_those_who_follow_beneficiaries_open_it(client, corbeil, actor):
    from people import roles

    if actor == "beneficiary":
        profile, _pin = builders.beneficiary(corbeil)
        client.force_login(profile.user)
    elif actor == "trainer":
        client.force_login(builders.user("formatrice", group=roles.TRAINER))
    for name in (
        "dashboards:todo",
        "dashboards:todo_proposals",
        "dashboards:todo_sessions",
    ):
        response = client.get(reverse(name))
        if actor == "anonymous":
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("login"))
        else:
            assert response.status_code == 404
