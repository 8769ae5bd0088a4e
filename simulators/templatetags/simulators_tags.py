"""The state of a simulator block inside a lesson, from what the page already
read (no query): the lesson's navigation carries the learner's statuses."""

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag(takes_context=True)
def simulator_state(context) -> dict:
    """Where the learner stands in the simulator being rendered. The block's id
    comes from the stream loop (`{% for block in page.body %}`); without it
    (an editor's preview) there is no link."""
    block = context.get("block")
    block_id = str(getattr(block, "id", "") or "")
    page = context.get("page") or context.get("lesson")
    lesson_id = getattr(page, "pk", None)
    value = context.get("value") or {}
    total = len(value.get("screens") or [])
    state = {"anchor": block_id or "apercu", "total": total, "url": None}
    if not block_id or not lesson_id:
        return state
    nav = context.get("nav")
    status = getattr(nav, "simulators", {}).get(block_id) if nav else None
    done = status.screens_done if status else 0
    state.update(
        # Outside a lesson page (guided mode) the learner's state is not read.
        known=nav is not None,
        url=reverse(
            "simulators:screen", kwargs={"lesson_id": lesson_id, "block_id": block_id}
        ),
        completed=bool(status and status.completed),
        started=done > 0,
        current=min(done + 1, total),
    )
    return state
