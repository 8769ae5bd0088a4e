from simulators.views.practice import (
    simulator_restart,
    simulator_screen,
    simulator_screen_check,
)

__all__ = ["simulator_restart", "simulator_screen", "simulator_screen_check"]
