"""The beneficiary's home and where each role lands after signing in."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import Audience
from courses.services import enrollment_create, lesson_complete
from diagnostics.models import LevelRecord, LevelSource
from skills.models import CompetenceArea, Level
from tests import builders
from tests.isolation import page_text
from workshops.services import session_cancel, session_create, session_enrol

pytestmark = pytest.mark.django_db


@pytest.fixture
def fatou(corbeil, pro_corbeil):
    profile, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Fatou")
    return profile.user


@pytest.fixture
def courses(site):
    catalogue = site[1][Audience.BENEFICIARY]
    return [
        builders.course(catalogue, title="Premiers gestes", level_code="N1"),
        builders.course(
            catalogue, title="Écrire un e-mail", area_number=3, level_code="N2"
        ),
    ]


def _session(structure, by, *, days: int, title: str):
    return session_create(
        by=by,
        structure=structure,
        title=title,
        date=timezone.localdate() + datetime.timedelta(days=days),
        start_time=datetime.time(14, 0),
        place="Salle des Tilleuls",
        capacity=10,
        themes=["prendre_en_main_du_materiel"],
    )


def test_a_beneficiary_lands_on_her_home_after_signing_in(client, fatou, courses):
    client.force_login(fatou)
    response = client.get(reverse("landing"))
    assert response.url == reverse("learner_home")
    page = client.get(response.url).content.decode()
    assert "Bonjour Fatou" in page
    # Nothing started: « Commencer » opens the first course for her level.
    assert reverse("courses:course_resume", args=[courses[0].pk]) in page
    assert ">Commencer<" in page and ">Continuer<" not in page


@pytest.mark.parametrize(
    ("who", "landing"),
    [
        ("pro_corbeil", "dashboards:todo"),
        ("coordinator", "dashboards:network"),
    ],
)
def test_professionals_and_coordinators_land_on_their_work(
    client, request, who, landing
):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("landing")).url == reverse(landing)


def test_a_professional_lands_on_what_to_do_one_click_from_her_dashboard(
    client, pro_corbeil, corbeil
):
    client.force_login(pro_corbeil)
    response = client.get(reverse("landing"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("dashboards:todo")
    page = response.content.decode()
    assert "<h1>À faire</h1>" in page
    assert f'href="{reverse("dashboards:home")}"' in page


def test_continue_resumes_the_course_she_is_following(client, fatou, courses):
    lesson = builders.lessons_of(courses[1])[0]
    lesson_complete(user=fatou, lesson=lesson)
    client.force_login(fatou)
    page = client.get(reverse("learner_home")).content.decode()
    resume = reverse("courses:course_resume", args=[courses[1].pk])
    assert page.index(resume) < page.index("Mes prochains ateliers")
    assert "1 leçon terminée sur 4" in page


def test_the_recommended_course_follows_her_levels(client, fatou, courses):
    enrollment_create(user=fatou, course=courses[0])
    LevelRecord.objects.create(
        learner=fatou,
        area=CompetenceArea.objects.get(number=3),
        level=Level.objects.get(code="N1"),
        source=LevelSource.DIAGNOSTIC,
    )
    client.force_login(fatou)
    response = client.get(reverse("learner_home"))
    home = response.context["home"]
    assert home.recommended == courses[1]
    assert home.recommended_reason == CompetenceArea.objects.get(number=3).name


def test_her_next_workshops_are_listed_and_no_one_elses(
    client, fatou, corbeil, pro_corbeil, courses
):
    mine = _session(corbeil, pro_corbeil, days=3, title="Atelier tablette")
    cancelled = _session(corbeil, pro_corbeil, days=2, title="Atelier annulé")
    other = _session(corbeil, pro_corbeil, days=1, title="Atelier des autres")
    past = _session(corbeil, pro_corbeil, days=-2, title="Atelier passé")
    for each in (mine, cancelled, past):
        session_enrol(
            by=pro_corbeil, session=each, beneficiary=fatou.beneficiary_profile
        )
    session_cancel(by=pro_corbeil, session=cancelled, reason="Salle indisponible.")
    client.force_login(fatou)
    page = page_text(client.get(reverse("learner_home")))
    assert "Atelier tablette" in page
    assert "Salle des Tilleuls" in page
    for hidden in (cancelled, other, past):
        assert hidden.title not in page


def test_the_home_page_sends_a_beneficiary_to_her_home(client, fatou, site):
    client.force_login(fatou)
    response = client.get("/")
    assert response.status_code == 302
    assert response.url == reverse("learner_home")
    # Her menu leads to her home and her lessons, not to the pros' training.
    page = client.get(reverse("learner_home")).content.decode()
    assert site[1][Audience.BENEFICIARY].url in page
    assert site[1][Audience.PROFESSIONAL].url not in page
    assert reverse("courses:my_learning") not in page


def test_my_learning_sends_a_beneficiary_to_her_home(client, fatou):
    client.force_login(fatou)
    assert client.get(reverse("courses:my_learning")).url == reverse("learner_home")


def test_the_home_costs_the_same_queries_whatever_she_did(
    client, fatou, corbeil, pro_corbeil, site
):
    catalogue = site[1][Audience.BENEFICIARY]
    client.force_login(fatou)

    def count() -> int:
        client.get(reverse("learner_home"))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("learner_home")).status_code == 200
        return len(queries)

    first = builders.course(catalogue)
    enrollment_create(user=fatou, course=first)
    small = count()
    for n in range(4):
        course = builders.course(catalogue, area_number=n % 6 + 1)
        lesson_complete(user=fatou, lesson=builders.lessons_of(course)[0])
        session = _session(corbeil, pro_corbeil, days=n + 1, title=f"Atelier {n}")
        session_enrol(
            by=pro_corbeil, session=session, beneficiary=fatou.beneficiary_profile
        )
    assert count() == small
