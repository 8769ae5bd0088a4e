"""How a lesson splits into steps: the one owner of the rule.

Every step of a « Étapes guidées » block is one step; the other blocks between
them are grouped into one step each (an introduction, a closing exercise), so a
lesson without guided steps is a single step. The lesson player (one screen per
step) and guided mode (a room moving through the lesson) both cut lessons here.
"""

from dataclasses import dataclass
from functools import cached_property

from django.core.cache import cache

STEP_TITLES_TIMEOUT = 24 * 3600
# Where a move to another step lands: the step counter (« Étape 3 sur 7 »),
# above the step's content. On a phone the site's menu, the breadcrumb and the
# lesson's title fill the first screen; a learner who pressed « Suivant » sees
# the new step at once, and the keyboard goes on from there, not from the top
# of the page. The id of the counter in courses/lesson_step_page.html.
STEP_ANCHOR = "etape-compteur"


@dataclass(frozen=True)
class LessonStep:
    number: int  # from 1
    title: str
    blocks: tuple = ()  # stream blocks shown as they are in the lesson
    step: object = None  # or one step of a guided-steps block
    step_in_group: int = 0
    group_size: int = 0

    @property
    def shown_blocks(self) -> tuple:
        """The blocks to show under the step's title: a heading that opens the
        group is the title already."""
        if self.blocks and self.blocks[0].block_type == "heading":
            return self.blocks[1:]
        return self.blocks


def lesson_steps(lesson) -> list[LessonStep]:
    """The lesson cut into its steps (reads the lesson's body: 1 query when it
    was deferred, none otherwise). Never empty for a lesson."""
    if lesson is None:
        return []
    steps: list[LessonStep] = []
    pending: list = []

    def flush() -> None:
        if not pending:
            return
        first = pending[0]
        title = first.value["text"] if first.block_type == "heading" else lesson.title
        steps.append(
            LessonStep(number=len(steps) + 1, title=title, blocks=tuple(pending))
        )
        pending.clear()

    for block in lesson.body:
        if block.block_type != "guided_steps":
            pending.append(block)
            continue
        while pending and pending[-1].block_type == "heading":
            # A heading that announces the guided steps: their own title says
            # it, and it would end the step before them with a dangling title.
            pending.pop()
        flush()
        group = list(block.value["steps"])
        for index, step in enumerate(group, start=1):
            steps.append(
                LessonStep(
                    number=len(steps) + 1,
                    title=block.value["title"],
                    step=step,
                    step_in_group=index,
                    group_size=len(group),
                )
            )
    flush()
    return steps or [LessonStep(number=1, title=lesson.title)]


def _titles_key(lesson) -> str:
    return f"relais:step-titles:{lesson.pk}:{lesson.live_revision_id}"


def lesson_step_titles_get(lesson) -> list[str]:
    """The titles of the lesson's steps, in order: from the cache for a
    published revision (0 queries; the body is not read), else from the body.
    A published revision never changes, so the entry needs no forgetting."""
    if lesson.live_revision_id is None or not lesson.pk:
        return [step.title for step in lesson_steps(lesson)]
    key = _titles_key(lesson)
    titles = cache.get(key)
    if titles is None:
        titles = [step.title for step in lesson_steps(lesson)]
        cache.set(key, titles, STEP_TITLES_TIMEOUT)
    return titles


@dataclass
class StepScreen:
    """One screen of the lesson player: where the step stands and, read only
    when shown, what it holds."""

    lesson: object
    number: int
    titles: list[str]
    base_url: str

    @property
    def total(self) -> int:
        return len(self.titles)

    @property
    def title(self) -> str:
        return self.titles[self.number - 1]

    @property
    def percent(self) -> int:
        return round(100 * self.number / self.total)

    @property
    def previous(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.number < self.total else None

    @property
    def is_last(self) -> bool:
        return self.number == self.total

    def url(self, number: int) -> str:
        return self.base_url + self.lesson.reverse_subpage(
            "lesson_step", kwargs={"number": number}
        )

    def moved_url(self, number: int) -> str:
        """Step `number` as a move from this one reaches it (STEP_ANCHOR)."""
        return f"{self.url(number)}#{STEP_ANCHOR}"

    @property
    def previous_url(self) -> str | None:
        return self.moved_url(self.previous) if self.previous else None

    @property
    def next_url(self) -> str | None:
        return self.moved_url(self.next) if self.next else None

    @cached_property
    def step(self) -> LessonStep:
        # Read from the body only here: a kept rendering of the step's content
        # (a template fragment) never asks.
        return lesson_steps(self.lesson)[self.number - 1]


def lesson_step_screen_get(*, lesson, number: int, request=None) -> StepScreen | None:
    """Step `number` of the lesson, or None if it has no such step (0 queries
    for a published lesson whose step titles are cached)."""
    titles = lesson_step_titles_get(lesson)
    if not 1 <= number <= len(titles):
        return None
    return StepScreen(
        lesson=lesson, number=number, titles=titles, base_url=lesson.get_url(request)
    )
