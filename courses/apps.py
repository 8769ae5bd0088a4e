from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Parcours")

    def ready(self) -> None:
        # What this app holds about a person (people.gdpr: export, erasure) and
        # its section of a beneficiary's page (people.sections).
        from courses import gdpr, sections  # noqa: F401
