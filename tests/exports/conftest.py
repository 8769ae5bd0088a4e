import shutil
from pathlib import Path

import pytest

from exports.models import ExportJob
from exports.registry import export_kind_register, export_kind_unregister
from exports.services import ExportError

SAMPLE = "sample"


class SampleProducer:
    """A throwaway producer: `rows` rows per structure of the job, failing
    at row `fail_at` when set (with `error`), calling `during(i)` per row."""

    def __init__(self):
        self.rows = 5
        self.fail_at = None
        self.error = RuntimeError("disk on fire at /srv/secret")
        self.during = None
        self.calls = 0

    def __call__(self, *, structures, label="Ligne"):
        self.calls += 1
        names = [s.name for s in structures.order_by("name")]
        header = ["Numéro", "Structure", "Libellé"]
        total = self.rows

        def rows():
            for i in range(total):
                if self.fail_at is not None and i == self.fail_at:
                    raise self.error
                if self.during is not None:
                    self.during(i)
                yield [i + 1, ", ".join(names), f"{label} {i + 1}"]

        return header, total, rows()


@pytest.fixture(autouse=True)
def empty_export_folder():
    """Ids restart with each test's database: so does the export folder."""
    root = Path(ExportJob._meta.get_field("file").storage.location)
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def producer():
    sample = SampleProducer()
    export_kind_register(
        SAMPLE,
        label="Export d'essai",
        producer=sample,
        allowed=lambda user: user.is_authenticated and user.manages_beneficiaries,
        params_from=lambda data, *, user: {"label": data.get("label", "Ligne")},
        filename="essai",
    )
    yield sample
    export_kind_unregister(SAMPLE)


__all__ = ["SAMPLE", "ExportError"]
