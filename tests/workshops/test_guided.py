"""Guided mode: a room follows one lesson; the board shows who is where and who
needs help; codes expire and cannot be guessed."""

import datetime

import pytest
import segno
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from courses.models import LessonCompletion, LessonPage
from people.models import BeneficiaryProfile
from people.models.beneficiaries import MAX_PIN_ATTEMPTS
from people.services import beneficiary_authenticate
from tests import builders
from tests.isolation import page_text
from workshops import guided
from workshops.models import Attendance, Participation, WorkshopSession
from workshops.services import session_enrol


def _follow(session):
    return reverse("guided:follow", kwargs={"code": session.join_code})


# Steps -------------------------------------------------------------------------


def test_guided_mode_cuts_lessons_with_the_courses_rule():
    """One owner of how a lesson splits into steps: courses.steps (tested in
    tests/courses/test_lesson_steps.py)."""
    from courses import steps

    assert guided.lesson_steps is steps.lesson_steps
    assert guided.GuidedStep is steps.LessonStep


# Starting and stopping ---------------------------------------------------------


def test_starting_gives_a_code_valid_until_the_end_of_the_session(
    today_session, pro_corbeil, lesson
):
    # Opened a little before the planned start: valid until the planned end.
    start = timezone.localtime().replace(second=0, microsecond=0)
    start += datetime.timedelta(minutes=20)
    if start.date() != timezone.localdate():
        pytest.skip("too close to midnight for a session starting later today")
    WorkshopSession.objects.filter(pk=today_session.pk).update(start_time=start.time())
    today_session.refresh_from_db()
    live = guided.guided_start(by=pro_corbeil, session=today_session, lesson=lesson)
    live.refresh_from_db()
    assert len(live.join_code) == guided.CODE_LENGTH
    assert set(live.join_code) <= set(guided.CODE_ALPHABET)
    assert live.guided_ends_at == start + datetime.timedelta(minutes=120)
    assert guided.session_for_code(live.join_code.lower()) == live
    spaced = live.join_code[:3] + " " + live.join_code[3:]
    assert guided.session_for_code(spaced) == live


def test_a_late_start_keeps_the_code_for_the_sessions_whole_duration(
    today_session, pro_corbeil, lesson
):
    early = (timezone.localtime() - datetime.timedelta(hours=3)).time()
    WorkshopSession.objects.filter(pk=today_session.pk).update(start_time=early)
    today_session.refresh_from_db()
    before = timezone.now()
    guided.guided_start(by=pro_corbeil, session=today_session, lesson=lesson)
    today_session.refresh_from_db()
    assert today_session.guided_ends_at >= before + datetime.timedelta(minutes=120)


@pytest.mark.parametrize("problem", ["next_week", "cancelled", "other_lesson"])
def test_starting_is_refused_outside_the_day_or_the_sessions_lessons(
    today_session, pro_corbeil, lesson, workshops, problem
):
    if problem == "next_week":
        WorkshopSession.objects.filter(pk=today_session.pk).update(
            date=timezone.localdate() + datetime.timedelta(days=7)
        )
    elif problem == "cancelled":
        WorkshopSession.objects.filter(pk=today_session.pk).update(
            cancelled_at=timezone.now()
        )
    else:
        lesson = builders.lessons_of(builders.course(workshops, modules=1))[0]
    today_session.refresh_from_db()
    with pytest.raises(ValidationError):
        guided.guided_start(by=pro_corbeil, session=today_session, lesson=lesson)
    today_session.refresh_from_db()
    assert today_session.join_code == "" and today_session.guided_ends_at is None


def test_another_structures_professional_cannot_start_it(
    today_session, pro_grigny, lesson
):
    with pytest.raises(PermissionDenied):
        guided.guided_start(by=pro_grigny, session=today_session, lesson=lesson)
    today_session.refresh_from_db()
    assert today_session.join_code == ""


def test_changing_lesson_keeps_the_code_and_brings_everyone_to_the_start(
    live, pro_corbeil, course, awa
):
    code = live.join_code
    Participation.objects.filter(beneficiary=awa).update(
        current_step=2, help_requested_at=timezone.now()
    )
    second = builders.lessons_of(course)[1]
    guided.guided_start(by=pro_corbeil, session=live, lesson=second)
    live.refresh_from_db()
    assert live.join_code == code and live.guided_lesson_id == second.pk
    mine = Participation.objects.get(beneficiary=awa)
    assert (mine.current_step, mine.help_requested_at) == (0, None)


def test_changing_lesson_never_stretches_the_code_past_the_end(
    live, pro_corbeil, course
):
    ends = live.guided_ends_at
    second = builders.lessons_of(course)[1]
    guided.guided_start(by=pro_corbeil, session=live, lesson=second)
    live.refresh_from_db()
    assert live.guided_ends_at == ends


def test_starting_again_clears_the_calls_for_help_of_the_last_run(
    live, pro_corbeil, lesson, awa
):
    Participation.objects.filter(beneficiary=awa).update(
        current_step=2, help_requested_at=timezone.now()
    )
    guided.guided_stop(by=pro_corbeil, session=live)
    guided.guided_start(by=pro_corbeil, session=live, lesson=lesson)
    mine = Participation.objects.get(beneficiary=awa)
    assert (mine.current_step, mine.help_requested_at) == (2, None)


def test_an_unpublished_lesson_ends_the_guided_mode(live):
    assert guided.session_for_code(live.join_code) == live
    live.guided_lesson.unpublish()
    assert guided.session_for_code(live.join_code) is None


def test_a_stopped_or_finished_session_refuses_its_code(live, pro_corbeil, lesson):
    code = live.join_code
    guided.guided_stop(by=pro_corbeil, session=live)
    assert guided.session_for_code(code) is None
    # Started again: a new code; the old one stays dead.
    guided.guided_start(by=pro_corbeil, session=live, lesson=lesson)
    live.refresh_from_db()
    assert live.join_code != code and guided.session_for_code(code) is None
    WorkshopSession.objects.filter(pk=live.pk).update(
        guided_ends_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert guided.session_for_code(live.join_code) is None


# Joining ----------------------------------------------------------------------


def test_a_signed_in_beneficiary_joins_with_the_code_and_is_marked_present(
    client, live, bintou
):
    client.force_login(bintou.user)
    response = client.post(reverse("guided:join"), {"code": live.join_code.lower()})
    assert response.status_code == 302 and response["Location"] == _follow(live)
    response = client.get(_follow(live))
    body = response.content.decode()
    assert "Étape 1 sur 4" in body and "Partie 1" in body
    # Each step can be read aloud, as in the lesson player.
    assert 'data-read-aloud-target="#etape"' in body
    # Bintou was not enrolled: she is in the room, so she is added, present.
    mine = Participation.objects.get(session=live, beneficiary=bintou)
    assert mine.attendance == Attendance.PRESENT and mine.joined_at is not None


def test_a_beneficiary_of_another_structure_is_turned_away(client, live, gaston):
    client.force_login(gaston.user)
    response = client.get(_follow(live))
    assert response.status_code == 403
    assert "Awa" not in page_text(response)
    assert not Participation.objects.filter(beneficiary=gaston).exists()


def test_someone_without_their_card_picks_their_name_and_types_their_pin(
    client, corbeil, pro_corbeil, live
):
    fatima, pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Fatima")
    session_enrol(by=pro_corbeil, session=live, beneficiary=fatima)
    mine = Participation.objects.get(beneficiary=fatima)
    response = client.get(_follow(live))
    body = response.content.decode()
    assert "Qui êtes-vous" in body and "Fatima" in body and "Awa" in body

    wrong = "0000" if pin != "0000" else "1111"
    response = client.post(_follow(live), {"participation": mine.pk, "pin": wrong})
    assert "Le code secret n&#x27;est pas bon" in response.content.decode()
    assert "_auth_user_id" not in client.session

    response = client.post(_follow(live), {"participation": mine.pk, "pin": pin})
    assert response.status_code == 302 and response["Location"] == _follow(live)
    assert "Étape 1 sur 4" in client.get(_follow(live)).content.decode()
    mine.refresh_from_db()
    assert mine.joined_at is not None


def test_wrong_pins_on_the_rooms_list_never_lock_the_account(
    client, corbeil, pro_corbeil, live, awa
):
    """Everyone in the room sees the names: picking someone else's and typing
    wrong PINs must not close their account, only pause that name."""
    fatima, pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Fatima")
    mine = session_enrol(by=pro_corbeil, session=live, beneficiary=fatima)
    wrong = "0000" if pin != "0000" else "1111"
    for _attempt in range(MAX_PIN_ATTEMPTS):
        client.post(_follow(live), {"participation": mine.pk, "pin": wrong})
    fatima.refresh_from_db()
    assert (fatima.failed_pin_attempts, fatima.locked_at) == (0, None)
    body = client.post(
        _follow(live), {"participation": mine.pk, "pin": pin}
    ).content.decode()
    assert "Trop d&#x27;essais pour ce prénom" in body
    assert "_auth_user_id" not in client.session
    # Her own card still works, and the others' names are not paused.
    assert beneficiary_authenticate(login_code=fatima.login_code, pin=pin)
    awa_participation = Participation.objects.get(beneficiary=awa)
    body = client.post(
        _follow(live), {"participation": awa_participation.pk, "pin": wrong}
    ).content.decode()
    assert "Le code secret n&#x27;est pas bon" in body


def test_two_people_with_one_first_name_are_told_apart(
    client, corbeil, pro_corbeil, live
):
    first = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Marie")[0]
    second = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Marie")[0]
    for person in (first, second):
        session_enrol(by=pro_corbeil, session=live, beneficiary=person)
    body = client.get(_follow(live)).content.decode()
    assert f"Marie (…{first.login_code[-2:]})" in body
    assert f"Marie (…{second.login_code[-2:]})" in body
    assert "Awa (" not in body


def test_the_follow_page_says_who_is_signed_in_and_offers_to_switch(client, live, awa):
    client.force_login(awa.user)
    client.post(_follow(live))
    body = client.get(_follow(live)).content.decode()
    assert "Vous êtes <strong>Awa</strong>" in body
    assert f'name="next" value="{_follow(live)}"' in body
    response = client.post(reverse("logout"), {"next": _follow(live)})
    assert response["Location"] == _follow(live)
    assert "Qui êtes-vous" in client.get(_follow(live)).content.decode()


def test_an_empty_name_and_pin_form_says_what_is_missing(client, live):
    body = client.post(_follow(live), {}).content.decode()
    assert "Choisissez votre prénom." in body
    assert "_auth_user_id" not in client.session


def test_a_wrong_code_is_refused_and_guessing_is_stopped(client, live, settings):
    settings.JOIN_CODE_FAILURES_PER_ADDRESS = 3
    response = client.post(reverse("guided:join"), {"code": "ZZZZZZ"})
    assert response.status_code == 404
    assert "Ce code ne marche pas" in response.content.decode()
    client.get(reverse("guided:follow", kwargs={"code": "YYYYYY"}))
    client.post(reverse("guided:join"), {"code": "XXXXXX"})
    # Three wrong codes from this address: now even the right one waits.
    response = client.post(reverse("guided:join"), {"code": live.join_code})
    assert response.status_code == 429
    assert "Trop d'essais" in response.content.decode()
    other = client.__class__(REMOTE_ADDR="10.1.2.3")
    response = other.post(reverse("guided:join"), {"code": live.join_code})
    assert response.status_code == 302


def test_codes_of_ended_sessions_are_not_counted_as_guesses(
    client, live, awa, pro_corbeil, lesson, settings
):
    """A room behind one address keeps pressing after the end: no lock-out."""
    settings.JOIN_CODE_FAILURES_PER_ADDRESS = 3
    client.force_login(awa.user)
    old = live.join_code
    guided.guided_stop(by=pro_corbeil, session=live)
    step_url = reverse("guided:step", kwargs={"code": old})
    for _press in range(5):
        response = client.post(step_url, {"etape": "1"})
        assert response.status_code == 410
        # An honest message, not « check the letters » as if it were theirs.
        assert "atelier guidé est terminé" in response.content.decode()
        assert "Vérifiez les lettres" not in response.content.decode()
    live = guided.guided_start(by=pro_corbeil, session=live, lesson=lesson)
    response = client.post(reverse("guided:join"), {"code": live.join_code})
    assert response.status_code == 302


def test_an_empty_code_asks_for_it(client, db):
    response = client.post(reverse("guided:join"), {"code": ""})
    assert "Écrivez le code de l&#x27;atelier." in response.content.decode()


def test_the_professional_opening_the_code_lands_on_the_board(
    client, live, pro_corbeil
):
    client.force_login(pro_corbeil)
    response = client.get(_follow(live))
    assert response["Location"] == reverse(
        "workshops:guided_board", kwargs={"session_id": live.pk}
    )


# Following ---------------------------------------------------------------------


def test_the_participant_moves_through_the_steps_within_the_lesson(client, live, awa):
    client.force_login(awa.user)
    client.post(_follow(live))
    step_url = reverse("guided:step", kwargs={"code": live.join_code})
    client.post(step_url, {"etape": "2"})
    assert Participation.objects.get(beneficiary=awa).current_step == 2
    assert "Étape 3 sur 4" in client.get(_follow(live)).content.decode()
    client.post(step_url, {"etape": "99"})
    assert Participation.objects.get(beneficiary=awa).current_step == 3
    for nonsense in ("deux", "²", "9" * 5000, ""):
        assert client.post(step_url, {"etape": nonsense}).status_code == 302
        assert Participation.objects.get(beneficiary=awa).current_step == 3
    client.post(step_url, {"etape": "-4"})
    assert Participation.objects.get(beneficiary=awa).current_step == 0


def test_asking_for_help_shows_on_the_board_and_the_professional_answers(
    client, live, awa, pro_corbeil
):
    client.force_login(awa.user)
    client.post(_follow(live))
    help_url = reverse("guided:help", kwargs={"code": live.join_code})
    client.post(help_url, {"aide": "oui"})
    assert Participation.objects.get(beneficiary=awa).help_requested_at is not None
    page = client.get(_follow(live)).content.decode()
    assert "Votre demande est envoyée" in page

    client.force_login(pro_corbeil)
    state = client.get(
        reverse("workshops:guided_board_state", kwargs={"session_id": live.pk})
    ).content.decode()
    assert "Awa demande de l'aide." in state and "board__row--help" in state
    seen = timezone.localtime(Participation.objects.get(beneficiary=awa).last_seen_at)
    assert f"actif à {seen:%H}h{seen:%M}" in state
    mine = Participation.objects.get(beneficiary=awa)
    client.post(
        reverse(
            "workshops:guided_help_given",
            kwargs={"session_id": live.pk, "participation_id": mine.pk},
        )
    )
    mine.refresh_from_db()
    assert mine.help_requested_at is None


def test_finishing_the_lesson_counts_in_the_participants_progress(
    client, live, awa, lesson
):
    client.force_login(awa.user)
    client.post(_follow(live))
    client.post(reverse("guided:finish", kwargs={"code": live.join_code}))
    assert LessonCompletion.objects.filter(user=awa.user, lesson=lesson).exists()
    assert "Leçon terminée" in client.get(_follow(live)).content.decode()


def test_a_participant_cannot_act_once_the_session_is_over(client, live, awa):
    client.force_login(awa.user)
    client.post(_follow(live))
    WorkshopSession.objects.filter(pk=live.pk).update(guided_ends_at=timezone.now())
    response = client.post(
        reverse("guided:step", kwargs={"code": live.join_code}), {"etape": "2"}
    )
    assert response.status_code == 410
    assert Participation.objects.get(beneficiary=awa).current_step == 0


# The board ---------------------------------------------------------------------


def test_the_board_shows_the_code_the_qr_code_and_each_participants_step(
    client, live, awa, pro_corbeil
):
    Participation.objects.filter(beneficiary=awa).update(current_step=1)
    client.force_login(pro_corbeil)
    body = client.get(
        reverse("workshops:guided_board", kwargs={"session_id": live.pk})
    ).content.decode()
    assert live.join_code in body
    # The QR code opens the session's follow page on this site.
    follow = "http://testserver" + _follow(live)
    qr = segno.make(follow, error="m").svg_data_uri(scale=6, border=2)
    assert f'src="{escape(qr)}"' in body
    assert "Étape 2 sur 4" in body and "Awa" in body
    assert "sans appareil" in body  # Awa has not joined on a device


def test_the_professional_moves_someone_without_a_device_on(
    client, live, awa, pro_corbeil, lesson
):
    mine = Participation.objects.get(beneficiary=awa)
    client.force_login(pro_corbeil)
    kwargs = {"session_id": live.pk, "participation_id": mine.pk}
    client.post(reverse("workshops:guided_step_done", kwargs=kwargs))
    mine.refresh_from_db()
    assert mine.current_step == 1
    client.post(reverse("workshops:guided_lesson_done", kwargs=kwargs))
    assert LessonCompletion.objects.filter(user=awa.user, lesson=lesson).exists()
    body = client.get(
        reverse("workshops:guided_board_state", kwargs={"session_id": live.pk})
    ).content.decode()
    assert "Leçon terminée" in body


def test_a_cancelled_session_takes_no_more_marks(client, live, awa, pro_corbeil):
    mine = Participation.objects.get(beneficiary=awa)
    WorkshopSession.objects.filter(pk=live.pk).update(cancelled_at=timezone.now())
    client.force_login(pro_corbeil)
    kwargs = {"session_id": live.pk, "participation_id": mine.pk}
    for name in ("guided_step_done", "guided_lesson_done"):
        client.post(reverse(f"workshops:{name}", kwargs=kwargs))
    mine.refresh_from_db()
    assert mine.current_step == 0
    assert not LessonCompletion.objects.filter(user=awa.user).exists()


def test_the_board_refuses_a_participation_of_another_session(
    client, live, pro_corbeil, session, bintou
):
    elsewhere = session_enrol(by=pro_corbeil, session=session, beneficiary=bintou)
    client.force_login(pro_corbeil)
    client.post(
        reverse(
            "workshops:guided_step_done",
            kwargs={"session_id": live.pk, "participation_id": elsewhere.pk},
        )
    )
    elsewhere.refresh_from_db()
    assert elsewhere.current_step == 0


def test_starting_from_the_board(client, today_session, pro_corbeil, lesson):
    client.force_login(pro_corbeil)
    url = reverse("workshops:guided_start", kwargs={"session_id": today_session.pk})
    response = client.post(url, {"lesson": "abc"}, follow=True)
    today_session.refresh_from_db()
    assert today_session.join_code == ""
    # An error is announced at once (alert), a confirmation politely (status).
    assert (
        'role="alert">Choisissez la leçon à suivre ensemble.'
        in response.content.decode()
    )
    response = client.post(url, {"lesson": lesson.pk}, follow=True)
    today_session.refresh_from_db()
    assert today_session.join_code
    assert 'role="status">Le mode guidé est lancé' in response.content.decode()
    client.post(
        reverse("workshops:guided_stop", kwargs={"session_id": today_session.pk})
    )
    assert guided.session_for_code(today_session.join_code) is None


def test_the_board_state_costs_the_same_queries_for_2_or_12_people(
    client, live, corbeil, pro_corbeil, django_assert_num_queries
):
    url = reverse("workshops:guided_board_state", kwargs={"session_id": live.pk})
    client.force_login(pro_corbeil)
    client.get(url)

    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    few = count()
    for _i in range(10):
        person = builders.beneficiary(corbeil, by=pro_corbeil)[0]
        guided.guided_join(session=live, user=person.user)
    assert BeneficiaryProfile.objects.filter(structure=corbeil).count() == 11
    assert count() == few


def test_lessons_offered_are_those_of_the_sessions_courses(today_session, course):
    groups = guided.lessons_to_choose(today_session)
    assert [c for c, _l in groups] == [course]
    assert [lesson.pk for lesson in groups[0][1]] == list(
        LessonPage.objects.descendant_of(course)
        .order_by("path")
        .values_list("pk", flat=True)
    )


# Writes only on POST, once per action -------------------------------------------


def _writes(queries) -> list[str]:
    return [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]


def test_opening_the_follow_page_writes_nothing(client, live, awa):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(awa.user)
    before = Participation.objects.values().get(beneficiary=awa)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(_follow(live))
    # Enrolled but not joined yet: a button to join, nothing recorded.
    assert "Rejoindre l'atelier" in response.content.decode()
    assert _writes(queries) == []
    assert Participation.objects.values().get(beneficiary=awa) == before

    client.post(_follow(live))
    joined = Participation.objects.values().get(beneficiary=awa)
    assert joined["joined_at"] is not None
    with CaptureQueriesContext(connection) as queries:
        body = client.get(_follow(live)).content.decode()
    assert "Étape 1 sur 4" in body
    assert _writes(queries) == []
    assert Participation.objects.values().get(beneficiary=awa) == joined


def test_a_guided_step_renders_through_the_shared_step_include(client, live, awa):
    client.force_login(awa.user)
    client.post(_follow(live))
    client.post(reverse("guided:step", kwargs={"code": live.join_code}), {"etape": 1})
    response = client.get(_follow(live))
    assert "Appuyez sur le bouton Marche." in response.content.decode()
    names = {t.name for t in response.templates}
    assert "courses/includes/guided_step.html" in names


def test_a_move_is_one_write(client, live, awa):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(awa.user)
    client.post(_follow(live))
    step_url = reverse("guided:step", kwargs={"code": live.join_code})
    with CaptureQueriesContext(connection) as queries:
        client.post(step_url, {"etape": "1"})
    writes = _writes(queries)
    assert len(writes) == 1 and "workshops_participation" in writes[0]
    assert Participation.objects.get(beneficiary=awa).current_step == 1


# The board shows this session -----------------------------------------------------


def test_the_board_shows_the_current_step_of_someone_who_finished_the_lesson_before(
    client, live, awa, pro_corbeil, lesson
):
    from courses.services import lesson_complete

    lesson_complete(user=awa.user, lesson=lesson)  # at home, last week
    client.force_login(awa.user)
    client.post(_follow(live))
    client.post(reverse("guided:step", kwargs={"code": live.join_code}), {"etape": "1"})
    participant_page = client.get(_follow(live)).content.decode()
    assert "Étape suivante" in participant_page

    client.force_login(pro_corbeil)
    state = client.get(
        reverse("workshops:guided_board_state", kwargs={"session_id": live.pk})
    ).content.decode()
    assert "Étape 2 sur 4" in state and 'data-step="2"' in state
    assert "Leçon terminée" not in state.split("<tbody>")[1].split("<ul")[0]
    assert "Étape faite" in state


def test_finishing_in_the_session_shows_on_the_board_with_the_step(
    client, live, awa, pro_corbeil
):
    client.force_login(awa.user)
    client.post(_follow(live))
    client.post(reverse("guided:finish", kwargs={"code": live.join_code}))
    mine = Participation.objects.get(beneficiary=awa)
    assert mine.finished_at is not None and mine.current_step == 3
    client.force_login(pro_corbeil)
    state = client.get(
        reverse("workshops:guided_board_state", kwargs={"session_id": live.pk})
    ).content.decode()
    assert (
        "Étape 4 sur 4" in state
        and "Leçon terminée" in state
        and "icon--check" in state
    )


def test_changing_lesson_clears_who_finished(live, awa, pro_corbeil, lesson, course):
    Participation.objects.filter(beneficiary=awa).update(
        current_step=3, finished_at=timezone.now()
    )
    other = (
        LessonPage.objects.live().descendant_of(course).exclude(pk=lesson.pk).first()
    )
    guided.guided_start(by=pro_corbeil, session=live, lesson=other)
    mine = Participation.objects.get(beneficiary=awa)
    assert (mine.current_step, mine.finished_at) == (0, None)


def test_validating_steps_for_someone_marks_them_present(
    client, live, awa, pro_corbeil
):
    mine = Participation.objects.get(beneficiary=awa)
    assert mine.attendance == Attendance.UNKNOWN
    client.force_login(pro_corbeil)
    kwargs = {"session_id": live.pk, "participation_id": mine.pk}
    client.post(reverse("workshops:guided_step_done", kwargs=kwargs))
    mine.refresh_from_db()
    assert mine.attendance == Attendance.PRESENT and mine.joined_at is None


def test_validating_the_whole_lesson_marks_them_present_too(live, awa, pro_corbeil):
    mine = Participation.objects.get(beneficiary=awa)
    guided.lesson_done_for(by=pro_corbeil, session=live, participation_id=mine.pk)
    mine.refresh_from_db()
    assert mine.attendance == Attendance.PRESENT and mine.finished_at is not None


# Ending ---------------------------------------------------------------------------


def test_ending_the_guided_mode_asks_first(client, live, pro_corbeil, awa):
    client.force_login(pro_corbeil)
    stop_url = reverse("workshops:guided_stop", kwargs={"session_id": live.pk})
    board = client.get(
        reverse("workshops:guided_board", kwargs={"session_id": live.pk})
    ).content.decode()
    assert f'href="{stop_url}"' in board
    page = client.get(stop_url).content.decode()
    assert "Terminer le mode guidé ?" in page and live.join_code in page
    assert guided.session_for_code(live.join_code) == live  # still live

    client.post(stop_url)
    assert guided.session_for_code(live.join_code) is None
    client.force_login(awa.user)
    response = client.get(_follow(live))
    assert response.status_code == 410
    assert "atelier guidé est terminé" in response.content.decode()
