"""What exports hold about a person, declared to people.gdpr (see ExportsConfig)."""

from people.gdpr import register_not_personal

register_not_personal(
    "exports.ExportJob",
    reason="asked by professionals and coordinators about their structures; a "
    "beneficiary never asks for one, and its file is deleted when it expires "
    "(EXPORT_FILE_TTL_HOURS)",
)
