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
