"""An attendance sheet saves in one transaction through one service, or not at all."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests import builders
from workshops.models import Attendance, Participation
from workshops.services import session_attendance_save, session_enrol


@pytest.fixture
def chloe(corbeil, pro_corbeil):
    return builders.beneficiary(corbeil, by=pro_corbeil, first_name="Chloé")[0]


def _marks(session) -> dict[str, str]:
    rows = session.participations.values_list(
        "beneficiary__user__first_name", "attendance"
    )
    return dict(rows)


def test_a_bad_mark_at_the_last_row_leaves_the_rows_before_it_unchanged(
    session, pro_corbeil, awa, bintou, chloe
):
    for person in (awa, bintou):
        session_enrol(by=pro_corbeil, session=session, beneficiary=person)

    with pytest.raises(ValidationError, match="Présent, Absent ou Excusé"):
        session_attendance_save(
            by=pro_corbeil,
            session=session,
            marks={
                awa: Attendance.PRESENT,
                bintou: Attendance.ABSENT,
                chloe: "bientot",
            },
        )

    assert _marks(session) == {
        "Awa": Attendance.UNKNOWN,
        "Bintou": Attendance.UNKNOWN,
    }


def test_a_person_of_another_structure_on_the_sheet_saves_nothing(
    session, pro_corbeil, awa, gaston
):
    session_enrol(by=pro_corbeil, session=session, beneficiary=awa)

    with pytest.raises(ValidationError, match="structure"):
        session_attendance_save(
            by=pro_corbeil,
            session=session,
            marks={awa: Attendance.PRESENT, gaston: Attendance.PRESENT},
        )

    assert _marks(session) == {"Awa": Attendance.UNKNOWN}
    assert not Participation.objects.filter(beneficiary=gaston).exists()


def test_the_sheet_with_a_bad_mark_saves_no_row_and_says_why(
    client, session, pro_corbeil, awa, bintou
):
    for person in (awa, bintou):
        session_enrol(by=pro_corbeil, session=session, beneficiary=person)
    client.force_login(pro_corbeil)

    response = client.post(
        reverse("workshops:attendance_save", kwargs={"session_id": session.pk}),
        {f"presence-{awa.pk}": "present", f"presence-{bintou.pk}": "plus-tard"},
        follow=True,
    )

    messages = [str(m) for m in response.context["messages"]]
    assert messages == ["Choisissez Présent, Absent ou Excusé."]
    assert _marks(session) == {
        "Awa": Attendance.UNKNOWN,
        "Bintou": Attendance.UNKNOWN,
    }
