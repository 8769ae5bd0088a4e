"""What shows a person used the courses, declared to people.activity (retention)."""

from courses.models import Enrollment, LessonCompletion, LessonPosition
from people.activity import register_activity

register_activity(Enrollment, user_path="user", date_field="enrolled_at")
register_activity(LessonCompletion, user_path="user", date_field="completed_at")
register_activity(LessonPosition, user_path="user", date_field="updated_at")
