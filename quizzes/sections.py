"""The beneficiary page's « Exercices » section: attempts and results."""

from people.sections import Section, register_beneficiary_section
from quizzes.models import Attempt


@register_beneficiary_section
def quizzes_section(*, request, profile) -> Section:
    attempts = (
        Attempt.objects.filter(user=profile.user)
        .select_related("quiz")
        .order_by("-started_at")[:50]
    )
    return Section(
        template="quizzes/includes/learner_attempts_section.html",
        context={"attempts": list(attempts)},
    )
