from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SimulatorsConfig(AppConfig):
    name = "simulators"
    verbose_name = _("Simulateurs de démarche")

    def ready(self) -> None:
        # What this app holds about a person (people.gdpr: export, erasure).
        from simulators import gdpr  # noqa: F401
