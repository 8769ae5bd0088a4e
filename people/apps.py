from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = _("Personnes")

    def ready(self) -> None:
        from lms import admin_sidebar

        # Cached header links forgotten when a person's groups change.
        from people import receivers  # noqa: F401

        # Wagtail's admin sidebar kept per person (issue 13).
        admin_sidebar.install()
