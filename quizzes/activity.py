"""What shows a person used the quizzes, declared to people.activity (retention)."""

from people.activity import register_activity
from quizzes.models import Attempt

register_activity(Attempt, user_path="user", date_field="started_at")
register_activity(Attempt, user_path="user", date_field="finished_at")
