"""People enrolled at the same moment into the last seat: exactly one gets it
(real PostgreSQL)."""

import datetime

import pytest
from django.db import connection

from tests import builders
from tests.threads import at_once
from workshops.models import Participation
from workshops.services import session_cancel, session_create, session_enrol

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks need PostgreSQL; SQLite serialises writes anyway",
)


@pytest.mark.django_db(transaction=True)
def test_only_one_of_four_people_enrolled_at_once_gets_the_last_seat(
    corbeil, pro_corbeil
):
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Dernière place",
        date=datetime.date(2026, 9, 14),
        start_time=datetime.time(14, 0),
        capacity=2,
    )
    first = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")[0]
    session_enrol(by=pro_corbeil, session=session, beneficiary=first)
    racers = [
        builders.beneficiary(corbeil, by=pro_corbeil, first_name=name)[0]
        for name in ("Bintou", "Chloé", "Denis", "Emma")
    ]

    outcomes = at_once(
        [
            lambda person=person: session_enrol(
                by=pro_corbeil, session=session, beneficiary=person
            )
            for person in racers
        ]
    )

    assert outcomes.count("saved") == 1
    refusals = [o for o in outcomes if o != "saved"]
    assert len(refusals) == 3
    assert all("complet" in o for o in refusals), refusals
    assert Participation.objects.filter(session=session).count() == 2


@pytest.mark.django_db(transaction=True)
def test_an_enrolment_racing_a_cancellation_never_lands_on_a_cancelled_session(
    corbeil, pro_corbeil
):
    session = session_create(
        by=pro_corbeil,
        structure=corbeil,
        title="Annulé au dernier moment",
        date=datetime.date(2026, 9, 14),
        start_time=datetime.time(14, 0),
    )
    people = [
        builders.beneficiary(corbeil, by=pro_corbeil, first_name=name)[0]
        for name in ("Awa", "Bintou", "Chloé")
    ]

    outcomes = at_once(
        [
            lambda: session_cancel(by=pro_corbeil, session=session, reason="Salle."),
            *[
                lambda person=person: session_enrol(
                    by=pro_corbeil, session=session, beneficiary=person
                )
                for person in people
            ],
        ]
    )

    session.refresh_from_db()
    assert session.cancelled_at is not None
    enrolled = Participation.objects.filter(session=session).count()
    # Whoever took the lock before the cancellation is on the list; everyone
    # after it was refused, none slipped in once it was cancelled.
    assert outcomes.count("saved") == 1 + enrolled
    assert all(o == "saved" or "annulé" in o for o in outcomes), outcomes
    assert (
        Participation.objects.filter(
            session=session, enrolled_at__gt=session.cancelled_at
        ).count()
        == 0
    )
