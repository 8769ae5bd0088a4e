"""Background work of the people app, run by django-q2's cluster."""

from people import retention


def beneficiaries_retention_apply() -> dict[str, int]:
    """Daily (schedule of migration 0005): warn, then anonymise, past retention."""
    return {
        "warned": retention.beneficiaries_retention_warn(),
        "anonymised": retention.beneficiaries_retention_anonymise(),
    }
