from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiagnosticsConfig(AppConfig):
    name = "diagnostics"
    verbose_name = _("Diagnostics et niveaux")

    def ready(self) -> None:
        # Its section of a beneficiary's page (people.sections).
        from diagnostics import sections  # noqa: F401
