"""Signals other apps listen to; quizzes never imports the apps above it."""

from django.dispatch import Signal

# Sent when an attempt ends passed (attempt).
attempt_passed = Signal()
