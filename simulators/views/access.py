"""Lookups shared by the simulator views: 404 for what is not there."""

from django.http import Http404

from simulators.selectors import SimulatorFound, simulator_get


def simulator_or_404(lesson_id: int, block_id: str) -> SimulatorFound:
    """The simulator of a live lesson, or 404."""
    simulator = simulator_get(lesson_id=lesson_id, block_id=block_id)
    if simulator is None:
        raise Http404
    return simulator
