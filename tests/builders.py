"""Small builders for tests: a site skeleton, courses of any size, people."""

import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from courses.models import (
    CataloguePage,
    CoursePage,
    LessonPage,
    ModulePage,
)
from courses.services import site_setup
from people import roles
from people.models import BeneficiaryProfile, Membership, Structure, StructureKind
from people.services import beneficiary_create
from skills.models import CompetenceArea, Level
from skills.services import scale_seed

_counter = itertools.count(1)


def skeleton():
    """The home page, both catalogues, groups and the « Relecture » workflow."""
    scale_seed()
    home = site_setup()
    catalogues = {c.audience: c for c in CataloguePage.objects.child_of(home)}
    return home, catalogues


def lesson_body(n: int = 1):
    return [
        {"type": "heading", "value": {"text": f"Partie {n}", "level": "h2"}},
        {"type": "paragraph", "value": f"<p>Texte de la leçon {n}.</p>"},
        {
            "type": "guided_steps",
            "value": {
                "title": "Allumer le téléphone",
                "steps": [
                    {
                        "instruction": "<p>Appuyez sur le bouton Marche.</p>",
                        "screenshot": None,
                        "screenshot_alt": "",
                        "tip": "Il est sur le côté.",
                    },
                    {
                        "instruction": "<p>Attendez que l'écran s'allume.</p>",
                        "screenshot": None,
                        "screenshot_alt": "",
                        "tip": "",
                    },
                ],
            },
        },
        {
            "type": "callout",
            "value": {"kind": "remember", "text": "<p>Un appui long allume.</p>"},
        },
        {
            "type": "glossary_term",
            "value": {"term": "Écran", "definition": "La vitre qui s'allume."},
        },
    ]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def course(
    catalogue: CataloguePage,
    *,
    modules: int = 2,
    lessons_per_module: int = 2,
    title: str | None = None,
    area_number: int = 1,
    level_code: str = "N1",
) -> CoursePage:
    """A live course with live modules and lessons."""
    n = next(_counter)
    page = CoursePage(
        title=title or f"Parcours {n}",
        slug=f"parcours-{n}",
        audience=catalogue.audience,
        competence_area=CompetenceArea.objects.get(number=area_number),
        target_level=Level.objects.get(code=level_code),
        summary="Un parcours pour apprendre.",
        objectives="Allumer un téléphone\nUtiliser le clavier",
    )
    # add_child saves pages live; tests that need revisions make them.
    catalogue.add_child(instance=page)
    for m in range(1, modules + 1):
        module = ModulePage(title=f"Module {m}", slug=f"module-{m}")
        page.add_child(instance=module)
        for i in range(1, lessons_per_module + 1):
            lesson = LessonPage(
                title=f"Leçon {m}.{i}",
                slug=f"lecon-{m}-{i}",
                summary="Ce que vous allez apprendre.",
                body=lesson_body(i),
            )
            module.add_child(instance=lesson)
    return page


def lessons_of(course_page: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.live().descendant_of(course_page).order_by("path"))


def user(username: str | None = None, *, group: str | None = None, **fields):
    User = get_user_model()
    username = username or f"personne{next(_counter)}"
    person = User.objects.create_user(
        username=username, password="mot-de-passe-test", **fields
    )
    if group:
        person.groups.add(Group.objects.get(name=group))
    return person


def structure(name: str | None = None, **fields) -> Structure:
    """An active centre social (the role groups must exist: roles_setup)."""
    n = next(_counter)
    defaults = {
        "kind": StructureKind.SOCIAL_CENTRE,
        "town": "Corbeil-Essonnes",
        "departement": "91",
    }
    return Structure.objects.create(name=name or f"Structure {n}", **defaults | fields)


def professional(*structures: Structure, username: str | None = None):
    """A relay professional, member of these structures."""
    person = user(username, group=roles.PROFESSIONAL, first_name="Nadia")
    for each in structures:
        Membership.objects.create(user=person, structure=each)
    return person


def beneficiary(
    structure: Structure, *, by=None, first_name: str | None = None, **fields
) -> tuple[BeneficiaryProfile, str]:
    """A beneficiary of the structure and their clear PIN."""
    if by is None:
        by = user(group=roles.COORDINATOR)
    person, pin = beneficiary_create(
        by=by,
        structure=structure,
        first_name=first_name or f"Prénom{next(_counter)}",
        consent_text="La personne accepte (texte de test).",
        **fields,
    )
    return person.beneficiary_profile, pin
