import pytest
from django.contrib.auth import get_user_model
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Page, Revision

from courses.models import (
    Audience,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    ModulePage,
)
from demo import curriculum
from demo.services import (
    DEMO_ACCOUNTS,
    DEMO_BENEFICIARIES,
    DEMO_PASSWORD,
    DEMO_STRUCTURES,
    demo_load,
)
from people import roles
from people.models import BeneficiaryProfile, Membership, Structure
from people.selectors import beneficiaries_for_user


@pytest.fixture
def loaded(demo_loaded):
    return demo_loaded


def _snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "enrollments": Enrollment.objects.count(),
        "completions": LessonCompletion.objects.count(),
        "structures": Structure.objects.count(),
        "memberships": Membership.objects.count(),
        "beneficiaries": BeneficiaryProfile.objects.count(),
        "pin_hashes": sorted(
            BeneficiaryProfile.objects.values_list("pin_hash", flat=True)
        ),
    }


def test_loading_the_demo_twice_changes_nothing(db, loaded):
    first = _snapshot()
    result = demo_load()
    assert result == {
        "pages": 0,
        "accounts": 0,
        "structures": 0,
        "beneficiaries": 0,
        "quizzes": 0,
        "diagnostics": 0,
        "workshops": 0,
        "home": 0,
        "attestations": 0,
        "programme": 0,
    }
    assert _snapshot() == first


def test_an_edited_demo_page_is_not_overwritten(db, loaded):
    lesson = LessonPage.objects.live().order_by("path").first()
    lesson.title = "Titre revu par la formatrice"
    lesson.save_revision().publish()
    demo_load()
    lesson.refresh_from_db()
    assert lesson.title == "Titre revu par la formatrice"


def test_demo_holds_the_seed_curriculum(db, loaded):
    beneficiary_lessons = LessonPage.objects.live().filter(
        path__startswith=CoursePage.objects.filter(audience=Audience.BENEFICIARY)
        .first()
        .get_parent()
        .path
    )
    assert beneficiary_lessons.count() == 8
    titles = set(beneficiary_lessons.values_list("title", flat=True))
    assert {"Allumer, toucher, cliquer", "Mots de passe et arnaques"} <= titles
    professional_modules = ModulePage.objects.filter(
        path__startswith=CoursePage.objects.get(audience=Audience.PROFESSIONAL).path
    ).order_by("path")
    assert [m.title[:2] for m in professional_modules] == ["P1", "P2", "P3", "P4"]
    # Every beneficiary course has an area and a target level.
    for course in CoursePage.objects.filter(audience=Audience.BENEFICIARY):
        assert course.competence_area_id and course.target_level_id


def test_every_demo_lesson_uses_guided_steps_and_validates(db, loaded):
    lessons = LessonPage.objects.live()
    assert lessons.count() == sum(
        len(m["lessons"])
        for c in curriculum.BENEFICIARY_COURSES + curriculum.PROFESSIONAL_COURSES
        for m in c["modules"]
    )
    for lesson in lessons:
        lesson.full_clean()
        assert "guided_steps" in [block.block_type for block in lesson.body]


def test_demo_accounts_sign_in_with_their_roles(client, db, loaded):
    User = get_user_model()
    for account in DEMO_ACCOUNTS:
        assert client.login(
            request=HttpRequest(), username=account.username, password=DEMO_PASSWORD
        )
        if account.group:
            assert (
                User.objects.get(username=account.username)
                .groups.filter(name=account.group)
                .exists()
            )
    trainer = User.objects.get(username="formatrice")
    assert trainer.has_perm("wagtailadmin.access_admin")
    beneficiary = User.objects.get(username="beneficiaire")
    assert not beneficiary.has_perm("wagtailadmin.access_admin")
    assert beneficiary.groups.filter(name=roles.BENEFICIARY).exists()


def test_every_demo_page_renders(client, db, loaded):
    client.login(request=HttpRequest(), username="beneficiaire", password=DEMO_PASSWORD)
    for page in Page.objects.live().filter(depth__gt=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    # The site's home sends her to her own.
    assert client.get("/").url == reverse("learner_home")
    assert client.get(reverse("learner_home")).status_code == 200


def test_demo_structures_hold_their_professionals_and_beneficiaries(client, db, loaded):
    result = loaded
    assert result["structures"] == 2
    assert result["beneficiaries"] == len(DEMO_BENEFICIARIES) == 6
    User = get_user_model()
    corbeil, grigny = (
        Structure.objects.get(name=spec.name) for spec in DEMO_STRUCTURES
    )
    assert (corbeil.town, corbeil.departement) == ("Corbeil-Essonnes", "91")
    assert (grigny.town, grigny.departement) == ("Grigny", "91")
    pro_corbeil = User.objects.get(username="pro.corbeil")
    pro_grigny = User.objects.get(username="pro.grigny")
    coordination = User.objects.get(username="coordination")
    assert coordination.groups.filter(name=roles.COORDINATOR).exists()
    names = {
        user: {p.user.first_name for p in beneficiaries_for_user(user)}
        for user in (pro_corbeil, pro_grigny, coordination)
    }
    assert names[pro_corbeil] == {"Joseph", "Fatou", "Marcel"}
    assert names[pro_grigny] == {"Yasmina", "Thierry", "Mireille"}
    assert names[coordination] == names[pro_corbeil] | names[pro_grigny]
    joseph = User.objects.get(username="beneficiaire").beneficiary_profile
    assert joseph.structure == corbeil


def test_demo_beneficiaries_sign_in_with_their_documented_code_and_pin(
    client, db, loaded
):
    for spec in DEMO_BENEFICIARIES:
        response = client.post(
            "/connexion/code/", {"login_code": spec.login_code, "pin": spec.pin}
        )
        assert response.status_code == 302, spec.login_code
        assert client.session["_auth_user_id"] == str(
            BeneficiaryProfile.objects.get(login_code=spec.login_code).user_id
        )
        client.logout()


def test_every_demo_lesson_and_professional_module_has_a_published_quiz(db, loaded):
    from demo import quiz_content
    from quizzes.models import Quiz

    for slug in quiz_content.BENEFICIARY_LESSON_QUIZZES:
        lesson = LessonPage.objects.get(slug=slug)
        quiz_blocks = [b for b in lesson.body if b.block_type == "quiz"]
        assert len(quiz_blocks) == 1, slug
        assert quiz_blocks[0].value["quiz"].live
    for slug in quiz_content.PROFESSIONAL_MODULE_QUIZZES:
        module = ModulePage.objects.get(slug=slug)
        last = LessonPage.objects.child_of(module).order_by("path").last()
        assert any(b.block_type == "quiz" for b in last.body), slug
    assert Quiz.objects.published().count() == 12


def test_demo_quizzes_are_gradable(db, loaded):
    from quizzes.models import AttemptState, Quiz
    from quizzes.services import answer_submit, attempt_start

    learner = get_user_model().objects.get(username="beneficiaire")
    quiz = Quiz.objects.published().order_by("pk").first()
    attempt = attempt_start(user=learner, quiz=quiz)
    for question_id in attempt.question_ids:
        question = quiz.quiz_questions.get(question_id=question_id).question
        answer_submit(
            user=learner,
            attempt_id=attempt.pk,
            question_id=question_id,
            choice_ids=list(
                question.choices.filter(weight__gt=0).values_list("pk", flat=True)
            )
            if question.kind in ("single", "multiple")
            else [],
            text=_right_text(question),
        )
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.FINISHED
    assert attempt.passed is True
    assert attempt.percent == 100


def _right_text(question) -> str:
    if question.kind == "true_false":
        return "true" if question.true_false_answer else "false"
    if question.kind == "short_text":
        return question.accepted_answer_list[0]
    return "Réponse" if question.kind == "open" else ""


def test_demo_holds_diagnostics_and_a_level_history(db, loaded):
    from diagnostics.models import Diagnostic, LevelRecord
    from diagnostics.selectors import learner_standing_get
    from skills.models import CompetenceArea, Level

    beneficiary = Diagnostic.objects.get(audience="beneficiary", draft=False)
    # Every area and every level N1 to N4 has items.
    covered = set(beneficiary.items.values_list("area__number", "level__code"))
    assert covered == {
        (area, level)
        for area in CompetenceArea.objects.values_list("number", flat=True)
        for level in Level.objects.filter(rank__gte=1).values_list("code", flat=True)
    }
    assert Diagnostic.objects.filter(audience="professional", draft=False).exists()
    joseph = get_user_model().objects.get(username="beneficiaire")
    standing = {s.area.number: s for s in learner_standing_get(user=joseph)}
    assert standing[1].first.level.code == "N1"
    assert standing[1].current.level.code == "N2"
    assert standing[1].gain == 1
    assert LevelRecord.objects.filter(learner=joseph).count() == 8


def test_the_demo_has_workshops_with_attendance_and_accompaniments(db, loaded):
    from django.utils import timezone

    from demo.workshops import PAST_TITLE, TODAY_TITLE, UPCOMING_TITLE
    from workshops.models import Accompaniment, Attendance, WorkshopSession

    result = loaded
    # 4 sessions, 2 accompaniments and the reports of the 4 past activities.
    assert result["workshops"] == 10
    today = timezone.localdate()
    past = WorkshopSession.objects.get(title=PAST_TITLE)
    assert past.date < today
    upcoming = WorkshopSession.objects.get(title=UPCOMING_TITLE)
    assert upcoming.date > today
    held_today = WorkshopSession.objects.get(title=TODAY_TITLE)
    assert held_today.date == today and held_today.courses.exists()
    assert sorted(past.participations.values_list("attendance", flat=True)) == [
        Attendance.EXCUSED,
        Attendance.PRESENT,
        Attendance.PRESENT,
    ]
    assert upcoming.participations.count() == 2
    assert Accompaniment.objects.count() == 2
    assert Accompaniment.objects.filter(beneficiary__isnull=True).count() == 1


def test_the_demo_indicators_show_figures_for_corbeil(db, loaded):
    import datetime

    from django.contrib.auth import get_user_model

    from workshops.models import ActivityReport
    from workshops.reports import indicators_get

    pro = get_user_model().objects.get(username="pro.corbeil")
    figures = indicators_get(
        user=pro, start=datetime.date(2000, 1, 1), end=datetime.date(2999, 12, 31)
    )
    assert ActivityReport.objects.count() == 4
    # Four present people, and two anonymous neighbours at each session.
    assert (figures["sessions_held"], figures["participants"]) == (2, 8)
    assert ActivityReport.objects.filter(anon_total=2).count() == 2
    assert figures["accompaniments"] == 2
    # 6 present of 8 marked, with the session that awaits its report (demo.home).
    assert figures["attendance"]["rate"] == 75
    # Today's session (from midnight, for the guided mode) awaits its report,
    # and so does the one of three days ago (demo.home).
    assert figures["missing_reports"] == {"sessions": 2, "accompaniments": 0}


def test_the_professionals_home_has_a_proposal_and_a_session_to_report(db, loaded):
    from django.contrib.auth import get_user_model

    from dashboards.todo import professional_todo_get
    from demo.home import PROPOSAL_LEARNER, UNREPORTED_TITLE

    pro = get_user_model().objects.get(username="pro.corbeil")
    todo = professional_todo_get(user=pro)
    assert [p.learner.beneficiary_profile.login_code for p in todo.proposals.items] == [
        PROPOSAL_LEARNER
    ]
    assert UNREPORTED_TITLE in [s.title for s in todo.sessions_unreported.items]


def test_the_session_of_the_day_moves_to_the_day_the_demo_is_loaded_again(db, loaded):
    import datetime

    from django.utils import timezone

    from demo.workshops import TODAY_TITLE
    from workshops.models import Attendance, WorkshopSession

    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    WorkshopSession.objects.filter(title=TODAY_TITLE).update(
        date=yesterday, join_code="ABCDEF"
    )
    session = WorkshopSession.objects.get(title=TODAY_TITLE)
    session.participations.update(attendance=Attendance.PRESENT, current_step=2)
    assert demo_load()["workshops"] == 0
    session.refresh_from_db()
    assert (session.date, session.join_code) == (timezone.localdate(), "")
    assert set(session.participations.values_list("attendance", "current_step")) == {
        (Attendance.UNKNOWN, 0)
    }


def test_loading_the_demo_again_takes_back_the_presences_of_the_session_of_the_day(
    db, loaded
):
    """The reset of the session of the day is a bulk update: the people marked
    present there get their last activity recomputed without it."""
    import datetime

    from django.utils import timezone

    from dashboards.last_active import last_active_recount
    from demo.workshops import TODAY_TITLE
    from people.models import BeneficiaryProfile
    from workshops.models import Attendance, WorkshopSession

    later = timezone.localdate() + datetime.timedelta(days=30)
    session = WorkshopSession.objects.get(title=TODAY_TITLE)
    WorkshopSession.objects.filter(pk=session.pk).update(date=later)
    session.participations.update(attendance=Attendance.PRESENT)
    last_active_recount()  # the presence, later than anything else, is their last
    people = BeneficiaryProfile.objects.filter(workshop_participations__session=session)
    assert people and {timezone.localdate(p.last_active_at) for p in people} == {later}

    demo_load()
    assert all(
        p.last_active_at is None or timezone.localdate(p.last_active_at) < later
        for p in people.all()
    )
    assert last_active_recount() == 0  # nothing left to correct
