from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "workshops"
    verbose_name = _("Ateliers animés et accompagnements")

    def ready(self) -> None:
        # What this app holds about a person (people.gdpr: export, erasure).
        # activity: what shows a person used the app (people.activity: retention).
        from workshops import activity, gdpr  # noqa: F401
