"""Keep derived data in step with the page tree (logic in services)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from courses.models import LessonPage
from courses.services import lesson_quizzes_sync


@receiver(post_save, sender=LessonPage)
def on_lesson_saved(sender, *, instance, update_fields=None, raw=False, **kwargs):
    # Saving a draft revision writes only bookkeeping fields; the body on the
    # page row (the published one) changes when every field is saved: a
    # publish, or a page created in code.
    if raw or (update_fields is not None and "body" not in update_fields):
        return
    lesson_quizzes_sync(lesson=instance)
