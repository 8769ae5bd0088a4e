from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExportsConfig(AppConfig):
    name = "exports"
    verbose_name = _("Exports en tâche de fond")

    def ready(self) -> None:
        # Every kind of export, registered in one place (exports.kinds), and
        # what a job holds about a person (people.gdpr).
        from exports import gdpr, kinds  # noqa: F401
