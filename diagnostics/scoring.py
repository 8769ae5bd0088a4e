"""The scoring rule of a diagnostic, for one competence area.

Items are tied to levels. The person's level in an area is the highest level
whose items — and the items of every level below it — are all passed. Only
levels that have items count: a level without items gives no evidence, so it
is never reached on its own. With no item passed the result is the lowest
level of the scale (N0). An area without items is not measured (None).
Items after the first failure are not asked, and count as not passed.
"""


def area_level_rank(
    results: list[tuple[int, bool]], *, lowest_rank: int = 0
) -> int | None:
    """The level rank reached from (level rank, passed) pairs of one area."""
    if not results:
        return None
    reached = lowest_rank
    for rank in sorted({rank for rank, _passed in results}):
        if all(passed for item_rank, passed in results if item_rank == rank):
            reached = rank
        else:
            break
    return reached
