"""Keep derived data in step with the page tree (logic in services and
selectors): the quizzes each lesson holds, and what the cache keeps of the
tree (routes, sites, restrictions, course structures, rendered lessons)."""

from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses import serving
from courses.models import CoursePage, Enrollment, LessonCompletion, LessonPage
from courses.selectors import (
    course_structures_forget,
    learner_state_forget,
    structure_key,
)
from courses.services import lesson_quizzes_sync
from courses.steps import lesson_step_titles_get
from quizzes.models import Quiz
from simulators.models import SimulatorProgress
from skills.models import CompetenceArea, Level


@receiver(post_save, sender=LessonPage)
def on_lesson_saved(sender, *, instance, update_fields=None, raw=False, **kwargs):
    # Saving a draft revision writes only bookkeeping fields; the body on the
    # page row (the published one) changes when every field is saved: a
    # publish, or a page created in code.
    if raw or (update_fields is not None and "body" not in update_fields):
        return
    lesson_quizzes_sync(lesson=instance)


def _forget(page: Page) -> None:
    serving.routes_forget(serving.pages_under(page))
    course_structures_forget(page)
    serving.content_changed()


@receiver(page_published)
@receiver(page_unpublished)
def on_page_published_or_unpublished(sender, *, instance, **kwargs):
    _forget(instance)


@receiver(pre_delete)
def on_page_deleted(sender, *, instance, **kwargs):
    if isinstance(instance, Page):
        _forget(instance)


@receiver(post_page_move)
def on_page_moved(sender, *, instance, parent_page_before, **kwargs):
    _forget(instance)
    course_structures_forget(parent_page_before)


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def on_site_changed(sender, **kwargs):
    serving.sites_forget()
    serving.content_changed()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_restriction_changed(sender, **kwargs):
    serving.restrictions_forget()
    serving.content_changed()


@receiver(post_save, sender=CompetenceArea)
@receiver(post_save, sender=Level)
def on_scale_changed(sender, *, raw=False, **kwargs):
    # Course pages show their area and level: structures and pages rendered
    # for learners are kept no longer.
    if raw:
        return
    cache.delete_many(
        [
            structure_key(path)
            for path in CoursePage.objects.values_list("path", flat=True)
        ]
    )
    serving.content_changed()


@receiver(post_save, sender=Quiz)
def on_quiz_saved(sender, *, instance, raw=False, **kwargs):
    # A lesson's rendered body shows its quizzes' titles and whether they are
    # ready: forget the bodies of the lessons that hold this one.
    if raw:
        return
    # The lesson player keeps each step's content apart: forget those too.
    keys = []
    lessons = LessonPage.objects.filter(quiz_links__quiz=instance).defer_streamfields()
    for lesson in lessons:
        revision = [lesson.pk, lesson.live_revision_id]
        # Each rendering is kept once per « Économiser les données » choice
        # (a visitor's is empty): issue 18.
        for saver in ("", False, True):
            keys.append(make_template_fragment_key("lesson_body", [*revision, saver]))
            keys += [
                make_template_fragment_key("lesson_step", [*revision, number, saver])
                for number in range(1, len(lesson_step_titles_get(lesson)) + 1)
            ]
    cache.delete_many(keys)
    serving.content_changed()


@receiver(post_save, sender=LessonCompletion)
@receiver(post_delete, sender=LessonCompletion)
@receiver(post_save, sender=Enrollment)
@receiver(post_delete, sender=Enrollment)
@receiver(post_save, sender=SimulatorProgress)
@receiver(post_delete, sender=SimulatorProgress)
def on_learner_state_changed(sender, *, instance, **kwargs):
    # Now, and again once committed: a page read in between must not keep
    # the state from before the change.
    learner_state_forget(instance.user_id)
    transaction.on_commit(lambda: learner_state_forget(instance.user_id))
