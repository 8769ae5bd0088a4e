"""Simulators declare what they hold about a person: exported; erasure keeps
the rows (no free text is ever stored)."""

from people.gdpr import beneficiary_data_export, beneficiary_erase
from simulators.models import SimulatorProgress
from tests import builders
from tests.simulators.conftest import RIGHT
from tests.simulators.helpers import check_url


def test_simulator_progress_is_exported_and_kept_on_erasure(
    client, corbeil, pro_corbeil, lesson, block_id
):
    awa = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")[0]
    client.force_login(awa.user)
    client.post(check_url(lesson, block_id, 1), RIGHT[0])
    client.post(check_url(lesson, block_id, 2), RIGHT[1])
    sections = beneficiary_data_export(by=pro_corbeil, profile=awa)["sections"]
    (row,) = sections["entrainements_simules"]
    assert row["lecon"] == lesson.title
    assert row["ecrans_reussis"] == 2
    assert row["reussi_le"] is None
    # What was typed is never kept, so nothing of it can leak.
    assert "Martin" not in str(row) and "1970" not in str(row)
    beneficiary_erase(by=pro_corbeil, profile=awa)
    assert SimulatorProgress.objects.get(user=awa.user).screens_done == 2
