import pytest

from diagnostics.scoring import area_level_rank


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ([], None),  # no items in the area: not measured
        ([(1, True), (2, True), (3, True), (4, True)], 4),  # everything passed
        ([(1, False), (2, True), (3, True)], 0),  # first item failed: N0
        ([(1, True), (1, False), (2, True)], 0),  # one of two N1 items failed
        ([(1, True), (2, False), (3, True)], 1),  # a pass above a failure is ignored
        ([(1, True), (3, True)], 3),  # gap: N2 has no items, N1 and N3 passed
        ([(1, True), (3, False)], 1),  # gap: N2 unmeasured is not credited
        ([(2, True), (3, False)], 2),  # items may start above N1
        ([(3, True), (1, True), (2, True)], 3),  # order of the pairs does not matter
    ],
)
def test_area_level(results, expected):
    assert area_level_rank(results) == expected
