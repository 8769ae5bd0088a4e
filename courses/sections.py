"""The beneficiary page's « Parcours » section: enrolments and progress."""

from courses.selectors import my_learning_get
from people.sections import Section, register_beneficiary_section


@register_beneficiary_section
def courses_section(*, request, profile) -> Section:
    return Section(
        template="courses/includes/learner_courses_section.html",
        context={"cards": my_learning_get(user=profile.user)},
    )
