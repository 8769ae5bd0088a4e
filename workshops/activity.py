"""What shows a person takes part in workshops or accompaniments, declared to
people.activity (retention): a session they are enrolled in (even a coming one),
their last moment in guided mode, an accompaniment meeting."""

from people.activity import register_activity
from workshops.models import Accompaniment, Participation

register_activity(
    Participation, user_path="beneficiary__user", date_field="session__date"
)
register_activity(
    Participation, user_path="beneficiary__user", date_field="last_seen_at"
)
register_activity(Accompaniment, user_path="beneficiary__user", date_field="date")
