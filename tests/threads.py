"""Calls run at the same moment, for the race tests on PostgreSQL."""

import threading

from django.core.exceptions import ValidationError
from django.db import connections


def at_once(calls) -> list[str]:
    """Run the calls in threads released together; return each outcome:
    « saved », a refusal's messages, or any other error's repr."""
    barrier = threading.Barrier(len(calls))
    outcomes = []

    def run(call):
        try:
            barrier.wait()
            call()
            outcomes.append("saved")
        except ValidationError as error:
            outcomes.append(" ".join(error.messages))
        except Exception as error:
            outcomes.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes
