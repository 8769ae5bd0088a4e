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

    width = max(WIDTH, LEFT + STEP * len(history))
    points = [
        {"x": LEFT + 8 + STEP * i, "y": y(record.level.rank)}
        for i, record in enumerate(history)
    ]
    return {
        "width": width,
        "height": HEIGHT,
        "points": points,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "ticks": [{"y": y(level.rank), "label": level.code} for level in levels],
    }
