"""Signals other apps listen to; courses never imports the apps above it."""

from django.dispatch import Signal

# Sent once when a learner completes every lesson of a course (user, course).
course_completed = Signal()
