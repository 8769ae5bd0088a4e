"""Load the French demo content and accounts. Top layer: may import every app."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Page

from courses.models import (
    Audience,
    CataloguePage,
    CoursePage,
    LessonPage,
    ModulePage,
)
from courses.services import lesson_complete, site_setup
from demo import curriculum
from demo.diagnostics import demo_diagnostics_load
from demo.home import demo_home_load
from demo.pictures import picture_image
from demo.programme import demo_programme_load
from demo.quizzes import demo_quizzes_load
from demo.simulators import with_simulators
from demo.step_pictures import STEP_PICTURES
from demo.workshops import demo_workshops_load
from people import roles
from people.forms import CONSENT_TEXT
from people.models import BeneficiaryProfile, Membership, Structure, StructureKind
from people.services import beneficiary_create, beneficiary_profile_add
from skills.models import CompetenceArea, Level
from skills.services import scale_seed

DEMO_PASSWORD = "relais-demo"  # noqa: S105 - fictitious demo accounts, documented


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    group: str | None
    description: str
    is_superuser: bool = False


DEMO_ACCOUNTS = [
    DemoAccount(
        "formatrice",
        "Claire",
        "Formatrice",
        roles.TRAINER,
        "formatrice : écrit les leçons, les soumet à la relecture",
    ),
    DemoAccount(
        "moderateur",
        "Karim",
        "Relecteur",
        roles.MODERATOR,
        "modérateur : relit et publie",
    ),
    DemoAccount(
        "pro.corbeil",
        "Nadia",
        "Relais",
        roles.PROFESSIONAL,
        "professionnelle relais : suit la formation, les bénéficiaires de Corbeil",
    ),
    DemoAccount(
        "pro.grigny",
        "Sébastien",
        "Relais",
        roles.PROFESSIONAL,
        "professionnel relais : suit les bénéficiaires de l'association de Grigny",
    ),
    DemoAccount(
        "coordination",
        "Hélène",
        "Coordination",
        roles.COORDINATOR,
        "coordinatrice du réseau : voit toutes les structures",
    ),
    DemoAccount(
        "beneficiaire",
        "Joseph",
        "",
        roles.BENEFICIARY,
        "bénéficiaire : suit les ateliers numériques",
    ),
    DemoAccount(
        "admin", "Admin", "Démo", None, "administrateur technique", is_superuser=True
    ),
]


@dataclass(frozen=True)
class DemoStructure:
    key: str
    name: str
    kind: str
    town: str
    departement: str
    professional: str  # username of its relay professional


DEMO_STRUCTURES = [
    DemoStructure(
        "corbeil",
        "Centre social Les Tilleuls",
        StructureKind.SOCIAL_CENTRE,
        "Corbeil-Essonnes",
        "91",
        "pro.corbeil",
    ),
    DemoStructure(
        "grigny",
        "Association Clic Solidaire",
        StructureKind.ASSOCIATION,
        "Grigny",
        "91",
        "pro.grigny",
    ),
]


@dataclass(frozen=True)
class DemoBeneficiary:
    login_code: str
    pin: str
    first_name: str
    structure: str  # DemoStructure.key
    username: str | None = None  # an existing demo account to attach


# Fixed, documented codes and PINs (README); every person is fictitious.
DEMO_BENEFICIARIES = [
    DemoBeneficiary("CRBA23", "2580", "Joseph", "corbeil", username="beneficiaire"),
    DemoBeneficiary("CRBB45", "4827", "Fatou", "corbeil"),
    DemoBeneficiary("CRBC67", "3691", "Marcel", "corbeil"),
    DemoBeneficiary("GRGA23", "5173", "Yasmina", "grigny"),
    DemoBeneficiary("GRGB45", "6482", "Thierry", "grigny"),
    DemoBeneficiary("GRGC67", "7395", "Mireille", "grigny"),
]


def _child(parent: Page, model, slug: str, **fields):
    """Return the child page with this slug, creating and publishing it if absent.

    An existing page is left as it is: a trainer may have edited it.
    """
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _load_courses(catalogue: CataloguePage, courses: list[dict], audience) -> int:
    areas = {area.number: area for area in CompetenceArea.objects.all()}
    levels = {level.code: level for level in Level.objects.all()}
    created = 0
    for spec in courses:
        course, new = _child(
            catalogue,
            CoursePage,
            spec["slug"],
            title=spec["title"],
            audience=audience,
            competence_area=areas.get(spec["area"]),
            target_level=levels.get(spec["level"]),
            summary=spec["summary"],
            objectives="\n".join(spec["objectives"]),
        )
        created += new
        for module_spec in spec["modules"]:
            module, new = _child(
                course,
                ModulePage,
                module_spec["slug"],
                title=module_spec["title"],
                intro=module_spec["intro"],
            )
            created += new
            for lesson_spec in module_spec["lessons"]:
                _lesson, new = _child(
                    module,
                    LessonPage,
                    lesson_spec["slug"],
                    title=lesson_spec["title"],
                    summary=lesson_spec["summary"],
                    duration_minutes=lesson_spec["duration"],
                    # Demo simulators go just before the lesson's exercise.
                    body=with_simulators(
                        lesson_spec["slug"],
                        _with_step_pictures(
                            lesson_spec["slug"],
                            [
                                {"type": name, "value": value}
                                for name, value in lesson_spec["body"]
                            ],
                        ),
                    ),
                )
                created += new
    return created


# --- Step pictures: a drawn illustration on every guided step (issue 12) ----


def _with_step_pictures(slug: str, body: list[dict]) -> list[dict]:
    """The lesson body with a picture and its alt text on each guided step, for the
    lessons listed in demo.step_pictures; other lessons are returned unchanged.

    Raises ValueError when the lesson's guided steps and its pictures differ in
    number, so a rewritten lesson cannot silently show the wrong picture.
    """
    pictures = STEP_PICTURES.get(slug)
    if pictures is None:
        return body
    steps = [
        step
        for block in body
        if block["type"] == "guided_steps"
        for step in block["value"]["steps"]
    ]
    if len(steps) != len(pictures):
        raise ValueError(
            f"Lesson {slug}: {len(steps)} guided steps but {len(pictures)} "
            "pictures in demo/step_pictures.py."
        )
    images = {key: picture_image(key) for key in {key for key, _alt in pictures}}
    remaining = iter(pictures)
    with_pictures = []
    for block in body:
        if block["type"] != "guided_steps":
            with_pictures.append(block)
            continue
        value = dict(block["value"])
        value["steps"] = []
        for step in block["value"]["steps"]:
            key, alt = next(remaining)
            value["steps"].append(
                {**step, "screenshot": images[key].pk, "screenshot_alt": alt}
            )
        with_pictures.append({"type": "guided_steps", "value": value})
    return with_pictures


def _load_accounts() -> int:
    User = get_user_model()
    created = 0
    for account in DEMO_ACCOUNTS:
        user, new = User.objects.get_or_create(
            username=account.username,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "is_superuser": account.is_superuser,
                "is_staff": account.is_superuser,
            },
        )
        if new:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            created += 1
        if account.group:
            user.groups.add(Group.objects.get(name=account.group))
    return created


def _load_structures() -> tuple[dict[str, Structure], int]:
    User = get_user_model()
    structures, created = {}, 0
    for spec in DEMO_STRUCTURES:
        structure, new = Structure.objects.get_or_create(
            name=spec.name,
            defaults={
                "kind": spec.kind,
                "town": spec.town,
                "departement": spec.departement,
            },
        )
        created += new
        structures[spec.key] = structure
        Membership.objects.get_or_create(
            user=User.objects.get(username=spec.professional), structure=structure
        )
    return structures, created


def _load_beneficiaries(structures: dict[str, Structure]) -> int:
    User = get_user_model()
    professionals = {spec.key: spec.professional for spec in DEMO_STRUCTURES}
    created = 0
    for spec in DEMO_BENEFICIARIES:
        if BeneficiaryProfile.objects.filter(login_code=spec.login_code).exists():
            continue
        structure = structures[spec.structure]
        by = User.objects.get(username=professionals[spec.structure])
        if spec.username:
            user = User.objects.get(username=spec.username)
            if BeneficiaryProfile.objects.filter(user=user).exists():
                continue
            beneficiary_profile_add(
                by=by,
                user=user,
                structure=structure,
                consent_text=str(CONSENT_TEXT),
                login_code=spec.login_code,
                pin=spec.pin,
            )
        else:
            beneficiary_create(
                by=by,
                structure=structure,
                first_name=spec.first_name,
                consent_text=str(CONSENT_TEXT),
                login_code=spec.login_code,
                pin=spec.pin,
            )
        created += 1
    return created


def _load_progress() -> None:
    """The demo beneficiary has finished the first lesson, so progress shows."""
    beneficiary = get_user_model().objects.get(username="beneficiaire")
    first_lesson = (
        LessonPage.objects.live()
        .filter(
            path__startswith=CataloguePage.objects.get(
                audience=Audience.BENEFICIARY
            ).path
        )
        .order_by("path")
        .first()
    )
    if first_lesson is not None:
        lesson_complete(user=beneficiary, lesson=first_lesson)


@transaction.atomic
def demo_load() -> dict[str, int]:
    """Create the site skeleton, demo curriculum, accounts, structures and
    beneficiaries (idempotent)."""
    scale_seed()
    home = site_setup()
    catalogues = {c.audience: c for c in CataloguePage.objects.child_of(home)}
    pages = _load_courses(
        catalogues[Audience.BENEFICIARY],
        curriculum.BENEFICIARY_COURSES,
        Audience.BENEFICIARY,
    )
    pages += _load_courses(
        catalogues[Audience.PROFESSIONAL],
        curriculum.PROFESSIONAL_COURSES,
        Audience.PROFESSIONAL,
    )
    accounts = _load_accounts()
    structures, new_structures = _load_structures()
    beneficiaries = _load_beneficiaries(structures)
    quizzes = demo_quizzes_load()
    _load_progress()
    diagnostics = demo_diagnostics_load()
    workshops = demo_workshops_load()
    home = demo_home_load()  # the professional's to-dos (issue 15)
    # training: one professional has completed P1–P4 and holds her attestation.
    from demo.training import demo_training_load

    attestations = demo_training_load()
    # The accompaniment programme (issue 15): after the workshops, whose
    # sessions meet the automatic milestones.
    programme = demo_programme_load(structures=structures, password=DEMO_PASSWORD)
    return {
        "programme": programme,
        "diagnostics": diagnostics,
        "pages": pages,
        "quizzes": quizzes,
        "accounts": accounts,
        "structures": new_structures,
        "beneficiaries": beneficiaries,
        "workshops": workshops,
        "home": home,
        "attestations": attestations,
    }
