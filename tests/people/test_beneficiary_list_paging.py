"""The beneficiaries list is paged, searched, filtered and sorted on the server,
and shows only the user's structures' people (lms/paging.py)."""

import itertools

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from people.models import BeneficiaryProfile

URL = reverse("people:beneficiary_list")
_numbers = itertools.count(1)


def _many(structure, n: int, *, prefix: str = "Personne") -> list[BeneficiaryProfile]:
    """n beneficiaries in bulk (the service hashes a PIN each: too slow for 200)."""
    User = get_user_model()
    numbers = [next(_numbers) for _ in range(n)]
    users = User.objects.bulk_create(
        User(username=f"b{structure.pk}-{i}", first_name=f"{prefix} {i:04d}")
        for i in numbers
    )
    return BeneficiaryProfile.objects.bulk_create(
        BeneficiaryProfile(
            user=user,
            structure=structure,
            consent_at=timezone.now(),
            consent_text="Accord (test).",
            login_code=f"T{i:05d}",
        )
        for user, i in zip(users, numbers, strict=True)
    )


def _rows(response) -> int:
    return response.content.decode().count('class="login-code"')


def test_a_200_row_list_renders_50_rows_and_says_the_total(
    client, pro_corbeil, corbeil
):
    _many(corbeil, 200)
    client.force_login(pro_corbeil)
    response = client.get(URL)
    body = response.content.decode()
    assert _rows(response) == 50
    assert "200 bénéficiaires · page 1 sur 4" in body
    assert '<nav class="pagination" aria-label="Pagination">' in body
    assert len(response.content) < 200_000


def test_the_last_page_holds_the_rest(client, pro_corbeil, corbeil):
    _many(corbeil, 120)
    client.force_login(pro_corbeil)
    response = client.get(URL, {"page": 3})
    assert _rows(response) == 20
    assert response.context["page"].number == 3


@pytest.mark.parametrize("page", ["abc", "0", "-1", "1.5", "", "%00"])
def test_a_bad_page_value_shows_the_first_page(client, pro_corbeil, corbeil, page):
    _many(corbeil, 60)
    client.force_login(pro_corbeil)
    response = client.get(URL, {"page": page})
    assert response.status_code == 200
    assert response.context["page"].number == 1


def test_a_page_past_the_end_shows_the_last(client, pro_corbeil, corbeil):
    _many(corbeil, 60)
    client.force_login(pro_corbeil)
    response = client.get(URL, {"page": 999})
    assert response.status_code == 200
    assert response.context["page"].number == 2
    assert _rows(response) == 10


def test_the_search_runs_on_every_row_not_only_the_page(client, pro_corbeil, corbeil):
    _many(corbeil, 120)
    _many(corbeil, 1, prefix="Zoé")
    client.force_login(pro_corbeil)
    response = client.get(URL, {"q": "zoé"})
    assert response.context["page"].paginator.count == 1
    assert "Zoé" in response.content.decode()
    assert "1 bénéficiaire" in response.content.decode()


def test_the_structure_filter_and_the_page_links_keep_each_other(
    client, coordinator, corbeil, grigny
):
    _many(corbeil, 30)
    _many(grigny, 70)
    client.force_login(coordinator)
    response = client.get(URL, {"structure": grigny.pk, "tri": "code"})
    page = response.context["page"]
    assert page.paginator.count == 70
    assert {p.structure_id for p in page} == {grigny.pk}
    assert page.next_href == f"?structure={grigny.pk}&tri=code&page=2"
    assert f'href="?structure={grigny.pk}&amp;tri=code&amp;page=2"' in (
        response.content.decode()
    )


def test_the_coordinator_pages_through_every_structure(
    client, coordinator, corbeil, grigny
):
    _many(corbeil, 40)
    _many(grigny, 40)
    client.force_login(coordinator)
    response = client.get(URL)
    assert response.context["page"].paginator.count == 80
    assert "80 bénéficiaires" in response.content.decode()


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("prenom", lambda p: p.user.first_name),
        ("code", lambda p: p.login_code),
        ("recent", lambda p: -p.pk),
    ],
)
def test_each_sort_orders_the_whole_list(client, pro_corbeil, corbeil, sort, key):
    made = _many(corbeil, 60)
    client.force_login(pro_corbeil)
    shown = list(client.get(URL, {"tri": sort}).context["page"])
    everyone = BeneficiaryProfile.objects.filter(pk__in=[p.pk for p in made])
    expected = sorted(everyone.select_related("user"), key=key)[:50]
    assert [p.pk for p in shown] == [p.pk for p in expected]


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("prenom", lambda p: p.user.first_name),
        ("structure", lambda p: (p.structure.name, p.user.first_name, p.pk)),
        ("recent", lambda p: -p.pk),
    ],
)
def test_a_later_page_holds_the_next_rows_in_order_read_whole(
    client, pro_corbeil, corbeil, grigny, sort, key
):
    # The page is chosen over the ids alone, then its rows are read whole.
    made = _many(corbeil, 40) + _many(grigny, 30)
    pro_corbeil.memberships.create(structure=grigny)
    client.force_login(pro_corbeil)
    response = client.get(URL, {"tri": sort, "page": 2})
    shown = list(response.context["page"])
    everyone = BeneficiaryProfile.objects.filter(pk__in=[p.pk for p in made])
    expected = sorted(everyone.select_related("user", "structure"), key=key)[50:]
    assert [p.pk for p in shown] == [p.pk for p in expected]
    page = response.content.decode()
    for profile in shown:
        assert f">{profile.user.first_name}</a>" in page
        assert f"<td>{profile.structure.name}</td>" in page


def test_an_unknown_sort_keeps_the_search_and_the_default_order(
    client, pro_corbeil, corbeil
):
    _many(corbeil, 5)
    _many(corbeil, 2, prefix="Zoé")
    client.force_login(pro_corbeil)
    response = client.get(URL, {"q": "zoé", "tri": "user__password"})
    assert response.status_code == 200
    names = [p.user.first_name for p in response.context["page"]]
    assert len(names) == 2 and names == sorted(names)


def test_paging_shows_no_other_structure_and_counts_only_visible_rows(
    client, pro_corbeil, corbeil, grigny
):
    _many(corbeil, 55)
    _many(grigny, 300)
    client.force_login(pro_corbeil)
    for page in (1, 2, 7):
        response = client.get(URL, {"page": page, "structure": grigny.pk})
        shown = response.context["page"]
        assert shown.paginator.count == 55  # another structure's id is ignored
        assert {p.structure_id for p in shown} == {corbeil.pk}
    assert "55 bénéficiaires" in response.content.decode()


def _count(client, params=None) -> int:
    client.get(URL, params or {})
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL, params or {}).status_code == 200
    return len(queries)


@pytest.mark.parametrize("params", [{}, {"page": 2, "tri": "structure", "q": "Pers"}])
def test_the_list_runs_the_same_queries_for_60_or_600_rows(
    client, pro_corbeil, corbeil, params
):
    client.force_login(pro_corbeil)
    _many(corbeil, 60)
    few = _count(client, params)
    _many(corbeil, 540)
    assert _count(client, params) == few


def test_the_page_reads_only_the_columns_it_shows(client, pro_corbeil, corbeil):
    """The page's 50 people are read without their consent text, phone or
    e-mail (people.selectors.LISTED_FIELDS), and the status of a blocked or
    deactivated person needs no query of its own."""
    people = _many(corbeil, 3)
    BeneficiaryProfile.objects.filter(pk=people[0].pk).update(locked_at=timezone.now())
    get_user_model().objects.filter(pk=people[1].user_id).update(is_active=False)
    client.force_login(pro_corbeil)
    client.get(URL)
    with CaptureQueriesContext(connection) as queries:
        body = client.get(URL).content.decode()
    # The page's rows: the profiles by pk, with their users and structures.
    [rows] = [
        q["sql"]
        for q in queries
        if '"people_beneficiaryprofile"."id" IN' in q["sql"]
        and 'JOIN "people_structure"' in q["sql"]
    ]
    for column in ("consent_text", "consent_at", "phone", "email", "kind", "password"):
        assert f'."{column}"' not in rows
    assert "<strong>Bloqué</strong>" in body and "Désactivé" in body
