"""Concurrent writers on the default SQLite set-up wait for each other.

`make run` serves the site and the django-q2 cluster from one SQLite file. A
transaction that reads then writes (a guided-mode move, a PIN attempt) failed
with « database is locked » when another one wrote at the same moment. The
project's SQLite options (settings.SQLITE_OPTIONS) start each transaction
IMMEDIATE with a busy timeout: writers queue instead of failing. The test runs
on a real SQLite file with those options, whatever database the suite uses.
"""

import threading

import pytest
from django.conf import settings
from django.db import connections, transaction

ALIAS = "concurrency"
WRITERS = 8
INCREMENTS = 15


@pytest.fixture
def sqlite_file_alias(tmp_path, django_db_blocker):
    sqlite_file = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(tmp_path / "concurrency.sqlite3"),
        "OPTIONS": dict(settings.SQLITE_OPTIONS),
    }
    configured = connections.configure_settings({"default": {}, ALIAS: sqlite_file})
    connections.settings[ALIAS] = configured[ALIAS]
    with django_db_blocker.unblock():
        with connections[ALIAS].cursor() as cursor:
            cursor.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER)")
            cursor.execute("INSERT INTO counter (id, n) VALUES (1, 0)")
        yield ALIAS
        connections[ALIAS].close()
    del connections[ALIAS]
    del connections.settings[ALIAS]


def test_parallel_read_then_write_transactions_wait_instead_of_failing(
    sqlite_file_alias,
):
    errors: list[Exception] = []
    start = threading.Barrier(WRITERS)

    def writer() -> None:
        connection = connections[sqlite_file_alias]
        try:
            start.wait()
            for _ in range(INCREMENTS):
                # Read, then write from what was read: the pattern of every
                # service that locks a row before changing it.
                with (
                    transaction.atomic(using=sqlite_file_alias),
                    connection.cursor() as cursor,
                ):
                    cursor.execute("SELECT n FROM counter WHERE id = 1")
                    (n,) = cursor.fetchone()
                    cursor.execute("UPDATE counter SET n = %s WHERE id = 1", [n + 1])
        except Exception as error:  # every failure is the finding
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer) for _ in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    with connections[sqlite_file_alias].cursor() as cursor:
        cursor.execute("SELECT n FROM counter WHERE id = 1")
        # No write lost either: each transaction saw the one before it.
        assert cursor.fetchone() == (WRITERS * INCREMENTS,)


def test_the_sqlite_file_is_in_wal_mode(sqlite_file_alias):
    with connections[sqlite_file_alias].cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone() == ("wal",)
