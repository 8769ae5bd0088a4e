"""One page of a list a person browses, and its sort order.

Every list page calls `page_get` (and `sort_get` when the list can be sorted) and
includes `includes/pagination.html`; its links keep the search, filters and
sort. A list is never rendered
whole: its HTML stays small and its query count flat whatever the data.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django import forms
from django.core.paginator import Page, Paginator
from django.db.models import Count, QuerySet, Window
from django.utils.translation import gettext_lazy as _

from lms.select_widget import QuickSelect

PER_PAGE = 50
PAGE_PARAM = "page"
SORT_PARAM = "tri"


@dataclass(frozen=True)
class Sort:
    """A sort a person may choose: its label and the `order_by` fields it uses
    (the last one unique, so pages never overlap)."""

    label: str
    fields: tuple[str, ...]


def number_display(value: int) -> str:
    """A count in French typography: « 1 234 » (narrow no-break space)."""
    return f"{value:,}".replace(",", "\u202f")


def sort_get(request, sorts: dict[str, Sort], default: str) -> str:
    """The chosen sort key from `?tri=`, or `default` for a missing or unknown
    key: user input never reaches `order_by` itself."""
    key = request.GET.get(SORT_PARAM, "")
    return key if key in sorts else default


class SortField(forms.ChoiceField):
    """The « Trier par » menu of a list's search form. An unknown key is not an
    error (the search and filters still apply): it cleans to "", the default."""

    widget = QuickSelect

    def __init__(self, sorts: dict[str, Sort], **kwargs):
        kwargs.setdefault("label", _("Trier par"))
        choices = [(key, sort.label) for key, sort in sorts.items()]
        super().__init__(choices=choices, required=False, **kwargs)

    def clean(self, value):
        value = super().to_python(value)
        return value if self.valid_value(value) else ""


def sort_links(request, keys: Iterable[str]) -> dict[str, str]:
    """Each sort's address (a column heading's link), keeping the search and
    filters and going back to the first page."""
    links = {}
    for key in keys:
        query = request.GET.copy()
        query[SORT_PARAM] = key
        query.pop(PAGE_PARAM, None)
        links[key] = "?" + query.urlencode()
    return links


def rows_sorted(rows: Iterable, fields: tuple[str, ...], *, missing) -> list:
    """Rows computed in Python (not a queryset) in the order of `fields`
    (attribute names, « -name » descending; whitelisted by the caller); a value
    of None sorts as `missing`, text without case."""

    def value(row, name):
        found = getattr(row, name)
        if found is None:
            return missing
        return found.casefold() if isinstance(found, str) else found

    ordered = list(rows)
    for name in reversed(fields):
        descending = name.startswith("-")
        name = name.removeprefix("-")
        ordered.sort(key=lambda row, n=name: value(row, n), reverse=descending)
    return ordered


def _href(request, param: str, number: int) -> str:
    """This page's address for page `number`, keeping every other parameter
    (search, filters, sort, another list's page)."""
    query = request.GET.copy()
    query[param] = str(number)
    return "?" + query.urlencode()


def page_get(
    request,
    items: QuerySet | list,
    *,
    per_page: int = PER_PAGE,
    param: str = PAGE_PARAM,
) -> Page:
    """The page `?<param>=` asks for: a non-number or a number below 1 shows the
    first page, a number past the end the last, never an error. Two queries on a
    queryset (the count and the rows), whatever the list's length. Adds what
    includes/pagination.html shows: `total_display` (the total in French
    typography), `links` (page numbers around the current one, None for a gap)
    and `previous_href` / `next_href`."""
    paginator = Paginator(items, per_page)
    return _links_add(request, paginator.get_page(_asked(request, param)), param)


def pks_page_get(
    request,
    pks: QuerySet,
    *,
    per_page: int = PER_PAGE,
    param: str = PAGE_PARAM,
) -> Page:
    """`page_get` for a narrow queryset of pks (`values_list("pk",
    flat=True)`, its filters and order set), in one query: the total comes
    with the page's pks (`COUNT(*) OVER ()`) instead of a second pass over the
    same joins and filters (the marking queue's search: two passes over its
    1,315 pending answers, issue 13). A page past the end costs two more
    (the count, then the last page). A DISTINCT queryset is paged by
    `page_get`: the window would count its rows before DISTINCT."""
    if pks.query.distinct:
        return page_get(request, pks, per_page=per_page, param=param)
    paginator = Paginator(pks, per_page)
    number = _asked(request, param)
    rows = _pks_with_total(pks, number, per_page)
    if rows:
        paginator.count = rows[0][1]
    else:
        if number == 1:
            paginator.count = 0
        else:  # past the end: the last page, as page_get shows it
            number = paginator.num_pages
            rows = _pks_with_total(pks, number, per_page)
    page = Page([pk for pk, _total in rows], number, paginator)
    return _links_add(request, page, param)


def _pks_with_total(pks: QuerySet, number: int, per_page: int) -> list[tuple]:
    start = (number - 1) * per_page
    # A number too large for any page: as past the end.
    if start > 2**62:
        return []
    counted = pks.annotate(_list_total=Window(Count("*")))
    return list(counted.values_list("pk", "_list_total")[start : start + per_page])


def _asked(request, param: str) -> int:
    """The page number asked for; 1 for a non-number or a number below 1 (the
    first page, not the last)."""
    try:
        return max(1, int(request.GET.get(param, "").strip()))
    except ValueError:
        return 1


def _links_add(request, page: Page, param: str) -> Page:
    paginator = page.paginator
    page.total_display = number_display(paginator.count)
    page.links = []
    if paginator.num_pages > 1:
        for number in paginator.get_elided_page_range(
            page.number, on_each_side=1, on_ends=1
        ):
            page.links.append(
                None
                if number == Paginator.ELLIPSIS
                else (number, _href(request, param, number))
            )
    page.previous_href = (
        _href(request, param, page.number - 1) if page.has_previous() else ""
    )
    page.next_href = _href(request, param, page.number + 1) if page.has_next() else ""
    return page
