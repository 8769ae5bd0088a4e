import re

from django.urls import reverse


def screen_url(lesson, block_id) -> str:
    return reverse(
        "simulators:screen", kwargs={"lesson_id": lesson.pk, "block_id": block_id}
    )


def check_url(lesson, block_id, screen: int) -> str:
    return reverse(
        "simulators:screen_check",
        kwargs={"lesson_id": lesson.pk, "block_id": block_id, "screen": screen},
    )


def restart_url(lesson, block_id) -> str:
    return reverse(
        "simulators:restart", kwargs={"lesson_id": lesson.pk, "block_id": block_id}
    )


def persona_answer(field, persona_text: str) -> tuple[str, str | None]:
    """What someone reading the persona card types (or presses)."""
    rule, expected = field["rule"], field["expected"]
    if rule in ("exact", "option"):
        # The card shows it, as it is or spaced out: the check is on the card.
        assert (
            re.sub(r"\W", "", expected.lower())
            in re.sub(r"\W", "", persona_text.lower())
            or rule == "option"
        ), expected
        return expected, None
    if rule == "date":
        day, month, year = expected.split("/")
        assert expected in persona_text
        return f"{year}-{month}-{day}", None
    if rule == "email":
        return re.search(r"[\w.]+@exemple\.fr", persona_text).group(0), None
    if rule == "password":
        return "Soleil2026", None
    if rule == "checked":
        return "on", None
    if rule == "filled":
        return "quelque chose", None
    return "", rule


def persona_text(value) -> str:
    persona = value["persona"]
    facts = " ".join(f"{f['label']} {f['value']}" for f in persona["facts"])
    return f"{persona['description']} {facts}"
