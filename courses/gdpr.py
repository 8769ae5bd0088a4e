"""What courses hold about a person, declared to people.gdpr (see CoursesConfig).

Each export reads the columns it writes out (`.only`): a whole page per row
costs more to build than to read (issue 13)."""

from courses.models import Enrollment, LessonCompletion, LessonPosition
from people.gdpr import register_personal_data


def enrollments_export(user) -> list[dict]:
    """The courses the person follows, oldest first (one query)."""
    return [
        {
            "parcours": enrollment.course.title,
            "inscrit_le": enrollment.enrolled_at,
            "termine_le": enrollment.completed_at,
        }
        for enrollment in Enrollment.objects.filter(user=user)
        .select_related("course")
        .only("course__title", "enrolled_at", "completed_at")
        .order_by("enrolled_at", "pk")
    ]


def completions_export(user) -> list[dict]:
    """The lessons the person marked as done, oldest first (one query)."""
    return [
        {"lecon": completion.lesson.title, "terminee_le": completion.completed_at}
        for completion in LessonCompletion.objects.filter(user=user)
        .select_related("lesson")
        .only("lesson__title", "completed_at")
        .order_by("completed_at", "pk")
    ]


def positions_export(user) -> list[dict]:
    """The step the person reached in each lesson played step by step (one
    query)."""
    return [
        {
            "lecon": position.lesson.title,
            "etape": position.step,
            "mise_a_jour_le": position.updated_at,
        }
        for position in LessonPosition.objects.filter(user=user)
        .select_related("lesson")
        .only("lesson__title", "step", "updated_at")
        .order_by("updated_at", "pk")
    ]


def positions_erase(user) -> int:
    """Forget where the person stopped in each lesson: no statistic needs it.
    Returns the positions deleted."""
    deleted, _by_model = LessonPosition.objects.filter(user=user).delete()
    return deleted


# No free text here: enrolments and completions stay as they are on erasure.
register_personal_data(
    "inscriptions", enrollments_export, models=("courses.Enrollment",)
)
register_personal_data(
    "lecons_terminees", completions_export, models=("courses.LessonCompletion",)
)
register_personal_data(
    "etapes_atteintes",
    positions_export,
    positions_erase,
    models=("courses.LessonPosition",),
)
