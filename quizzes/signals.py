"""Signals other apps listen to; quizzes never imports the apps above it."""

from django.dispatch import Signal

# Sent when an attempt ends passed (attempt).
attempt_passed = Signal()

# Sent inside the grading transaction whenever an attempt starts or stops
# counting as passed (attempt, delta: +1 or -1), e.g. a marking that changes
# the result; counters above (dashboards) follow it.
attempt_passed_changed = Signal()
