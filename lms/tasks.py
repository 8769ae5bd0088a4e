"""Background work of the project level, run by django-q2's cluster."""

from lms import digests


def professional_digests_send() -> int:
    """Weekly (schedule of people migration 0011): each professional's to-dos."""
    return digests.professional_digests_send()


def coordinator_digests_send() -> int:
    """Weekly (schedule of people migration 0011): the coordinators' digest."""
    return digests.coordinator_digests_send()
