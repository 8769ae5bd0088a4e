"""What the training app holds about a person, declared to people.gdpr (see
TrainingConfig)."""

from people.gdpr import register_not_personal

register_not_personal(
    "training.Attestation",
    reason="held by relay professionals who completed their training, never by a "
    "beneficiary; it proves a qualification to third parties (its name as printed "
    "stays, as on a diploma), and coordinators revoke it rather than erase it",
)
