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


def simulators_complete(client, lesson) -> None:
    """Go through every simulator of the lesson with its persona's data, screen
    by screen through the views, as the signed-in `client`."""
    for simulator in [b for b in lesson.body if b.block_type == "simulator"]:
        persona = persona_text(simulator.value)
        assert client.get(screen_url(lesson, simulator.id)).status_code == 200
        for number, screen in enumerate(simulator.value["screens"], start=1):
            data = {}
            for index, field in enumerate(screen["fields"]):
                typed, button = persona_answer(field, persona)
                if button == "press":
                    data["bouton"] = f"champ_{index}"
                elif button is None:
                    data[f"champ_{index}"] = typed
            response = client.post(check_url(lesson, simulator.id, number), data)
            assert response.status_code == 302, (lesson.slug, number, data)
