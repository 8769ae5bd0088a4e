"""The beneficiaries list shows each person's progress (lessons done in the
course they started last), last activity and levels waiting to be validated,
at the same query count whatever the list's length."""

import datetime

from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.services import enrollment_create, lesson_complete
from diagnostics.models import LevelProposal
from people.models import BeneficiaryProfile
from skills.models import CompetenceArea, Level
from tests import builders

URL = reverse("people:beneficiary_list")


def follower(structure, by, course, *, first_name: str) -> BeneficiaryProfile:
    profile, _pin = builders.beneficiary(structure, by=by, first_name=first_name)
    enrollment_create(user=profile.user, course=course)
    lesson_complete(user=profile.user, lesson=builders.lessons_of(course)[0])
    LevelProposal.objects.create(
        learner=profile.user,
        area=CompetenceArea.objects.get(number=1),
        level=Level.objects.get(code="N1"),
        course=course,
    )
    return profile


def test_each_row_says_progress_last_activity_and_levels_to_validate(
    client, pro_corbeil, corbeil, workshops
):
    course = builders.course(workshops, title="Allumer la tablette")
    follower(corbeil, pro_corbeil, course, first_name="Awa")
    builders.beneficiary(corbeil, by=pro_corbeil, first_name="Bintou")
    client.force_login(pro_corbeil)

    page = client.get(URL).content.decode()

    awa, bintou = page.split("Awa</a>")[1], page.split("Bintou</a>")[1]
    awa, bintou = awa.split("</tr>")[0], bintou.split("</tr>")[0]
    assert "1 leçon sur 4 · Allumer la tablette" in awa
    assert "<strong>1 niveau à valider</strong>" in awa
    today = timezone.localdate()
    assert f"{today.day} " in awa and str(today.year) in awa
    assert "Aucun parcours" in bintou
    assert "niveau à valider" not in bintou
    assert "Aucune" in bintou  # no activity yet
    for header in ("Progression", "Dernière activité", "Niveaux"):
        assert f'<th scope="col">{header}</th>' in page


def test_the_inactive_filter_keeps_only_people_idle_for_30_days(
    client, pro_corbeil, corbeil, workshops
):
    course = builders.course(workshops)
    follower(corbeil, pro_corbeil, course, first_name="Awa")
    idle, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Bintou")
    BeneficiaryProfile.objects.filter(structure=corbeil).update(
        created_at=timezone.now() - datetime.timedelta(days=60)
    )
    client.force_login(pro_corbeil)
    response = client.get(URL, {"etat": "inactifs"})
    assert [p.pk for p in response.context["page"]] == [idle.pk]
    # An unknown state is no error: everyone.
    response = client.get(URL, {"etat": "n'importe"})
    assert response.context["page"].paginator.count == 2


def _count(client) -> int:
    client.get(URL)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_columns_cost_the_same_queries_for_3_or_30_followers(
    client, pro_corbeil, corbeil, workshops
):
    courses = [builders.course(workshops) for _ in range(2)]
    client.force_login(pro_corbeil)
    for n in range(3):
        follower(corbeil, pro_corbeil, courses[n % 2], first_name=f"A{n}")
    few = _count(client)
    for n in range(3, 30):
        follower(corbeil, pro_corbeil, courses[n % 2], first_name=f"A{n}")
    assert _count(client) == few


def test_each_row_shows_its_own_state_link_and_day(client, pro_corbeil, corbeil):
    """Rows are built once a page (one reverse, one state rendering per
    distinct state): each still shows its own person's state and link."""
    names = ["Awa", "Bintou", "Chloé", "Dina", "Emma"]
    profiles = {
        name: builders.beneficiary(corbeil, by=pro_corbeil, first_name=name)[0]
        for name in names
    }
    now = timezone.now()
    BeneficiaryProfile.objects.filter(pk=profiles["Bintou"].pk).update(locked_at=now)
    profiles["Chloé"].user.is_active = False
    profiles["Chloé"].user.save(update_fields=["is_active"])
    for name, days in (("Dina", 5), ("Emma", 9)):
        BeneficiaryProfile.objects.filter(pk=profiles[name].pk).update(
            retention_warned_at=now - datetime.timedelta(days=days)
        )
    client.force_login(pro_corbeil)

    page = client.get(URL).content.decode()

    for name, profile in profiles.items():
        profile.refresh_from_db()
        link = reverse("people:beneficiary_detail", args=[profile.pk])
        row = page.split(f'<a href="{link}">{name}</a>')[1].split("</tr>")[0]
        state = render_to_string(
            "people/includes/status.html", {"beneficiary": profile}
        )
        assert f"<td>{state}</td>" in row, name
    assert page.count("données effacées") == 2


def test_names_and_cells_are_escaped_in_the_rows(
    client, pro_corbeil, corbeil, workshops
):
    """The rows are written in Python (people.views.beneficiaries._rows): a
    name, a structure or a course title with markup shows as text."""
    corbeil.name = "Corbeil <i>centre</i>"
    corbeil.save(update_fields=["name"])
    course = builders.course(workshops, title="Courriel <b>1</b> & pièces jointes")
    profile = follower(corbeil, pro_corbeil, course, first_name="Awa")
    profile.user.first_name = "<script>alert(1)</script>"
    profile.user.save(update_fields=["first_name"])
    client.force_login(pro_corbeil)

    page = client.get(URL).content.decode()

    assert "<script>alert" not in page and "<i>centre" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</a></th>" in page
    assert "<td>Corbeil &lt;i&gt;centre&lt;/i&gt;</td>" in page
    assert (
        "<td>1 leçon sur 4 · Courriel &lt;b&gt;1&lt;/b&gt; &amp; pièces jointes</td>"
        in page
    )
    assert "<td><strong>1 niveau à valider</strong></td>" in page
