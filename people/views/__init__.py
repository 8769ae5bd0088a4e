"""The people app's views, by concept; urls.py reaches them all from here."""

from people.views.accounts import code_login, data_saver_set, my_account
from people.views.audit import audit_journal
from people.views.beneficiaries import (
    beneficiary_card,
    beneficiary_deactivate_view,
    beneficiary_detail,
    beneficiary_list,
    beneficiary_new,
    beneficiary_pin_reset_view,
    beneficiary_unlock_view,
)
from people.views.gdpr import (
    beneficiary_erase_view,
    beneficiary_export_csv,
    beneficiary_export_json,
)
from people.views.imports import (
    beneficiary_import,
    beneficiary_import_cards,
    beneficiary_import_confirm,
    beneficiary_import_result,
    beneficiary_import_template,
)
from people.views.mailings import digest_preference, digest_unsubscribe

__all__ = [
    "data_saver_set",
    "audit_journal",
    "beneficiary_card",
    "beneficiary_deactivate_view",
    "beneficiary_detail",
    "beneficiary_erase_view",
    "beneficiary_export_csv",
    "beneficiary_export_json",
    "beneficiary_import",
    "beneficiary_import_cards",
    "beneficiary_import_confirm",
    "beneficiary_import_result",
    "beneficiary_import_template",
    "beneficiary_list",
    "digest_preference",
    "digest_unsubscribe",
    "beneficiary_new",
    "beneficiary_pin_reset_view",
    "beneficiary_unlock_view",
    "code_login",
    "my_account",
]
