"""lms/paging.py: one page of a list, its links and its sort whitelist."""

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory

from lms.paging import (
    Sort,
    SortField,
    number_display,
    page_get,
    pks_page_get,
    sort_get,
)

ROWS = list(range(1, 201))  # 200 rows: 4 pages of 50


def _page(query: str = ""):
    return page_get(RequestFactory().get("/liste/" + query), ROWS)


def test_a_list_shows_50_rows_a_page_and_its_total():
    page = _page()
    assert list(page.object_list) == list(range(1, 51))
    assert page.paginator.count == 200
    assert page.paginator.num_pages == 4


@pytest.mark.parametrize(
    ("asked", "shown"),
    [
        ("?page=2", 2),
        ("?page=abc", 1),
        ("?page=", 1),
        ("?page=1.5", 1),
        ("?page=0", 1),
        ("?page=-3", 1),
        ("?page=00", 1),
        ("?page=+0", 1),
        ("?page=99", 4),
        ("?page=99999999999999999999999", 4),
    ],
)
def test_a_bad_page_number_shows_the_first_or_the_last_page(asked, shown):
    assert _page(asked).number == shown


def test_an_empty_list_is_one_empty_page_without_links():
    page = page_get(RequestFactory().get("/liste/?page=5"), [])
    assert page.number == 1
    assert list(page.object_list) == []
    assert page.links == []
    assert render_to_string("includes/pagination.html", {"page": page}).strip() == ""


def test_the_links_keep_the_search_filters_and_sort():
    page = _page("?q=awa&structure=3&tri=recent&page=2")
    assert page.previous_href == "?q=awa&structure=3&tri=recent&page=1"
    assert page.next_href == "?q=awa&structure=3&tri=recent&page=3"
    assert all("q=awa&structure=3&tri=recent" in link[1] for link in page.links)


def test_the_links_name_the_pages_around_the_current_one_with_gaps():
    rows = list(range(1000))  # 20 pages
    page = page_get(RequestFactory().get("/?page=10"), rows)
    numbers = [link and link[0] for link in page.links]
    assert numbers == [1, None, 9, 10, 11, None, 20]


def test_the_partial_marks_the_current_page_for_screen_readers():
    html = render_to_string("includes/pagination.html", {"page": _page("?page=2")})
    assert '<nav class="pagination" aria-label="Pagination">' in html
    assert "Page précédente" in html and "Page suivante" in html
    assert html.count('aria-current="page"') == 1
    assert 'href="?page=2" aria-current="page"' in html
    assert '<span class="visually-hidden">Page </span>2' in html


def test_the_partial_names_the_list_when_a_page_holds_two():
    html = render_to_string(
        "includes/pagination.html", {"page": _page(), "label": "Ateliers passés"}
    )
    assert 'aria-label="Pagination : Ateliers passés"' in html


def test_the_first_page_has_no_previous_link_and_the_last_no_next():
    assert "Page précédente" not in render_to_string(
        "includes/pagination.html", {"page": _page()}
    )
    assert "Page suivante" not in render_to_string(
        "includes/pagination.html", {"page": _page("?page=4")}
    )


SORTS = {"nom": Sort("Nom", ("name", "pk")), "date": Sort("Date", ("-date", "pk"))}


@pytest.mark.parametrize(
    ("asked", "chosen"),
    [("?tri=date", "date"), ("?tri=name", "nom"), ("?tri=-pk", "nom"), ("", "nom")],
)
def test_an_unknown_sort_key_falls_back_to_the_default(asked, chosen):
    assert sort_get(RequestFactory().get("/" + asked), SORTS, default="nom") == chosen


def test_the_sort_field_cleans_an_unknown_key_to_the_default_without_error():
    field = SortField(SORTS)
    assert field.clean("date") == "date"
    assert field.clean("password") == ""
    assert field.clean(None) == ""
    assert [key for key, _label in field.choices] == ["nom", "date"]


def test_a_total_is_written_with_french_thousands():
    assert number_display(1234) == "1\u202f234"
    assert number_display(20006) == "20\u202f006"
    assert number_display(7) == "7"


# pks_page_get: the same page as page_get, its total read with the pks.


@pytest.fixture
def groups(db):
    from django.contrib.auth.models import Group

    Group.objects.bulk_create(Group(name=f"Groupe {n:03d}") for n in range(120))
    return Group.objects.filter(name__startswith="Groupe ").order_by("-name")


@pytest.mark.parametrize(
    "asked",
    [
        "",
        "?page=2",
        "?page=3",
        "?page=abc",
        "?page=1.5",
        "?page=0",
        "?page=00",
        "?page=+0",
        "?page=-3",
        "?page=4",
        "?page=99",
        "?page=99999999999999999999999",
    ],
)
def test_a_page_of_pks_is_page_gets_page(groups, asked):
    pks = groups.values_list("pk", flat=True)
    request = RequestFactory().get("/liste/" + asked)
    ours, theirs = pks_page_get(request, pks), page_get(request, pks)
    assert ours.number == theirs.number
    assert list(ours.object_list) == list(theirs.object_list)
    assert ours.paginator.count == theirs.paginator.count == 120
    assert ours.total_display == theirs.total_display
    assert ours.links == theirs.links
    assert (ours.previous_href, ours.next_href) == (
        theirs.previous_href,
        theirs.next_href,
    )


def test_a_page_of_pks_and_its_total_are_one_query(groups):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    pks = groups.values_list("pk", flat=True)
    with CaptureQueriesContext(connection) as queries:
        page = pks_page_get(RequestFactory().get("/liste/?page=2"), pks)
        assert page.paginator.count == 120 and page.paginator.num_pages == 3
    assert len(queries) == 1
    # Past the end: the count, then the last page.
    with CaptureQueriesContext(connection) as queries:
        assert pks_page_get(RequestFactory().get("/liste/?page=9"), pks).number == 3
    assert len(queries) == 3


def test_an_empty_list_of_pks_is_one_empty_page(db):
    from django.contrib.auth.models import Group

    page = pks_page_get(
        RequestFactory().get("/liste/"), Group.objects.none().values_list("pk")
    )
    assert page.number == 1 and list(page.object_list) == []
    assert page.paginator.count == 0 and page.links == []


def test_a_distinct_list_of_pks_counts_each_pk_once(groups):
    """A join that repeats rows, made DISTINCT: the total is the pks', as
    page_get counts them (the window would count the repeated rows)."""
    from django.contrib.auth.models import Permission

    for group in groups[:5]:
        group.permissions.add(*Permission.objects.all()[:3])
    pks = (
        groups.filter(permissions__isnull=False).distinct().values_list("pk", flat=True)
    )
    page = pks_page_get(RequestFactory().get("/liste/"), pks)
    assert page.paginator.count == 5
    assert sorted(page.object_list) == sorted(g.pk for g in groups[:5])
