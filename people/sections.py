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
