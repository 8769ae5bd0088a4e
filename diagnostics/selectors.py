"""Reads: current levels, history, recommendations; a fixed number of queries."""

from dataclasses import dataclass

from django.db.models import Q

from courses.models import Audience, CoursePage
from diagnostics.models import (
    Diagnostic,
    DiagnosticItem,
    DiagnosticRun,
    ItemKind,
    ItemResponse,
    LevelRecord,
)
from diagnostics.scoring import area_level_rank
from diagnostics.wording import known_sentence, next_sentence, skill_about
from people.selectors import learners_followed_by
from skills.models import CompetenceArea, Level


@dataclass
class AreaStanding:
    area: CompetenceArea
    current: LevelRecord | None
    first: LevelRecord | None
    history: list[LevelRecord]
    next_level: Level | None
    courses: list[CoursePage]
    # Filled from a diagnostic's items (run_standing_get), so that a result
    # says what the levels mean in this area, not the scale's generic words.
    known_item: DiagnosticItem | None = None
    next_item: DiagnosticItem | None = None
    # Those items said as whole sentences (diagnostics.wording).
    known_sentence: str = ""
    next_sentence: str = ""

    @property
    def gain(self) -> int | None:
        if self.current is None or self.first is None:
            return None
        return self.current.level.rank - self.first.level.rank


def learner_standing_get(
    *, user, audience: str = Audience.BENEFICIARY
) -> list[AreaStanding]:
    """Per area: current level, first and full history, next level and the
    courses that aim at it (4 queries, whatever the length of the history)."""
    areas = list(CompetenceArea.objects.all())
    levels = list(Level.objects.all())
    by_rank = {level.rank: level for level in levels}
    # `origin` reads the course's title; who recorded a level is shown
    # nowhere from here.
    records = list(
        LevelRecord.objects.filter(learner=user)
        .select_related("level", "course")
        .order_by("recorded_at", "pk")
    )
    history: dict[int, list[LevelRecord]] = {}
    for record in records:
        history.setdefault(record.area_id, []).append(record)
    next_levels = {}
    for area in areas:
        area_history = history.get(area.pk, [])
        current_rank = area_history[-1].level.rank if area_history else None
        next_levels[area.pk] = (
            by_rank.get(current_rank + 1) if current_rank is not None else None
        )
    wanted = {(a, lv.pk) for a, lv in next_levels.items() if lv is not None}
    courses: dict[tuple[int, int], list[CoursePage]] = {}
    if wanted:
        # Exactly the (area, next level) pairs: the areas × levels product
        # loaded a network's 40 courses to keep 3, whole Wagtail pages each.
        pairs = Q()
        for area_id, level_id in sorted(wanted):
            pairs |= Q(competence_area_id=area_id, target_level_id=level_id)
        for course in (
            CoursePage.objects.live().filter(pairs, audience=audience).order_by("path")
        ):
            key = (course.competence_area_id, course.target_level_id)
            courses.setdefault(key, []).append(course)
    standings = []
    for area in areas:
        area_history = history.get(area.pk, [])
        next_level = next_levels[area.pk]
        standings.append(
            AreaStanding(
                area=area,
                current=area_history[-1] if area_history else None,
                first=area_history[0] if area_history else None,
                history=area_history,
                next_level=next_level,
                courses=courses.get((area.pk, next_level.pk), []) if next_level else [],
            )
        )
    return standings


def _typical(items: list[DiagnosticItem]) -> DiagnosticItem | None:
    # A task says what a person can do; a question is only an example of it.
    tasks = [item for item in items if item.kind == ItemKind.TASK]
    return (tasks or items or [None])[0]


def run_standing_get(
    *, run: DiagnosticRun, name: str | None = None
) -> list[AreaStanding]:
    """The learner's standing in the run's measured areas, each with the item
    that shows what they know there (the last one passed, up to the current
    level) and an item of the next level, said as sentences to the learner, or
    about them by `name` for a professional (6 queries)."""
    standing = [
        s
        for s in learner_standing_get(
            user=run.learner, audience=run.diagnostic.audience
        )
        if s.current is not None
    ]
    items = list(
        DiagnosticItem.objects.filter(diagnostic=run.diagnostic)
        .select_related("level", "question")
        .order_by("level__rank", "sort_order")
    )
    passed = set(run.responses.filter(passed=True).values_list("item_id", flat=True))
    for s in standing:
        rank = s.current.level.rank
        area_items = [item for item in items if item.area_id == s.area.pk]
        known = [
            item for item in area_items if item.pk in passed and item.level.rank <= rank
        ]
        if known:
            # The last item passed, or the last task of its level.
            top = known[-1].level.rank
            candidates = [i for i in known if i.level.rank == top][::-1]
        else:
            # Nothing passed up to this level (one the professional raised):
            # the level's own items say what it means in this area.
            candidates = [i for i in area_items if i.level.rank == rank]
        s.known_item = _typical(candidates)
        s.known_sentence = known_sentence(s.known_item, name=name)
        if name is not None and not skill_about(s.known_item):
            # « Je sais partager mon écran » cannot be said about someone else:
            # another item of the level can.
            for item in candidates:
                if skill_about(item):
                    s.known_item = item
                    s.known_sentence = known_sentence(item, name=name)
                    break
        if s.next_level is not None:
            s.next_item = _typical(
                [i for i in area_items if i.level.rank == s.next_level.rank]
            )
        s.next_sentence = next_sentence(
            s.next_level, s.next_item, for_learner=name is None
        )
    return standing


def run_area_levels(*, run: DiagnosticRun) -> dict[int, int | None]:
    """The computed level rank per area id of a run (areas without items: None)."""
    responses = ItemResponse.objects.filter(run=run).values_list(
        "item__area_id", "item__level__rank", "passed"
    )
    by_area: dict[int, list] = {}
    for area_id, rank, passed in responses:
        by_area.setdefault(area_id, []).append((rank, passed))
    area_ids = set(
        DiagnosticItem.objects.filter(diagnostic=run.diagnostic).values_list(
            "area_id", flat=True
        )
    )
    return {area_id: area_level_rank(by_area.get(area_id, [])) for area_id in area_ids}


def run_found_levels_get(
    *, run: DiagnosticRun
) -> list[tuple[CompetenceArea, Level | None]]:
    """The level found in each area of a run, in area order (4 queries)."""
    computed = run_area_levels(run=run)
    levels = {level.rank: level for level in Level.objects.all()}
    areas = CompetenceArea.objects.filter(pk__in=computed).order_by("number")
    return [(area, levels.get(computed[area.pk])) for area in areas]


@dataclass
class AreaItems:
    area: CompetenceArea
    items: list[DiagnosticItem]
    done: bool


def run_areas_get(*, run: DiagnosticRun) -> list[AreaItems]:
    """The run's areas with their items in level order and whether each is done."""
    items = list(
        DiagnosticItem.objects.filter(diagnostic=run.diagnostic)
        .select_related("area", "level", "question", "picture")
        .prefetch_related("question__choices", "picture__renditions")
        .order_by("area__number", "level__rank", "sort_order")
    )
    done_areas = set(run.responses.values_list("item__area_id", flat=True))
    grouped: dict[int, AreaItems] = {}
    for item in items:
        entry = grouped.setdefault(
            item.area_id,
            AreaItems(area=item.area, items=[], done=item.area_id in done_areas),
        )
        entry.items.append(item)
    return list(grouped.values())


def diagnostics_for(*, audience: str):
    return Diagnostic.objects.filter(draft=False, audience=audience).order_by("title")


def pending_proposals_get(*, learner) -> list:
    """Level proposals from finished courses, waiting for a professional."""
    from diagnostics.models import LevelProposal, ProposalStatus

    return list(
        LevelProposal.objects.filter(learner=learner, status=ProposalStatus.PENDING)
        .select_related("area", "level", "course")
        .order_by("created_at")
    )


def may_conduct(by, learner) -> bool:
    """Whether `by` follows `learner` and so may run a diagnostic with them or
    decide on their levels (one query)."""
    return learners_followed_by(by).filter(pk=learner.pk).exists()
