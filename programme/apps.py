from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "programme"
    verbose_name = _("Programme d'accompagnement")

    def ready(self) -> None:
        # What this app holds about a person (people.gdpr: export, erasure).
        from programme import gdpr  # noqa: F401
