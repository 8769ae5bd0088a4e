"""The pages to edit and cancel a session, take someone off its list, choose
who leads it and create the account of a person who came without one."""

import datetime
import html

import pytest
from django.urls import reverse

from people.forms import CONSENT_TEXT
from people.models import BeneficiaryProfile, User
from tests import builders
from workshops.models import Attendance, Participation, WorkshopSession
from workshops.services import session_cancel, session_create, session_enrol


def _url(name: str, session, **kwargs) -> str:
    return reverse(f"workshops:{name}", kwargs={"session_id": session.pk, **kwargs})


def _form_data(**fields) -> dict:
    return {
        "title": "Premiers pas sur la tablette",
        "date": "2026-09-14",
        "start_time": "09:30",
        "duration_minutes": 90,
        "place": "Salle 2",
        "level": "N1",
        "capacity": 6,
        "themes": ["prendre_en_main_du_materiel"],
    } | fields


def _body(response) -> str:
    return html.unescape(response.content.decode())


@pytest.fixture
def colleague(corbeil):
    return builders.professional(corbeil, username="collegue")


# Choosing who leads


def test_the_leader_picker_offers_my_structures_professionals_and_ticks_me(
    client, pro_corbeil, pro_grigny, colleague, awa
):
    client.force_login(pro_corbeil)
    form = client.get(reverse("workshops:session_create")).context["form"]
    offered = set(form.fields["leaders"].queryset)
    assert offered == {pro_corbeil, colleague}
    assert form["leaders"].value() == [pro_corbeil.pk]
    assert form.fields["leaders"].label == "Animé par"


def test_a_session_is_planned_with_a_colleague_leading_it(
    client, pro_corbeil, colleague, corbeil
):
    client.force_login(pro_corbeil)
    client.post(
        reverse("workshops:session_create"),
        _form_data(structure=corbeil.pk, leaders=[colleague.pk]),
    )
    assert list(WorkshopSession.objects.get().leaders.all()) == [colleague]


def test_a_leader_of_another_structure_is_refused_on_the_form(
    client, corbeil, grigny, pro_grigny
):
    # Member of both structures: the picker offers Grigny's professional too,
    # and the service refuses them for a Corbeil session.
    both = builders.professional(corbeil, grigny, username="pro.deux")
    client.force_login(both)
    response = client.post(
        reverse("workshops:session_create"),
        _form_data(structure=corbeil.pk, leaders=[both.pk, pro_grigny.pk]),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors["leaders"]
    assert errors == [
        f"{pro_grigny.get_full_name()} ne fait pas partie de la structure."
    ]
    assert "ne fait pas partie de la structure" in _body(response)
    assert not WorkshopSession.objects.exists()


# Editing


def test_the_edit_form_is_pre_filled_and_has_no_structure(
    client, session, pro_corbeil, colleague
):
    session.leaders.add(colleague)
    client.force_login(pro_corbeil)
    response = client.get(_url("session_update", session))
    form = response.context["form"]
    assert "structure" not in form.fields
    assert form["title"].value() == "Premiers pas sur la tablette"
    assert form["capacity"].value() == 2
    assert form["themes"].value() == ["prendre_en_main_du_materiel"]
    assert sorted(form["leaders"].value()) == sorted([pro_corbeil.pk, colleague.pk])
    page = _body(response)
    assert "Enregistrer les modifications" in page
    # Date and time inputs only take ISO values, whatever the locale.
    assert f'type="date" name="date" value="{session.date.isoformat()}"' in page
    assert 'type="time" name="start_time" value="14:00"' in page


def test_a_professional_edits_a_session(
    client, session, pro_corbeil, colleague, grigny
):
    client.force_login(pro_corbeil)
    response = client.post(
        _url("session_update", session),
        _form_data(
            title="Tablette, deuxième séance",
            capacity=4,
            leaders=[colleague.pk],
            structure=grigny.pk,  # ignored: the structure stays
        ),
    )
    assert response["Location"] == _url("session_detail", session)
    session.refresh_from_db()
    assert (session.title, session.capacity, session.date) == (
        "Tablette, deuxième séance",
        4,
        datetime.date(2026, 9, 14),
    )
    assert session.structure.name == "Centre social de Corbeil"
    assert list(session.leaders.all()) == [colleague]


def test_the_capacity_below_the_list_is_refused_in_french(
    client, session, pro_corbeil, awa, bintou
):
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    session_enrol(by=pro_corbeil, session=session, beneficiary=bintou)
    client.force_login(pro_corbeil)
    response = client.post(
        _url("session_update", session), _form_data(title="Réduit", capacity=1)
    )
    assert response.status_code == 200
    assert "2 personnes sont déjà sur la liste" in _body(response)
    session.refresh_from_db()
    assert (session.title, session.capacity) == ("Premiers pas sur la tablette", 2)


def test_an_empty_edit_shows_errors_and_changes_nothing(client, session, pro_corbeil):
    client.force_login(pro_corbeil)
    response = client.post(_url("session_update", session), {})
    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    session.refresh_from_db()
    assert session.title == "Premiers pas sur la tablette"


# Cancelling


def test_cancelling_asks_for_confirmation_and_a_reason(
    client, session, pro_corbeil, awa
):
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    client.force_login(pro_corbeil)
    page = _body(client.get(_url("session_cancel", session)))
    assert "Annuler l'atelier « Premiers pas sur la tablette » ?" in page
    assert "1 personne est inscrite" in page
    assert 'name="reason"' in page
    response = client.post(_url("session_cancel", session), {"reason": ""})
    assert response.status_code == 200
    assert "Indiquez le motif de l'annulation." in _body(response)
    session.refresh_from_db()
    assert session.cancelled_at is None


def test_a_cancelled_session_says_so_everywhere(client, session, pro_corbeil, awa):
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    client.force_login(pro_corbeil)
    response = client.post(
        _url("session_cancel", session), {"reason": "Animatrice malade."}, follow=True
    )
    session.refresh_from_db()
    assert session.cancel_reason == "Animatrice malade."
    detail = _body(response)
    assert "L'atelier est annulé." in detail
    assert "Annulé" in detail and "Animatrice malade." in detail
    assert "Awa" in detail
    for gone in (
        "session_update",
        "session_cancel",
        "attendance_save",
        "session_enrol",
    ):
        assert _url(gone, session) not in detail, gone
    assert _url("session_walk_in", session) not in detail
    listing = client.get(reverse("workshops:session_list"))
    row = next(s for s in listing.context["upcoming"] if s.pk == session.pk)
    assert row.cancelled_at is not None
    assert "Annulé" in _body(listing)
    assert "1 / 2" not in _body(listing)  # no seats offered on a cancelled session
    year, week, _day = session.date.isocalendar()
    week_view = client.get(
        reverse("workshops:session_list"), {"semaine": f"{year}-W{week:02d}"}
    )
    assert _body(week_view).count("Annulé") >= 2  # the week and the table


def test_a_cancelled_sessions_forms_are_refused_with_a_message(
    client, session, pro_corbeil, awa, bintou
):
    participation = session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    session_cancel(by=pro_corbeil, session=session, reason="Salle inondée.")
    client.force_login(pro_corbeil)
    before = list(Participation.objects.values_list("pk", "attendance"))
    for name, kwargs in (
        ("session_update", {}),
        ("session_cancel", {}),
        ("session_walk_in", {}),
        ("session_unenrol", {"participation_id": participation.pk}),
    ):
        response = client.get(_url(name, session, **kwargs), follow=True)
        assert response.redirect_chain[-1][0] == _url("session_detail", session), name
        assert "Cet atelier est annulé" in _body(response), name
    response = client.post(
        _url("session_enrol", session), {"beneficiary": bintou.pk}, follow=True
    )
    assert "Cet atelier est annulé" in _body(response)
    response = client.post(
        _url("attendance_save", session),
        {f"presence-{awa.pk}": "present", "ajouter": str(bintou.pk)},
        follow=True,
    )
    messages = [str(m) for m in response.context["messages"]]
    assert len(messages) == 1 and "Cet atelier est annulé" in messages[0]
    response = client.post(
        _url("session_unenrol", session, participation_id=participation.pk),
        follow=True,
    )
    assert "Cet atelier est annulé" in _body(response)
    client.post(_url("session_update", session), _form_data(title="Ressuscité"))
    assert list(Participation.objects.values_list("pk", "attendance")) == before
    session.refresh_from_db()
    assert session.title == "Premiers pas sur la tablette"


# Taking someone off the list


def test_taking_someone_off_the_list_after_confirming(
    client, session, pro_corbeil, awa, bintou
):
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)
    leaving = session_enrol(by=pro_corbeil, session=session, beneficiary=bintou)
    client.force_login(pro_corbeil)
    url = _url("session_unenrol", session, participation_id=leaving.pk)
    assert url in _body(client.get(_url("session_detail", session)))
    page = _body(client.get(url))
    assert "Retirer Bintou de la liste ?" in page
    assert Participation.objects.filter(pk=leaving.pk).exists()  # GET changes nothing
    response = client.post(url, follow=True)
    assert "Bintou ne fait plus partie de la liste." in _body(response)
    assert list(Participation.objects.values_list("beneficiary", flat=True)) == [awa.pk]


def test_a_participation_of_another_session_is_not_found_here(
    client, session, pro_corbeil, corbeil, awa
):
    other = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Autre atelier",
        date=session.date,
        start_time=datetime.time(9, 0),
    )
    elsewhere = session_enrol(by=pro_corbeil, session=other, beneficiary=awa)
    client.force_login(pro_corbeil)
    url = _url("session_unenrol", session, participation_id=elsewhere.pk)
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert Participation.objects.filter(pk=elsewhere.pk).exists()


# A person who came without an account


def test_a_walk_in_is_created_marked_present_and_shown_their_pin_once(
    client, session, pro_corbeil
):
    client.force_login(pro_corbeil)
    detail = _body(client.get(_url("session_detail", session)))
    assert _url("session_walk_in", session) in detail
    page = _body(client.get(_url("session_walk_in", session)))
    assert str(CONSENT_TEXT) in page
    assert "Centre social de Corbeil" in page
    response = client.post(
        _url("session_walk_in", session), {"first_name": "Chloé", "consent": "on"}
    )
    profile = BeneficiaryProfile.objects.get(user__first_name="Chloé")
    card_url = reverse("people:beneficiary_card", kwargs={"beneficiary_id": profile.pk})
    assert response["Location"].startswith(card_url + "?retour=")
    assert profile.structure == session.structure
    assert profile.consent_text == str(CONSENT_TEXT)
    assert Participation.objects.get(beneficiary=profile).attendance == (
        Attendance.PRESENT
    )
    card = client.get(response["Location"])
    assert card.context["pin"] and card.context["pin"] in _body(card)
    assert profile.login_code in _body(card)
    assert "Chloé" in _body(card)
    again = client.get(response["Location"])
    assert again.context["pin"] is None
    # The card leads back to the attendance sheet, where the session goes on.
    sheet = _url("session_detail", session) + "#presences-titre"
    assert f'href="{sheet}"' in _body(again)
    assert "Revenir à la feuille de présence" in _body(again)


def test_the_card_page_links_back_only_to_this_site(client, awa, pro_corbeil):
    client.force_login(pro_corbeil)
    card = reverse("people:beneficiary_card", kwargs={"beneficiary_id": awa.pk})
    body = _body(client.get(card + "?retour=https://evil.example/"))
    assert "evil.example" not in body
    assert "Revenir à la feuille de présence" not in body


def test_a_walk_in_without_consent_is_refused_and_nothing_is_created(
    client, session, pro_corbeil
):
    client.force_login(pro_corbeil)
    users_before = User.objects.count()
    response = client.post(_url("session_walk_in", session), {"first_name": "Chloé"})
    assert response.status_code == 200
    assert "la personne doit donner son accord" in _body(response)
    response = client.post(_url("session_walk_in", session), {})
    assert "first_name" in response.context["form"].errors
    assert User.objects.count() == users_before
    assert not Participation.objects.exists()


def test_a_walk_in_in_an_inactive_structure_is_refused_above_the_form(
    client, session, pro_corbeil, corbeil
):
    corbeil.active = False
    corbeil.save()
    client.force_login(pro_corbeil)
    response = client.post(
        _url("session_walk_in", session), {"first_name": "Chloé", "consent": "on"}
    )
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Cette structure n'est plus active."
    ]
    assert not Participation.objects.exists()
