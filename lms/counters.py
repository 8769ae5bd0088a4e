"""Counter rows moved in step with what they count (one owner of the pattern).

`counter_add` is how every counter table (quiz statistics, dashboard day
counts) changes: one ``UPDATE ... SET n = n + d`` on the row, atomic on
PostgreSQL under concurrency, the row created on first use. Callers run it
inside the transaction that writes the counted row, so both move together.
"""

from django.db.models import F, Model


def counter_add(model: type[Model], keys: dict, deltas: dict) -> None:
    """Add `deltas` ({field: amount}) to the row of `model` found by `keys`."""
    deltas = {name: value for name, value in deltas.items() if value}
    if not deltas:
        return
    changes = {name: F(name) + value for name, value in deltas.items()}
    if model.objects.filter(**keys).update(**changes):
        return
    if min(deltas.values()) < 0:
        return  # nothing counted yet: nothing to take away
    model.objects.bulk_create([model(**keys)], ignore_conflicts=True)
    model.objects.filter(**keys).update(**changes)
