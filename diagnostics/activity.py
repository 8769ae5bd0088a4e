"""What shows a person took a diagnostic, declared to people.activity (retention)."""

from diagnostics.models import DiagnosticRun
from people.activity import register_activity

register_activity(DiagnosticRun, user_path="learner", date_field="started_at")
