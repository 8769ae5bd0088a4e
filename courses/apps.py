from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Parcours")

    def ready(self) -> None:
        # What this app holds about a person (people.gdpr: export, erasure) and
        # its section of a beneficiary's page (people.sections); derived data
        # kept in step with the pages (receivers).
        # activity: what shows a person used the app (people.activity: retention).
        from courses import activity, gdpr, receivers, sections  # noqa: F401
