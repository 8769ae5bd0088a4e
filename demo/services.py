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
from people import roles
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
        "professionnelle relais : suit la formation des relais",
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
            duration_minutes=spec["duration"],
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
                    body=[
                        {"type": name, "value": value}
                        for name, value in lesson_spec["body"]
                    ],
                )
                created += new
    return created


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
    """Create the site skeleton, demo curriculum and demo accounts (idempotent)."""
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
    _load_progress()
    return {"pages": pages, "accounts": accounts}
