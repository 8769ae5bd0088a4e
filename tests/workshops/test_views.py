import datetime

from django.urls import reverse
from django.utils import timezone

from workshops.models import Accompaniment, Attendance, Participation, WorkshopSession
from workshops.services import session_enrol


def test_the_list_shows_upcoming_sessions_of_my_structures(
    client, session, pro_corbeil
):
    client.force_login(pro_corbeil)
    response = client.get(reverse("workshops:session_list"))
    assert response.status_code == 200
    assert "Premiers pas sur la tablette" in response.content.decode()


def test_the_week_view_shows_the_seven_days_and_the_session(
    client, session, pro_corbeil
):
    client.force_login(pro_corbeil)
    year, week, _day = session.date.isocalendar()
    response = client.get(
        reverse("workshops:session_list"), {"semaine": f"{year}-W{week:02d}"}
    )
    days = response.context["week"]
    assert len(days) == 7
    assert days[0]["day"].isoweekday() == 1
    assert [s.pk for d in days for s in d["sessions"]] == [session.pk]
    assert response.context["next_week"] != response.context["previous_week"]


def test_a_professional_plans_a_session_through_the_form(
    client, pro_corbeil, corbeil, next_week
):
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("workshops:session_create"),
        {
            "structure": corbeil.pk,
            "title": "Le courriel",
            "date": next_week.isoformat(),
            "start_time": "09:30",
            "duration_minutes": 90,
            "place": "Salle 2",
            "level": "N1",
            "capacity": 6,
            "themes": ["email", "securite_numerique"],
        },
    )
    session = WorkshopSession.objects.get()
    assert response["Location"] == reverse(
        "workshops:session_detail", kwargs={"session_id": session.pk}
    )
    assert session.themes == ["email", "securite_numerique"]
    assert list(session.leaders.all()) == [pro_corbeil]


def test_the_form_refuses_another_structure(client, pro_corbeil, grigny, next_week):
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("workshops:session_create"),
        {
            "structure": grigny.pk,
            "title": "Intrus",
            "date": next_week.isoformat(),
            "start_time": "09:30",
            "duration_minutes": 90,
            "level": "N1",
            "capacity": 6,
        },
    )
    assert response.status_code == 200
    assert not WorkshopSession.objects.exists()


def test_enrol_then_take_attendance_with_a_walk_in(
    client, session, pro_corbeil, awa, bintou
):
    client.force_login(pro_corbeil)
    url = reverse("workshops:session_enrol", kwargs={"session_id": session.pk})
    client.post(url, {"beneficiary": awa.pk})
    detail = client.get(
        reverse("workshops:session_detail", kwargs={"session_id": session.pk})
    ).content.decode()
    assert f'name="presence-{awa.pk}"' in detail
    assert f'<option value="{bintou.pk}">' in detail
    client.post(
        reverse("workshops:attendance_save", kwargs={"session_id": session.pk}),
        {f"presence-{awa.pk}": "absent", "ajouter": str(bintou.pk)},
    )
    marks = dict(Participation.objects.values_list("beneficiary_id", "attendance"))
    assert marks == {awa.pk: Attendance.ABSENT, bintou.pk: Attendance.PRESENT}


def test_a_full_session_says_so(client, session, pro_corbeil, awa, bintou, corbeil):
    from tests import builders

    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    session_enrol(by=pro_corbeil, session=session, beneficiary=bintou)
    third = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Chloé")[0]
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("workshops:session_enrol", kwargs={"session_id": session.pk}),
        {"beneficiary": third.pk},
        follow=True,
    )
    assert "complet" in response.content.decode()
    assert Participation.objects.count() == 2


def test_an_accompaniment_is_recorded_and_listed(client, pro_corbeil, corbeil, awa):
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("workshops:accompaniment_create"),
        {
            "structure": corbeil.pk,
            "beneficiary": awa.pk,
            "date": datetime.date(2026, 3, 2).isoformat(),
            "duration_minutes": 45,
            "themes": ["sante"],
            "autonomy": "partiellement_autonome",
            "place_type": "lieu_activite",
            "redirected": "non",
            "notes": "Compte Ameli créé.",
        },
    )
    record = Accompaniment.objects.get()
    assert response["Location"] == reverse(
        "workshops:accompaniment_report", kwargs={"accompaniment_id": record.pk}
    )
    assert (record.beneficiary, record.themes) == (awa, ["sante"])
    listing = client.get(reverse("workshops:accompaniment_list")).content.decode()
    assert "Awa" in listing


def test_a_beneficiary_cannot_see_the_workshop_pages(client, awa):
    client.force_login(awa.user)
    assert client.get(reverse("workshops:session_list")).status_code == 404


def test_an_empty_post_shows_the_errors_and_saves_nothing(client, pro_corbeil):
    client.force_login(pro_corbeil)
    for name, field in (
        ("session_create", "title"),
        ("accompaniment_create", "autonomy"),
    ):
        response = client.post(reverse(f"workshops:{name}"), {})
        assert response.status_code == 200, name
        assert field in response.context["form"].errors, name
        assert "Corrigez les champs signalés" in response.content.decode(), name
    assert not WorkshopSession.objects.exists()
    assert not Accompaniment.objects.exists()


def test_upcoming_sessions_come_in_date_and_time_order(client, corbeil, pro_corbeil):
    from workshops.services import session_create

    today = timezone.localdate()
    planned = [  # created in this order, listed in another
        ("Le 7", today + datetime.timedelta(days=7), datetime.time(10)),
        ("Le 3 l'après-midi", today + datetime.timedelta(days=3), datetime.time(14)),
        ("Le 3 le matin", today + datetime.timedelta(days=3), datetime.time(9)),
        ("Il y a 10 jours", today - datetime.timedelta(days=10), datetime.time(9)),
        ("Il y a 3 jours", today - datetime.timedelta(days=3), datetime.time(9)),
    ]
    for title, date, start in planned:
        session_create(
            by=pro_corbeil, structure=corbeil, title=title, date=date, start_time=start
        )
    client.force_login(pro_corbeil)
    response = client.get(reverse("workshops:session_list"))
    upcoming = [s.title for s in response.context["upcoming"]]
    assert upcoming == ["Le 3 le matin", "Le 3 l'après-midi", "Le 7"]
    past = [s.title for s in response.context["past"]]
    assert past == ["Il y a 3 jours", "Il y a 10 jours"]
    body = response.content.decode()
    assert body.index("Le 3 le matin") < body.index("Le 7")
