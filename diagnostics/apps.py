from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiagnosticsConfig(AppConfig):
    name = "diagnostics"
    verbose_name = _("Diagnostics et niveaux")

    def ready(self) -> None:
        # Its section of a beneficiary's page (people.sections), and the
        # receivers turning course and quiz results into level evidence, what
        # it holds about a person (people.gdpr: export, erasure), and what shows
        # a person used the app (people.activity: retention).
        from diagnostics import activity, gdpr, receivers, sections  # noqa: F401
