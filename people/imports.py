"""CSV import of beneficiaries into a structure: check every row, then write all
of them or none."""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.errors import error_messages_by_field
from lms.spreadsheet import spreadsheet_csv
from lms.validators import import_text_error
from people.models import BeneficiaryProfile, Structure, User
from people.selectors import structures_for_user
from people.services import beneficiary_create

MAX_ROWS = 500
MAX_BYTES = 1024 * 1024
DELIMITERS = (";", ",", "\t")

# The template's header, in this order; the first is required, like consent.
COLUMNS = ["prenom", "annee_naissance", "telephone", "email", "consentement"]
REQUIRED_FIELDS = ("first_name", "consent")
TEMPLATE_EXAMPLE = ["Camille", "1962", "06 39 98 12 34", "", "oui"]

# Header names as people type them, once accents, case and punctuation are gone.
HEADER_ALIASES = {
    "prenom": "first_name",
    "prenom_ou_pseudonyme": "first_name",
    "pseudonyme": "first_name",
    "annee_naissance": "year_of_birth",
    "annee_de_naissance": "year_of_birth",
    "telephone": "phone",
    "tel": "phone",
    "email": "email",
    "e_mail": "email",
    "mail": "email",
    "courriel": "email",
    "adresse_e_mail": "email",
    "adresse_email": "email",
    "consentement": "consent",
}
COLUMN_LABELS = {
    "first_name": gettext_lazy("prénom"),
    "year_of_birth": gettext_lazy("année de naissance"),
    "phone": gettext_lazy("téléphone"),
    "email": gettext_lazy("e-mail"),
    "consent": gettext_lazy("consentement"),
}
FIELDS = list(COLUMN_LABELS)


@dataclass
class CsvRow:
    """One line of the file: what it says, and what is wrong with it."""

    line: int
    cells: dict[str, str]
    first_name: str = ""
    year_of_birth: int | None = None
    phone: str = ""
    email: str = ""
    errors: list[str] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.errors


@dataclass
class CsvPreview:
    """The whole file checked: problems with the file itself, then each row."""

    rows: list[CsvRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return (
            not self.errors and bool(self.rows) and all(r.is_valid for r in self.rows)
        )

    @property
    def invalid_rows(self) -> list[CsvRow]:
        return [row for row in self.rows if not row.is_valid]

    @property
    def messages(self) -> list[str]:
        return self.errors + [error for row in self.rows for error in row.errors]


def template_csv() -> bytes:
    """The downloadable template: UTF-8 with a BOM and `;`, as Excel in France
    opens it."""
    return spreadsheet_csv([COLUMNS, TEMPLATE_EXAMPLE]).encode()


def _decode(data: bytes) -> str | None:
    # Excel in France saves "CSV (séparateur : point-virgule)" in cp1252.
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _header_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _delimiter(text: str) -> str:
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _phone_key(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def _person_key(first_name: str, year: int | None, phone: str) -> tuple:
    return (first_name.strip().casefold(), year, _phone_key(phone))


def _at(line: int, column: str | None, message: str) -> str:
    if column is None:
        return _("Ligne %(line)s : %(message)s") % {"line": line, "message": message}
    return _("Ligne %(line)s, colonne %(column)s : %(message)s") % {
        "line": line,
        "column": COLUMN_LABELS[column],
        "message": message,
    }


def _row_check(row: CsvRow) -> None:
    """Fill the row's typed values and errors, with the rules beneficiary_create
    applies: the models' validators and clean(), and a first name."""
    cells = row.cells
    row.first_name = cells.get("first_name", "").strip()
    row.phone = cells.get("phone", "").strip()
    row.email = cells.get("email", "").strip()
    errors: dict[str, list[str]] = {}
    if not row.first_name:
        errors.setdefault("first_name", []).append(
            _("Indiquez un prénom ou un pseudonyme.")
        )
    year_text = cells.get("year_of_birth", "").strip()
    year_bad = _("%(value)s n'est pas une année possible.") % {"value": year_text}
    if year_text and not (year_text.isascii() and year_text.isdigit()):
        errors.setdefault("year_of_birth", []).append(year_bad)
    elif year_text:
        row.year_of_birth = int(year_text)
    if _header_key(cells.get("consent", "")) != "oui":
        errors.setdefault("consent", []).append(
            _(
                "écrivez « oui » seulement si la personne a donné son accord "
                "(voir le texte de l'accord sur la page d'import)."
            )
        )
    user = User(username="import", first_name=row.first_name, email=row.email)
    try:
        user.full_clean(
            exclude=["username", "password"],
            validate_unique=False,
            validate_constraints=False,
        )
    except ValidationError as exc:
        for name, messages in error_messages_by_field(exc).items():
            errors.setdefault(name, []).extend(messages)
    if "year_of_birth" not in errors:
        profile = BeneficiaryProfile(year_of_birth=row.year_of_birth, phone=row.phone)
        checked = {"year_of_birth", "phone"}
        try:
            profile.full_clean(
                exclude=[
                    f.name
                    for f in BeneficiaryProfile._meta.fields
                    if f.name not in checked
                ],
                validate_unique=False,
                validate_constraints=False,
            )
        except ValidationError as exc:
            for name, messages in error_messages_by_field(exc).items():
                if name == "year_of_birth":
                    messages = [f"{year_bad} {m}" for m in messages]
                errors.setdefault(name, []).extend(messages)
    for name in FIELDS:
        for message in errors.pop(name, []):
            row.errors.append(_at(row.line, name, message))
    for messages in errors.values():
        for message in messages:
            row.errors.append(_at(row.line, None, message))


def _header_read(header: list[str], preview: CsvPreview) -> dict[int, str]:
    positions: dict[int, str] = {}
    for index, name in enumerate(header):
        key = _header_key(name)
        if not key:
            continue  # spreadsheets leave empty columns at the end
        field_name = HEADER_ALIASES.get(key)
        if field_name is None:
            preview.errors.append(
                _(
                    "La colonne « %(name)s » n'est pas prévue : retirez-la. "
                    "Colonnes possibles : %(columns)s."
                )
                % {"name": name.strip(), "columns": ", ".join(COLUMNS)}
            )
        elif field_name in positions.values():
            preview.errors.append(
                _("La colonne « %(name)s » apparaît deux fois.")
                % {"name": name.strip()}
            )
        else:
            positions[index] = field_name
    for required in REQUIRED_FIELDS:
        if required not in positions.values():
            preview.errors.append(
                _(
                    "Il manque la colonne « %(name)s ». La première ligne du "
                    "fichier donne le titre des colonnes : partez du modèle."
                )
                % {"name": COLUMNS[0] if required == "first_name" else COLUMNS[-1]}
            )
    preview.columns = [f for f in FIELDS if f in positions.values()]
    return positions


def beneficiaries_csv_parse(*, data: bytes, structure: Structure) -> CsvPreview:
    """Check a CSV file of beneficiaries for this structure, writing nothing.
    Raises nothing: every problem is a French message in the preview."""
    preview = CsvPreview()
    if len(data) > MAX_BYTES:
        preview.errors.append(
            _("Le fichier dépasse 1 Mo : coupez-le en plusieurs fichiers.")
        )
        return preview
    text = _decode(data)
    if text is None:
        preview.errors.append(
            _(
                "Le fichier ne se lit pas comme un texte. Enregistrez-le au "
                "format « CSV UTF-8 » depuis votre tableur."
            )
        )
        return preview
    if not text.strip():
        preview.errors.append(_("Le fichier est vide."))
        return preview
    if message := import_text_error(text):
        # PostgreSQL refuses a NUL byte in text: the whole import would fail.
        preview.errors.append(message)
        return preview
    try:
        records = list(
            csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
        )
    except csv.Error:
        preview.errors.append(
            _("Le fichier n'est pas un tableau CSV lisible : partez du modèle.")
        )
        return preview
    # Line numbers are those of the spreadsheet: the header is line 1.
    numbered = [
        (number, cells)
        for number, cells in enumerate(records, start=1)
        if any(cell.strip() for cell in cells)
    ]
    if not numbered:
        preview.errors.append(_("Le fichier est vide."))
        return preview
    header = numbered[0][1]
    positions = _header_read(header, preview)
    if preview.errors:
        return preview
    data_rows = numbered[1:]
    if not data_rows:
        preview.errors.append(
            _(
                "Le fichier ne contient que la ligne des titres : ajoutez une "
                "ligne par personne."
            )
        )
        return preview
    if len(data_rows) > MAX_ROWS:
        preview.errors.append(
            _(
                "Le fichier compte %(count)s personnes ; %(max)s au plus par "
                "import. Coupez-le en plusieurs fichiers."
            )
            % {"count": len(data_rows), "max": MAX_ROWS}
        )
        return preview
    existing = {
        _person_key(*values)
        for values in BeneficiaryProfile.objects.filter(
            structure=structure, user__is_active=True
        ).values_list("user__first_name", "year_of_birth", "phone")
    }
    seen: dict[tuple, int] = {}
    for number, cells in data_rows:
        row = CsvRow(
            line=number,
            cells={name: cells[i] for i, name in positions.items() if i < len(cells)},
        )
        _row_check(row)
        extra = [
            cell for i, cell in enumerate(cells) if i not in positions and cell.strip()
        ]
        if extra:
            row.errors.append(
                _at(
                    number,
                    None,
                    _(
                        "cette ligne a des cases en dehors des colonnes prévues "
                        "(un « ; » ou une « , » de trop ?)."
                    ),
                )
            )
        if row.is_valid:
            key = _person_key(row.first_name, row.year_of_birth, row.phone)
            if key in seen:
                row.errors.append(
                    _at(
                        number,
                        None,
                        _(
                            "même prénom, année de naissance et téléphone que "
                            "la ligne %(line)s."
                        )
                        % {"line": seen[key]},
                    )
                )
            elif key in existing:
                row.errors.append(
                    _at(
                        number,
                        None,
                        _(
                            "une personne avec ce prénom, cette année de naissance "
                            "et ce téléphone est déjà inscrite dans cette structure."
                        ),
                    )
                )
            seen.setdefault(key, number)
        preview.rows.append(row)
    return preview


def beneficiaries_csv_import(
    *, by, structure: Structure, data: bytes, consent_text: str
) -> list[tuple[User, str]]:
    """Check the file again, then create every beneficiary or none; return each
    account with its clear PIN, shown once.

    Raises PermissionDenied if `by` may not manage the structure, ValidationError
    with every problem if any row is invalid (nothing is written then).
    """
    if not structures_for_user(by).filter(pk=structure.pk).exists():
        raise PermissionDenied(
            _("Vous ne pouvez pas gérer les bénéficiaires de cette structure.")
        )
    preview = beneficiaries_csv_parse(data=data, structure=structure)
    if not preview.is_valid:
        raise ValidationError(preview.messages or [_("Le fichier est vide.")])
    with transaction.atomic():
        return [
            beneficiary_create(
                by=by,
                structure=structure,
                first_name=row.first_name,
                year_of_birth=row.year_of_birth,
                phone=row.phone,
                email=row.email,
                consent_text=consent_text,
            )
            for row in preview.rows
        ]
