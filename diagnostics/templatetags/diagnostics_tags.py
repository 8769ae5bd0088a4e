"""Geometry of the server-rendered level chart (no logic beyond drawing)."""

from django import template

register = template.Library()

WIDTH, HEIGHT, LEFT, TOP, BOTTOM, STEP = 320, 150, 48, 12, 18, 56


@register.simple_tag
def level_chart(history, levels) -> dict:
    """Points of a level-over-time line: x by record order, y by level rank."""
    if not history:
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
