"""The kinds of export a person may ask for, filled in by `exports.kinds`.

A kind names a producer with the shape every row producer shares:
`producer(*, structures, **arguments) -> (header, total, rows)`, where `rows`
is an iterator the runner streams to the file chunk by chunk. The request's
form data becomes JSON-safe `params` (`params_from`), stored on the job; the
task turns them back into the producer's arguments (`arguments_from`).
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext as _

Producer = Callable[..., tuple[list[str], int, Iterator[list]]]


def _no_params(data, *, user) -> dict:
    return {}


def _same_arguments(params: dict, structures: QuerySet) -> dict:
    return {"structures": structures, **params}


@dataclass(frozen=True)
class ExportKind:
    key: str
    label: str
    producer: Producer
    # May this user ask for it at all (a role, not a structure)?
    allowed: Callable[[Any], bool]
    # The request's data → JSON-safe params; raises ValidationError (French).
    params_from: Callable[..., dict]
    # The stored params and the job's structures → the producer's arguments.
    arguments_from: Callable[[dict, QuerySet], dict]
    # The start of the file's name, before the date and the extension.
    filename: str


_KINDS: dict[str, ExportKind] = {}


def export_kind_register(
    key: str,
    *,
    label: str,
    producer: Producer,
    allowed: Callable[[Any], bool],
    params_from: Callable[..., dict] = _no_params,
    arguments_from: Callable[[dict, QuerySet], dict] = _same_arguments,
    filename: str = "",
) -> ExportKind:
    """Make `key` an export people may ask for. Raises ValueError when the key
    is already taken by another producer."""
    kind = ExportKind(
        key=key,
        label=label,
        producer=producer,
        allowed=allowed,
        params_from=params_from,
        arguments_from=arguments_from,
        filename=filename or key,
    )
    existing = _KINDS.get(key)
    if existing is not None and existing.producer is not producer:
        raise ValueError(f"Export kind {key!r} is already registered.")
    _KINDS[key] = kind
    return kind


def export_kind_unregister(key: str) -> None:
    """Forget a kind (tests register throwaway ones)."""
    _KINDS.pop(key, None)


def export_kind_get(key: str) -> ExportKind:
    """The registered kind; raises ValidationError for an unknown key."""
    try:
        return _KINDS[key]
    except KeyError:
        raise ValidationError(_("Ce type d'export n'existe pas.")) from None


def export_kinds() -> dict[str, ExportKind]:
    return dict(_KINDS)
