"""Exports the national tools take: activities in the column layout of La Coop
de la médiation numérique's own CRA export, beneficiaries, indicators.

Each producer returns (header, total_count, rows): `rows` is a generator that
reads the database in chunks (`.iterator(chunk_size=CHUNK)`, values() rows,
one extra query per chunk at most), so an export of any size streams through
lms/spreadsheet.py's writers (`export_write_csv`, `export_write_xlsx`) without
holding everything at once. The callers (the background export jobs) check who
may export which structures; the column lists are in docs/exports.md.
"""

import datetime
import heapq
import hmac
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from people.models import BeneficiaryProfile, Structure
from skills.models import Level
from workshops.cra import (
    ANONYMOUS_GROUPS,
    ActivityType,
    AgeBand,
    Autonomy,
    Gender,
    PlaceType,
    RedirectionStructure,
    SocialStatus,
    age_band,
    anonymous_field,
    material_labels,
    thematique_labels,
)
from workshops.models import (
    Accompaniment,
    ActivityReport,
    Attendance,
    Participation,
)
from workshops.reports.selectors import indicators_get

CHUNK = 2000
# Several beneficiaries in one cell (a collective session), as the Coop does.
IN_CELL = "\n"

# The Coop's CRA export (apps/web/src/features/activites/use-cases/list/export/
# buildActivitesWorksheet.ts), in its order; then our own columns.
COOP_ACTIVITY_COLUMNS = [
    "Date",
    "Type",
    "Nombre de participants",
    "Bénéficiaire",
    "Canaux d’accompagnement",
    "Lieu",
    "Durée (min)",
    "Nom de l’atelier",
    "Matériel numérique utilisé",
    "Thématique(s) d’accompagnement",
    "Tags",
    "Nom de la démarche administrative",
    "Niveau d’autonomie (ou de l’atelier)",
    "Bénéficiaire réorienté",
    "Structure de redirection",
    "Commune de résidence du bénéficiaire",
    "Genre du bénéficiaire",
    "Tranche d’âge du bénéficiaire",
    "Statut du bénéficiaire",
    "Notes supplémentaires",
]


def _anonymous_columns() -> list[tuple[str, str | None]]:
    """(header, ActivityReport field or None for « non communiqué »)."""
    columns = [
        ("Participants anonymes", "anon_total"),
        ("Participants anonymes déjà accompagnés", "anon_already_helped"),
    ]
    for group, (label, values, unknown) in ANONYMOUS_GROUPS.items():
        columns += [
            (f"Participants anonymes · {label} : {v.label}", anonymous_field(group, v))
            for v in values
        ]
        columns.append((f"Participants anonymes · {label} : {unknown.label}", None))
    return columns


ANONYMOUS_COLUMNS = _anonymous_columns()
OUR_ACTIVITY_COLUMNS = [
    "Structure",
    "Identifiant de l’activité",
    *(header for header, _field in ANONYMOUS_COLUMNS),
]
ACTIVITY_COLUMNS = COOP_ACTIVITY_COLUMNS + OUR_ACTIVITY_COLUMNS

# The Coop's beneficiaries export (apps/web/src/features/beneficiaires/use-cases/
# list/export/buildBeneficiairesWorksheet.ts), then ours.
BENEFICIARY_COLUMNS = [
    "Nom",
    "Prénom",
    "Année de naissance",
    "Nom de la commune",
    "Code INSEE",
    "Code postal",
    "N° de téléphone",
    "E-mail",
    "Genre",
    "Tranche d’âge",
    "Statut",
    "Nombre d’accompagnements",
    "Notes supplémentaires",
    "Structure",
    "Ateliers suivis (présent)",
    "Inscrit le",
]
# For the network: no name, no contact; an age band and the structure's commune.
ANONYMOUS_BENEFICIARY_COLUMNS = [
    "Identifiant",
    "Tranche d’âge",
    "Genre",
    "Statut",
    "Nombre d’accompagnements",
    "Ateliers suivis (présent)",
    "Année d’inscription",
    "Structure",
    "Commune de la structure",
    "Département",
]


def pseudonym(beneficiary_id: int) -> str:
    """A stable identifier for a person that names no one: the same person
    gets the same one in every export, and it cannot be turned back into the
    account without the site's secret key."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"beneficiary:{beneficiary_id}".encode(), "sha256"
    ).hexdigest()
    return f"B-{digest[:12].upper()}"


def _chunks(rows: Iterable, size: int = CHUNK) -> Iterator[list]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _place_cell(row: dict, anonymised: bool) -> str:
    """The Coop's « Lieu »: the structure's name and commune, or the place's
    code postal and commune (and its précision, named exports only)."""
    if row["place_type"] == PlaceType.STRUCTURE:
        text = f"{row['structure__name']}, {row['structure__town']}"
    else:
        text = " ".join(
            part for part in (row["place_postcode"], row["place_town"]) if part
        )
    detail = row["place_detail"]
    if detail and not anonymised:
        text = f"{text} ({detail})" if text else detail
    return text


def _person_cells(people: list[dict], on: datetime.date, anonymised: bool) -> list:
    """The beneficiary columns (name, commune, genre, age band, status) for
    the people of one activity, one line each."""
    if anonymised:
        names = [pseudonym(p["id"]) for p in people]
    else:
        names = [f"{p['first_name']} {p['last_name']}".strip() for p in people]
    # We hold no commune, gender or status for a person: « - » and « Non
    # communiqué », as the Coop writes them.
    return [
        IN_CELL.join(names),
        IN_CELL.join("-" for _p in people),
        IN_CELL.join(str(Gender.UNKNOWN.label) for _p in people),
        IN_CELL.join(str(age_band(p["year_of_birth"], on.year).label) for p in people),
        IN_CELL.join(str(SocialStatus.UNKNOWN.label) for _p in people),
    ]


_ACCOMPANIMENT_VALUES = (
    "pk",
    "date",
    "duration_minutes",
    "place_type",
    "place_detail",
    "place_town",
    "place_postcode",
    "procedure_detail",
    "materials",
    "themes",
    "autonomy",
    "redirected",
    "redirection_kind",
    "notes",
    "beneficiary_id",
    "beneficiary__user__first_name",
    "beneficiary__user__last_name",
    "beneficiary__year_of_birth",
    "structure__name",
    "structure__town",
)


def _individual_rows(accompaniments: QuerySet, anonymised: bool) -> Iterator[tuple]:
    """(sort key, row) for each accompaniment, oldest first; one query."""
    rows = accompaniments.order_by("date", "pk").values(*_ACCOMPANIMENT_VALUES)
    for a in rows.iterator(chunk_size=CHUNK):
        person = []
        if a["beneficiary_id"] is not None:
            person = [
                {
                    "id": a["beneficiary_id"],
                    "first_name": a["beneficiary__user__first_name"],
                    "last_name": a["beneficiary__user__last_name"],
                    "year_of_birth": a["beneficiary__year_of_birth"],
                }
            ]
        names, commune, gender, age, status = _person_cells(
            person, a["date"], anonymised
        )
        if not person:
            # Helped without an account: one anonymous person, nothing known.
            names = "" if anonymised else _("Personne anonyme")
            commune, gender = "-", str(Gender.UNKNOWN.label)
            age, status = str(AgeBand.UNKNOWN.label), str(SocialStatus.UNKNOWN.label)
        row = [
            a["date"],
            str(ActivityType.INDIVIDUAL.label),
            1,
            names,
            str(PlaceType(a["place_type"]).label),
            _place_cell(a, anonymised),
            a["duration_minutes"],
            "",
            IN_CELL.join(material_labels(a["materials"])),
            IN_CELL.join(thematique_labels(a["themes"])),
            "",
            a["procedure_detail"],
            str(Autonomy(a["autonomy"]).label) if a["autonomy"] else "",
            _("oui") if a["redirected"] else _("non"),
            (
                str(RedirectionStructure(a["redirection_kind"]).label)
                if a["redirection_kind"]
                else ""
            ),
            commune,
            gender,
            age,
            status,
            "" if anonymised else a["notes"],
            a["structure__name"],
            f"I-{a['pk']}",
            *([""] * len(ANONYMOUS_COLUMNS)),
        ]
        yield (a["date"], 0, a["pk"]), row


_REPORT_VALUES = (
    "pk",
    "session_id",
    "date",
    "duration_minutes",
    "participant_count",
    "place_type",
    "place_detail",
    "place_town",
    "place_postcode",
    "procedure_detail",
    "materials",
    "themes",
    "level_id",
    "comment",
    "session__title",
    "structure__name",
    "structure__town",
    *(field for _header, field in ANONYMOUS_COLUMNS if field),
)


def _present_people(session_ids: list[int]) -> dict[int, list[dict]]:
    """The followed beneficiaries marked present, by session (one query)."""
    people = defaultdict(list)
    rows = (
        Participation.objects.filter(
            session_id__in=session_ids, attendance=Attendance.PRESENT
        )
        .order_by("session_id", "beneficiary__user__first_name", "pk")
        .values(
            "session_id",
            "beneficiary_id",
            "beneficiary__user__first_name",
            "beneficiary__user__last_name",
            "beneficiary__year_of_birth",
        )
    )
    for p in rows:
        people[p["session_id"]].append(
            {
                "id": p["beneficiary_id"],
                "first_name": p["beneficiary__user__first_name"],
                "last_name": p["beneficiary__user__last_name"],
                "year_of_birth": p["beneficiary__year_of_birth"],
            }
        )
    return people


def _collective_rows(
    reports: QuerySet, anonymised: bool, levels: dict[str, str]
) -> Iterator[tuple]:
    """(sort key, row) for each session report, oldest first; one query for
    the reports and one per chunk for the people present."""
    rows = reports.order_by("date", "pk").values(*_REPORT_VALUES)
    for chunk in _chunks(rows.iterator(chunk_size=CHUNK)):
        present = _present_people([r["session_id"] for r in chunk])
        for r in chunk:
            people = present.get(r["session_id"], [])
            names, *person_columns = _person_cells(people, r["date"], anonymised)
            anonymous = []
            for _header, field in ANONYMOUS_COLUMNS:
                anonymous.append(r[field] if field else None)
            # Each group's « non communiqué » is what is left of the total.
            position = 2
            for group, (_label, values, _unknown) in ANONYMOUS_GROUPS.items():
                told = sum(r[anonymous_field(group, v)] for v in values)
                position += len(values)
                anonymous[position] = r["anon_total"] - told
                position += 1
            row = [
                r["date"],
                str(ActivityType.COLLECTIVE.label),
                r["participant_count"],
                names,
                str(PlaceType(r["place_type"]).label),
                _place_cell(r, anonymised),
                r["duration_minutes"],
                r["session__title"],
                IN_CELL.join(material_labels(r["materials"])),
                IN_CELL.join(thematique_labels(r["themes"])),
                "",
                r["procedure_detail"],
                levels.get(r["level_id"], "") if r["level_id"] else "",
                "",
                "",
                *person_columns,
                "" if anonymised else r["comment"],
                r["structure__name"],
                f"C-{r['pk']}",
                *anonymous,
            ]
            yield (r["date"], 1, r["pk"]), row


def activities_export_rows(
    *,
    structures: QuerySet[Structure],
    start: datetime.date,
    end: datetime.date,
    anonymised: bool,
) -> tuple[list[str], int, Iterator[list]]:
    """One row per activity of the structures from start to end inclusive,
    oldest first: each individual accompaniment, and each collective session
    with its report (cancelled sessions have none), in the Coop's columns then
    ours (structure, activity id, anonymous participants' counters).

    Named: the beneficiaries' names and the notes. Anonymised: no name, no
    notes, no précision of the place; each person as a stable pseudonym.
    Queries: 2 counts, then 1 for the accompaniments, 1 for the reports and 1
    per chunk of reports, and 1 for the levels."""
    scope = structures.values("pk")
    accompaniments = Accompaniment.objects.filter(
        structure__in=scope, date__range=(start, end)
    )
    reports = ActivityReport.objects.filter(
        structure__in=scope,
        date__range=(start, end),
        session__isnull=False,
        session__cancelled_at__isnull=True,
    )
    total = accompaniments.count() + reports.count()

    def rows() -> Iterator[list]:
        levels = {level.code: str(level) for level in Level.objects.all()}
        merged = heapq.merge(
            _individual_rows(accompaniments, anonymised),
            _collective_rows(reports, anonymised, levels),
            key=lambda keyed: keyed[0],
        )
        for _key, row in merged:
            yield row

    return list(ACTIVITY_COLUMNS), total, rows()


def _count_of(queryset: QuerySet) -> Coalesce:
    """A per-beneficiary count as a subquery (no join multiplies another)."""
    return Coalesce(
        Subquery(
            queryset.filter(beneficiary=OuterRef("pk"))
            .order_by()
            .values("beneficiary")
            .annotate(n=Count("pk"))
            .values("n"),
            output_field=IntegerField(),
        ),
        0,
    )


def beneficiaries_export_rows(
    *, structures: QuerySet[Structure], anonymised: bool
) -> tuple[list[str], int, Iterator[list]]:
    """One row per beneficiary followed by the structures, oldest first.
    Named (for the structure): the Coop's columns (what we do not hold, such
    as the commune of residence, reads « - » or « Non communiqué »), then the
    structure, the sessions attended and the date of registration. Anonymised
    (for the network): a pseudonym, the age band and counts, the structure and
    its commune; no name or contact. Two queries (count, rows)."""
    people = BeneficiaryProfile.objects.filter(structure__in=structures.values("pk"))
    total = people.count()
    today = datetime.date.today()

    def rows() -> Iterator[list]:
        annotated = (
            people.annotate(
                accompaniment_count=_count_of(Accompaniment.objects.all()),
                attended_count=_count_of(
                    Participation.objects.filter(attendance=Attendance.PRESENT)
                ),
            )
            .order_by("created_at", "pk")
            .values(
                "pk",
                "year_of_birth",
                "phone",
                "created_at",
                "user__first_name",
                "user__last_name",
                "user__email",
                "structure__name",
                "structure__town",
                "structure__departement",
                "accompaniment_count",
                "attended_count",
            )
        )
        unknown_gender = str(Gender.UNKNOWN.label)
        unknown_status = str(SocialStatus.UNKNOWN.label)
        for p in annotated.iterator(chunk_size=CHUNK):
            band = str(age_band(p["year_of_birth"], today.year).label)
            if anonymised:
                yield [
                    pseudonym(p["pk"]),
                    band,
                    unknown_gender,
                    unknown_status,
                    p["accompaniment_count"],
                    p["attended_count"],
                    p["created_at"].year,
                    p["structure__name"],
                    p["structure__town"],
                    p["structure__departement"],
                ]
            else:
                yield [
                    p["user__last_name"],
                    p["user__first_name"],
                    p["year_of_birth"] or "-",
                    "-",
                    "-",
                    "-",
                    p["phone"] or "-",
                    p["user__email"] or "-",
                    unknown_gender,
                    band,
                    unknown_status,
                    p["accompaniment_count"],
                    "",
                    p["structure__name"],
                    p["attended_count"],
                    p["created_at"],
                ]

    columns = ANONYMOUS_BENEFICIARY_COLUMNS if anonymised else BENEFICIARY_COLUMNS
    return list(columns), total, rows()


INDICATOR_COLUMNS = ["Rubrique", "Indicateur", "Valeur"]


def indicators_rows(figures: dict, structures: Iterable[Structure]) -> list[tuple]:
    """The figures of indicators_get as `rubrique, indicateur, valeur` rows
    (the indicators page's CSV and the indicators export share them)."""
    attendance = figures["attendance"]
    period, workshops, help_ = _("Période"), _("Ateliers"), _("Accompagnements")
    rows = [
        (period, _("Du"), f"{figures['start']:%d/%m/%Y}"),
        (period, _("Au"), f"{figures['end']:%d/%m/%Y}"),
        (period, _("Structures"), ", ".join(s.name for s in structures)),
        (workshops, _("Ateliers tenus (comptes rendus)"), figures["sessions_held"]),
        (workshops, _("Participants"), figures["participants"]),
        (workshops, _("Heures d'atelier"), figures["session_hours"]),
        (workshops, _("Inscrits aux ateliers tenus"), attendance["enrolled"]),
        (workshops, _("Présents"), attendance["present"]),
        (workshops, _("Absents"), attendance["absent"]),
        (workshops, _("Excusés"), attendance["excused"]),
        (workshops, _("Taux de présence (%)"), attendance["rate"]),
        (
            workshops,
            _("Ateliers passés sans compte rendu"),
            figures["missing_reports"]["sessions"],
        ),
        (help_, _("Accompagnements individuels"), figures["accompaniments"]),
        (help_, _("Personnes accompagnées"), figures["accompanied"]),
        (help_, _("Heures d'accompagnement"), figures["accompaniment_hours"]),
        (
            help_,
            _("Accompagnements sans compte rendu"),
            figures["missing_reports"]["accompaniments"],
        ),
    ]
    rows += [
        (_("Autonomie constatée"), a["label"], a["count"]) for a in figures["autonomy"]
    ]
    rows += [
        (_("Niveau des ateliers"), lv["label"], lv["count"]) for lv in figures["levels"]
    ]
    rows += [
        (_("Thèmes des ateliers"), t["label"], t["sessions"]) for t in figures["themes"]
    ]
    rows += [
        (_("Thèmes des accompagnements"), t["label"], t["accompaniments"])
        for t in figures["themes"]
    ]
    return rows


def indicators_export_rows(
    *, structures: QuerySet[Structure], start: datetime.date, end: datetime.date
) -> tuple[list[str], int, Iterator[list]]:
    """The indicators of the structures over the period (indicators_get's
    figures, five queries plus one for the structures' names)."""
    figures = indicators_get(start=start, end=end, structures=structures)
    rows = indicators_rows(figures, structures.order_by("name"))
    return list(INDICATOR_COLUMNS), len(rows), iter(rows)


__all__ = [
    "ACTIVITY_COLUMNS",
    "ANONYMOUS_BENEFICIARY_COLUMNS",
    "BENEFICIARY_COLUMNS",
    "COOP_ACTIVITY_COLUMNS",
    "INDICATOR_COLUMNS",
    "activities_export_rows",
    "beneficiaries_export_rows",
    "indicators_export_rows",
    "indicators_rows",
    "pseudonym",
]
