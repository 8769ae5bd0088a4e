from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Formation des professionnels et attestations")

    def ready(self) -> None:
        # Attestations follow completions, passes and marks (training.receivers);
        # what they hold about a person (people.gdpr).
        from training import gdpr, receivers  # noqa: F401
