"""Values kept in the cache, read through: per item (a person, a learner),
forgotten by their owner's writes; and a network's figures, kept a while.

`kept_many` keeps each value as (mark, value or None): `mark` says what it was computed
with (a time zone and a list of sources, a generation of the course tree); a
value kept under another mark is read again. None is kept too, so that an
item with nothing to show costs no query either. Forgetting is the owner's:
its writes delete the items' keys (issue 13).

Per-item values are kept only in a memory cache (Redis, or the local memory
of tests and development): the database cache, the default without
REDIS_URL, writes one row per key, a hundred queries for a page of people;
there every value is read each time, as before. `kept_a_while` keeps one
value under one key, for `seconds`, on any cache: nothing forgets it before
then, and the pages that show it say when it was computed."""

import datetime
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.utils.functional import Promise

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def kept_many(
    keys: dict[K, str],
    *,
    mark: Hashable,
    read: Callable[[list[K]], dict[K, V]],
    timeout: int,
) -> dict[K, V]:
    """The values of these items by item (those without one left out): from
    the cache in one round trip, the others from `read` (called once, with
    the items missing) and kept for `timeout` seconds."""
    if isinstance(caches["default"], DatabaseCache):
        return read(list(keys))
    found = cache.get_many(list(keys.values()))
    values: dict[K, V] = {}
    missing = []
    for item, key in keys.items():
        kept = found.get(key)
        if kept is not None and kept[0] == mark:
            if kept[1] is not None:
                values[item] = kept[1]
        else:
            missing.append(item)
    if missing:
        fresh = read(missing)
        values |= fresh
        cache.set_many(
            {keys[item]: (mark, fresh.get(item)) for item in missing}, timeout
        )
    return values


# How long figures over a whole network (the network dashboard, the
# coordinator's indicators) are kept: a coordinator sorting, paging or
# searching within this time, and the other coordinators, read them once
# (issue 13). The pages say when they were computed.
NETWORK_FIGURES_SECONDS = 120


def kept_a_while(
    key: str,
    *,
    read: Callable[[], V],
    now: datetime.datetime,
    seconds: int = NETWORK_FIGURES_SECONDS,
) -> tuple[V, datetime.datetime]:
    """The value kept under `key` and when it was computed; else `read()`,
    kept `seconds` from `now`, its lazy translations as plain text. One value:
    any cache will do, the database's too (one query instead of the
    figures')."""
    kept = cache.get(key)
    if kept is None:
        kept = (now, plain(read()))
        cache.set(key, kept, seconds)
    computed_at, value = kept
    return value, computed_at


def plain(value):
    """The value with its lazy translations (choice labels) made text, in
    dicts, lists and tuples: a lazy string is pickled with its function and
    comes back as a new proxy, 7 ms to read the indicators' 40 labels where
    plain text takes 0.03 (issue 13)."""
    if isinstance(value, Promise):
        return str(value)
    if isinstance(value, dict):
        return {key: plain(each) for key, each in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(plain(each) for each in value)
    return value


def kept_context(computed_at: datetime.datetime) -> dict:
    """What includes/computed_at.html says: « Chiffres calculés à HH:MM,
    mis à jour toutes les 2 minutes au plus »."""
    return {
        "kept": {
            "computed_at": computed_at,
            "minutes": NETWORK_FIGURES_SECONDS // 60,
        }
    }
