"""The `<id:…>` path converter: a database id, refused (404) past the largest
value an integer column holds, so an address with a huge number never reaches the
database (SQLite raised OverflowError, PostgreSQL « integer out of range »).

Importing this module registers it; every urls module using `<id:…>` imports it.
"""

from collections.abc import Callable

from django.urls import register_converter, reverse

# The largest id of an `integer` column (PostgreSQL); SQLite's are wider.
ID_MAX = 2**31 - 1


class IdConverter:
    regex = "[0-9]{1,10}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > ID_MAX:
            raise ValueError(value)  # Django answers 404
        return number

    def to_url(self, value: int) -> str:
        return str(int(value))


def id_param(value: str | None) -> int | None:
    """An id typed in a form or a query string (`ajouter=12`), or None for
    anything else: not ASCII digits (« ² »), empty, or past ID_MAX."""
    if not value or not value.isascii() or not value.isdigit() or len(value) > 10:
        return None
    number = int(value)
    return number if 0 < number <= ID_MAX else None


register_converter(IdConverter, "id")


def id_url_maker(viewname: str, *, kwarg: str | None = None) -> Callable[[int], str]:
    """A function giving `viewname`'s address for an id, reversed once with
    ID_MAX in the id's place (an id no address holds otherwise): a list's rows
    take their links from one reverse() a page, not a `{% url %}` a row (issue 13)."""
    marker = str(ID_MAX)
    if kwarg is None:
        url = reverse(viewname, args=[ID_MAX])
    else:
        url = reverse(viewname, kwargs={kwarg: ID_MAX})
    head, tail = url.split(marker, 1)
    return lambda pk: f"{head}{int(pk)}{tail}"
