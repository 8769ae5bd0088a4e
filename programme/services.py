"""Writes of the programme app (filled in below)."""


def milestones_auto_update(**kwargs) -> int:
    return 0
