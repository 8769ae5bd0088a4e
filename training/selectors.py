"""Reads of the training app, limited to what the user may see. The path rule
itself lives in training.path."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, QuerySet

from people import roles
from people.models import Membership, Structure
from people.selectors import structures_for_user
from quizzes.models import Quiz
from training.codes import code_is_well_formed, code_normalize
from training.models import PROFESSIONAL_PATH, Attestation, StructureContact
from training.path import PathProgress, TrainingPath, path_progress_get


def professionals_visible_to(user, *, structure: Structure | None = None) -> QuerySet:
    """The active professionals of the structures this user may see
    (people.selectors.structures_for_user: coordinators every one,
    professionals their own), by name; each with their memberships."""
    scope = structures_for_user(user)
    if structure is not None:
        scope = scope.filter(pk=structure.pk)
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__name=roles.PROFESSIONAL,
            memberships__structure__in=scope.values("pk"),
        )
        .distinct()
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.select_related("structure").order_by(
                    "structure__name"
                ),
            )
        )
        .order_by("first_name", "last_name", "pk")
    )


@dataclass
class PersonRow:
    """One professional of a « Formation de l'équipe » list."""

    person: object
    structures: list[Structure]
    progress: PathProgress
    attestation: Attestation | None


def team_rows_get(*, people: list, path: TrainingPath | None = None) -> list[PersonRow]:
    """The rows of one page of professionals: progress and attestation each
    (8 queries, whatever the page's length)."""
    progress = path_progress_get(users=people, path=path)
    attestations = {
        attestation.holder_id: attestation
        for attestation in Attestation.objects.filter(
            holder__in=[person.pk for person in people], path=PROFESSIONAL_PATH
        )
    }
    return [
        PersonRow(
            person=person,
            structures=[m.structure for m in person.memberships.all()],
            progress=progress[person.pk],
            attestation=attestations.get(person.pk),
        )
        for person in people
    ]


def attestation_of(user) -> Attestation | None:
    """The person's own attestation of the path, if issued (1 query)."""
    return Attestation.objects.filter(holder=user, path=PROFESSIONAL_PATH).first()


def attestation_visible_to(*, user, attestation_id: int) -> Attestation | None:
    """The attestation if the user may see it: its holder, a professional of a
    structure the holder belongs to, or a coordinator; else None (2 queries)."""
    attestation = (
        Attestation.objects.select_related("holder").filter(pk=attestation_id).first()
    )
    if attestation is None or not user.is_authenticated:
        return None
    if attestation.holder_id == user.pk or roles.user_is_coordinator(user):
        return attestation
    if attestation.holder_id and roles.user_has_role(user, roles.PROFESSIONAL):
        shared = Membership.objects.filter(
            user_id=attestation.holder_id,
            structure__in=structures_for_user(user).values("pk"),
        )
        if shared.exists():
            return attestation
    return None


def attestation_verify_get(code: str) -> Attestation | None:
    """The attestation behind a typed code (any case, spaces or dashes), or None.
    One query whatever was typed, so an unknown code answers as fast as a
    known one."""
    code = code_normalize(code)
    found = Attestation.objects.filter(code=code[:10]).first()
    return found if found is not None and code_is_well_formed(code) else None


def quiz_titles_get(quiz_ids) -> dict[int, str]:
    """The titles of these quizzes (1 query; none for no id)."""
    ids = list(quiz_ids)
    if not ids:
        return {}
    return dict(Quiz.objects.filter(pk__in=ids).values_list("pk", "title"))


def structure_contact_get(structure: Structure) -> StructureContact:
    """What the structure publishes (an empty, unsaved one if nothing yet)."""
    return StructureContact.objects.filter(structure=structure).first() or (
        StructureContact(structure=structure)
    )


def structure_may_edit_contact(*, user, structure: Structure) -> bool:
    """Its professionals and coordinators edit what a structure publishes."""
    return (
        roles.user_is_coordinator(user)
        or roles.user_has_role(user, roles.PROFESSIONAL)
        and structures_for_user(user).filter(pk=structure.pk).exists()
    )
