"""lms.kept: values kept per item in the cache, read through for the items
missing or kept under another mark, None kept too."""

from lms.kept import kept_many


def test_only_the_missing_items_are_read_and_none_is_kept():
    calls = []

    def read(items):
        calls.append(sorted(items))
        return {item: item * 10 for item in items if item != 2}

    keys = {1: "t:1", 2: "t:2", 3: "t:3"}
    assert kept_many(keys, mark="a", read=read, timeout=60) == {1: 10, 3: 30}
    assert kept_many(keys | {4: "t:4"}, mark="a", read=read, timeout=60) == {
        1: 10,
        3: 30,
        4: 40,
    }
    assert calls == [[1, 2, 3], [4]]  # item 2's « nothing » was kept


def test_a_value_kept_under_another_mark_is_read_again():
    seen = []
    kept_many({1: "t:1"}, mark="a", read=lambda items: {1: "old"}, timeout=60)
    found = kept_many(
        {1: "t:1"},
        mark="b",
        read=lambda items: seen.append(items) or {1: "new"},
        timeout=60,
    )
    assert found == {1: "new"} and seen == [[1]]
    assert kept_many({1: "t:1"}, mark="b", read=lambda items: {}, timeout=60) == {
        1: "new"
    }


def test_the_database_cache_keeps_nothing_and_reads_every_time(db):
    from django.test import override_settings

    calls = []

    def read(items):
        calls.append(items)
        return {item: item for item in items}

    database = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "relais_cache_absent",  # never touched
        }
    }
    with override_settings(CACHES=database):
        for _ in range(2):
            assert kept_many({1: "t:1"}, mark="a", read=read, timeout=60) == {1: 1}
    assert calls == [[1], [1]]


def test_a_value_kept_a_while_is_read_once_then_again_when_it_expires(monkeypatch):
    import datetime
    import time

    from lms.kept import NETWORK_FIGURES_SECONDS, kept_a_while

    calls = []
    first_at = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    later_at = first_at + datetime.timedelta(minutes=1)

    def read():
        calls.append(1)
        return {"n": len(calls)}

    assert kept_a_while("t:w", read=read, now=first_at) == ({"n": 1}, first_at)
    # Within the while: the kept value, and when it was computed.
    assert kept_a_while("t:w", read=read, now=later_at) == ({"n": 1}, first_at)
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + NETWORK_FIGURES_SECONDS + 1)
    assert kept_a_while("t:w", read=read, now=later_at) == ({"n": 2}, later_at)


def test_lazy_translations_are_kept_as_plain_text():
    import datetime
    import pickle

    from django.core.cache import cache
    from django.utils.functional import Promise
    from django.utils.translation import gettext_lazy

    from lms.kept import kept_a_while

    now = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    value = {"themes": [{"label": gettext_lazy("Oui"), "n": 2}], "pair": ("a", 1)}
    kept_a_while("t:lazy", read=lambda: value, now=now)
    found, _at = kept_a_while("t:lazy", read=dict, now=now)
    assert found == {"themes": [{"label": "Oui", "n": 2}], "pair": ("a", 1)}
    label = found["themes"][0]["label"]
    assert type(label) is str and not isinstance(label, Promise)
    assert b"lazy" not in pickle.dumps(cache.get("t:lazy"))
