"""Geometry of the server-rendered level chart, and the wording filters
(diagnostics.wording says the words; these only pass them on; « of_name » is
built into every template by lms.templatetags.wording)."""

from django import template

from diagnostics import wording

register = template.Library()


@register.filter
def proposal_for_learner(proposal) -> str:
    return wording.proposal_for_learner(proposal)


@register.filter
def proposal_for_professional(proposal, name: str) -> str:
    return wording.proposal_for_professional(proposal, name=name)


WIDTH, HEIGHT, LEFT, TOP, BOTTOM, STEP = 320, 150, 48, 12, 18, 56


@register.simple_tag
def level_chart(history, levels) -> dict:
    """Points of a level-over-time line: x by record order, y by level rank.

    A line needs two points: with fewer, no chart (the page says it in words)."""
    if len(history) < 2:
        return {"points": []}
    top_rank = max(level.rank for level in levels) or 1
    plot_height = HEIGHT - TOP - BOTTOM

    def y(rank):
        return round(TOP + plot_height * (1 - rank / top_rank))

    # The drawing keeps its width: a long history brings the points closer
    # instead of widening the picture, whose labels would then shrink below
    # a readable size on a phone (it is scaled to the screen's width).
    step = min(STEP, (WIDTH - LEFT - 16) // (len(history) - 1))
    points = [
        {"x": LEFT + 8 + step * i, "y": y(record.level.rank)}
        for i, record in enumerate(history)
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "points": points,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "ticks": [{"y": y(level.rank), "label": level.code} for level in levels],
    }
