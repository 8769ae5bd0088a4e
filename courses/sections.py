"""The beneficiary page's « Parcours » section: enrolments and progress."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.selectors import latest_course_progress_get, my_learning_get
from people.sections import (
    Cell,
    Column,
    Section,
    register_beneficiary_column,
    register_beneficiary_section,
)


@register_beneficiary_section
def courses_section(*, request, profile) -> Section:
    return Section(
        template="courses/includes/learner_courses_section.html",
        context={"cards": my_learning_get(user=profile.user)},
    )


def progress_cells(*, profiles) -> dict[int, Cell]:
    """« 3 leçons sur 8 · title » of each profile's latest course (3 queries)."""
    cards = latest_course_progress_get(user_ids=[p.user_id for p in profiles])
    cells = {}
    for profile in profiles:
        card = cards.get(profile.user_id)
        if card is not None:
            cells[profile.pk] = Cell(
                ngettext(
                    "%(done)s leçon sur %(total)s · %(title)s",
                    "%(done)s leçons sur %(total)s · %(title)s",
                    card.progress.done,
                )
                % {
                    "done": card.progress.done,
                    "total": card.progress.total,
                    "title": card.title,
                }
            )
    return cells


register_beneficiary_column(
    Column(header=_("Progression"), maker=progress_cells, empty=_("Aucun parcours"))
)
