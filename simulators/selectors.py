"""Reads of the simulators: find a simulator in a lesson, and where learners
stand in it. Nothing here writes."""

from collections.abc import Iterable
from dataclasses import dataclass

from wagtail.models import Page

from simulators.models import SimulatorProgress

BLOCK_TYPE = "simulator"


@dataclass(frozen=True)
class SimulatorStatus:
    """Where one learner stands in one simulator."""

    screens_done: int
    completed: bool  # every screen was right at least once


@dataclass(frozen=True)
class SimulatorFound:
    """A simulator of a live lesson: the lesson page and the block's value."""

    lesson: Page
    block_id: str
    value: object  # the SimulatorBlock's StructValue

    @property
    def screens(self) -> list:
        return list(self.value["screens"])

    @property
    def title(self) -> str:
        return self.value["title"]


def simulator_blocks_in_body(raw_data: Iterable[dict]) -> list[tuple[str, str, int]]:
    """The simulators a lesson's raw body holds: (block id, title, screens),
    read from the stored JSON without building blocks (no query)."""
    found = []
    for item in raw_data or []:
        if item.get("type") != BLOCK_TYPE or not item.get("id"):
            continue
        value = item.get("value") or {}
        found.append(
            (str(item["id"]), value.get("title", ""), len(value.get("screens") or []))
        )
    return found


def simulator_get(*, lesson_id: int, block_id: str) -> SimulatorFound | None:
    """The simulator with this block id in the live lesson, or None (2 queries)."""
    page = Page.objects.live().filter(pk=lesson_id).specific().first()
    body = getattr(page, "body", None)
    if body is None:
        return None
    for block in body:
        if block.block_type == BLOCK_TYPE and str(block.id) == str(block_id):
            return SimulatorFound(
                lesson=page, block_id=str(block.id), value=block.value
            )
    return None


def simulator_progress_get(
    *, user, lesson_id: int, block_id: str
) -> SimulatorProgress | None:
    """The learner's progress in one simulator, or None (1 query; none when
    signed out)."""
    if not user.is_authenticated:
        return None
    return SimulatorProgress.objects.filter(
        user=user, lesson_id=lesson_id, block_id=block_id
    ).first()


def simulator_statuses_get(*, user) -> dict[tuple[int, str], SimulatorStatus]:
    """Every simulator the learner has started, by (lesson id, block id)
    (1 query)."""
    return {
        (lesson_id, block_id): SimulatorStatus(
            screens_done=done, completed=completed_at is not None
        )
        for lesson_id, block_id, done, completed_at in SimulatorProgress.objects.filter(
            user=user
        ).values_list("lesson_id", "block_id", "screens_done", "completed_at")
    }


def simulators_unfinished(
    *, user, lesson_id: int, body_raw: Iterable[dict]
) -> list[str]:
    """The titles of the lesson's simulators the learner has not completed yet
    (1 query; none when the lesson holds no simulator)."""
    blocks = simulator_blocks_in_body(body_raw)
    if not blocks:
        return []
    completed = set(
        SimulatorProgress.objects.filter(
            user=user,
            lesson_id=lesson_id,
            block_id__in=[block_id for block_id, _t, _n in blocks],
            completed_at__isnull=False,
        ).values_list("block_id", flat=True)
    )
    return [title for block_id, title, _n in blocks if block_id not in completed]


def simulator_statuses_for_users(
    *, lesson_id: int, user_ids: Iterable[int]
) -> dict[tuple[int, str], SimulatorStatus]:
    """Where each of these people stands in the lesson's simulators, by
    (user id, block id): one query whatever their number."""
    return {
        (user_id, block_id): SimulatorStatus(
            screens_done=done, completed=completed_at is not None
        )
        for user_id, block_id, done, completed_at in SimulatorProgress.objects.filter(
            lesson_id=lesson_id, user_id__in=list(user_ids)
        ).values_list("user_id", "block_id", "screens_done", "completed_at")
    }
