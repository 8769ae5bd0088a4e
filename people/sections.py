"""Sections that upper apps add to a beneficiary's page (progress, results).

`people` sits at the bottom of the layers and cannot import them; courses and
quizzes register a section in their AppConfig.ready().
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    template: str
    context: dict


SectionMaker = Callable[..., Section | None]
_makers: list[SectionMaker] = []


def register_beneficiary_section(maker: SectionMaker) -> SectionMaker:
    """Register maker(*, request, profile) -> Section | None (idempotent)."""
    if maker not in _makers:
        _makers.append(maker)
    return maker


def beneficiary_sections_get(*, request, profile) -> list[Section]:
    """The registered sections for this beneficiary, in registration order."""
    sections = (maker(request=request, profile=profile) for maker in _makers)
    return [section for section in sections if section is not None]


# --- Columns of the beneficiaries list (issue 15) --------------------------
# Upper apps add a column (progress, levels to validate) the same way; each
# maker reads the whole page of profiles at once, in a constant number of
# queries, so the list costs the same whatever its length.


@dataclass(frozen=True)
class Cell:
    text: str
    strong: bool = False  # something waiting for the professional


@dataclass(frozen=True)
class Column:
    header: str
    # maker(*, profiles) -> {profile pk: Cell}; a missing pk shows `empty`.
    maker: Callable[..., dict[int, Cell]]
    empty: str = ""


_columns: list[Column] = []


def register_beneficiary_column(column: Column) -> Column:
    """Add a column to the beneficiaries list (idempotent, by header)."""
    if all(existing.header != column.header for existing in _columns):
        _columns.append(column)
    return column


def beneficiary_columns_get(*, profiles: list) -> tuple[list[str], list[list[Cell]]]:
    """The registered columns' headers, and one row of cells per profile, in
    the order of `profiles` (each maker's queries, once for the whole page)."""
    headers = [str(column.header) for column in _columns]
    values = [column.maker(profiles=profiles) for column in _columns]
    rows = [
        [
            found.get(profile.pk) or Cell(str(column.empty))
            for column, found in zip(_columns, values, strict=True)
        ]
        for profile in profiles
    ]
    return headers, rows
