from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Exercices notés")

    def ready(self) -> None:
        # What this app holds about a person (people.gdpr: export, erasure) and
        # its section of a beneficiary's page (people.sections); the statistics
        # counters follow deletions (quizzes.tallies: post_delete receivers).
        # activity: what shows a person used the app (people.activity: retention).
        from quizzes import activity, gdpr, sections, tallies  # noqa: F401
