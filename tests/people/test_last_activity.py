"""A beneficiary's last day of activity, as the professionals' list shows it:
the latest of a sign-in and every source registered in people.activity, the
day taken in the site's time zone, in one query for a page of people."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import Enrollment, LessonCompletion
from courses.services import enrollment_create
from people.models import BeneficiaryProfile, User
from people.selectors import beneficiaries_last_activity_get
from quizzes.models import Attempt, Quiz
from tests import builders
from workshops.models import Accompaniment, Participation, WorkshopSession


def _paris(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(hour, minute))
    )


def test_the_latest_source_wins_and_its_day_is_the_sites(
    pro_corbeil, corbeil, workshops
):
    course = builders.course(workshops)
    lesson = builders.lessons_of(course)[0]
    awa, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")
    bintou, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Bintou")
    chloe, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Chloé")
    dina, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Dina")
    User.objects.filter(pk__in=[p.user_id for p in (awa, bintou, chloe, dina)]).update(
        last_login=None
    )
    day = datetime.date(2026, 3, 10)
    # Awa: enrolled early, a lesson finished at 00:30 in Paris — still the
    # 10th of March 23:30 in UTC: the site's day counts.
    enrollment_create(user=awa.user, course=course)
    Enrollment.objects.filter(user=awa.user).update(enrolled_at=_paris(day, 9))
    LessonCompletion.objects.create(
        user=awa.user,
        lesson=lesson,
        completed_at=_paris(day + datetime.timedelta(days=1), 0, 30),
    )
    # Bintou: a sign-in, then a workshop on a later day (a day, not a moment).
    User.objects.filter(pk=bintou.user_id).update(last_login=_paris(day, 18))
    session = WorkshopSession.objects.create(
        structure=corbeil,
        title="Atelier",
        date=day + datetime.timedelta(days=5),
        start_time=datetime.time(9, 0),
        created_by=pro_corbeil,
    )
    Participation.objects.create(session=session, beneficiary=bintou)
    # Chloé: an exercise started then finished later; the finish counts.
    quiz = Quiz.objects.create(title="Exercice")
    Attempt.objects.create(
        user=chloe.user,
        quiz=quiz,
        started_at=_paris(day, 10),
        finished_at=_paris(day + datetime.timedelta(days=2), 11),
    )
    # Dina: nothing at all.

    with CaptureQueriesContext(connection) as queries:
        found = beneficiaries_last_activity_get(profiles=[awa, bintou, chloe, dina])

    assert len(queries) == 1
    assert found == {
        awa.pk: day + datetime.timedelta(days=1),
        bintou.pk: day + datetime.timedelta(days=5),
        chloe.pk: day + datetime.timedelta(days=2),
    }


def test_a_sign_in_later_than_every_row_is_the_last_day(pro_corbeil, corbeil):
    awa, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")
    moment = _paris(datetime.date(2026, 6, 1), 23, 45)
    User.objects.filter(pk=awa.user_id).update(last_login=moment)
    profile = BeneficiaryProfile.objects.get(pk=awa.pk)
    assert beneficiaries_last_activity_get(profiles=[profile]) == {
        awa.pk: datetime.date(2026, 6, 1)
    }
    assert beneficiaries_last_activity_get(profiles=[]) == {}


def _day(profile):
    profile = BeneficiaryProfile.objects.get(pk=profile.pk)
    return beneficiaries_last_activity_get(profiles=[profile]).get(profile.pk)


def test_a_kept_day_follows_every_change_of_the_person_s_rows(
    client, pro_corbeil, corbeil, workshops
):
    """The day is kept per person (no query the second time) and forgotten
    by each kind of change: a row added or deleted, a row reached through
    another (a session re-dated), a sign-in."""
    awa, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")
    User.objects.filter(pk=awa.user_id).update(last_login=None)
    assert _day(awa) is None  # nothing yet, kept as « none »
    with CaptureQueriesContext(connection) as queries:
        assert _day(awa) is None
    assert [q["sql"] for q in queries if "GREATEST" in q["sql"]] == []

    day = datetime.date(2026, 3, 10)
    lesson = builders.lessons_of(builders.course(workshops))[0]
    done = LessonCompletion.objects.create(
        user=awa.user, lesson=lesson, completed_at=_paris(day, 10)
    )
    assert _day(awa) == day
    done.delete()
    assert _day(awa) is None

    session = WorkshopSession.objects.create(
        structure=corbeil,
        title="Atelier",
        date=day,
        start_time=datetime.time(9, 0),
        created_by=pro_corbeil,
    )
    Participation.objects.create(session=session, beneficiary=awa)
    assert _day(awa) == day
    session.date = day + datetime.timedelta(days=7)
    session.save()
    assert _day(awa) == day + datetime.timedelta(days=7)

    Accompaniment.objects.create(
        structure=corbeil,
        beneficiary=awa,
        date=day + datetime.timedelta(days=9),
        duration_minutes=30,
        themes=["prendre_en_main_du_materiel"],
        autonomy="partiellement_autonome",
    )
    assert _day(awa) == day + datetime.timedelta(days=9)

    client.force_login(awa.user)  # a sign-in: today
    assert _day(awa) == timezone.localdate()


def test_a_day_kept_in_another_time_zone_is_read_again(pro_corbeil, corbeil):
    awa, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")
    # 23:30 in Paris on 1 June is 17:30 that day in Cayenne, 1 June in both;
    # 00:30 on 2 June in Paris is still 1 June in Cayenne.
    User.objects.filter(pk=awa.user_id).update(
        last_login=_paris(datetime.date(2026, 6, 2), 0, 30)
    )
    assert _day(awa) == datetime.date(2026, 6, 2)
    with timezone.override("America/Cayenne"):
        assert _day(awa) == datetime.date(2026, 6, 1)
    assert _day(awa) == datetime.date(2026, 6, 2)
