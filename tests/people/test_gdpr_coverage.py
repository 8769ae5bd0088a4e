"""Every model of the project that holds a person's foreign key (or belongs to a
row that does) is covered by a people.gdpr registration, and its free text is
either erased or kept for a stated reason; erasing a person leaves none of what
was written about them in any table."""

import datetime
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection, models

from diagnostics.models import DiagnosticItem, ItemResponse, LevelRecord, RunMode
from diagnostics.services import run_area_record, run_finish, run_start
from people.gdpr import (
    beneficiary_data_export,
    beneficiary_erase,
    personal_data_coverage,
)
from people.models import BeneficiaryProfile
from quizzes.models import QuestionKind
from skills.models import CompetenceArea
from tests import builders
from tests.diagnostics import factories as diagnostic_factories
from tests.quizzes import factories as quiz_factories
from workshops.cra import Autonomy, RedirectionStructure
from workshops.services import accompaniment_create

ACCOMPANIMENT_NOTE = "NOTE-ACC-7f3a vit seule, ne sort plus depuis l'hiver"
REFERRAL = "ORIENT-ACC-91bc vers l'assistante sociale"
DIAGNOSTIC_ANSWER = "REPONSE-DIAG-c2e4 mon fils fait tout pour moi"
CORRECTION = "CORRECTION-NIV-5d18 a beaucoup hésité, lit mal"
MARKERS = (ACCOMPANIMENT_NOTE, REFERRAL, DIAGNOSTIC_ANSWER, CORRECTION)


def _project_models() -> list[type[models.Model]]:
    """The models of the project's own apps: those whose code is in this
    repository, not Django's, Wagtail's or another package's."""
    base = Path(settings.BASE_DIR).resolve()
    return [
        model
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(base)
        and ".venv" not in Path(config.path).parts
        for model in config.get_models()
    ]


def _name(model) -> str:
    return f"{model._meta.app_label}.{model.__name__}"


def _is_free_text(field) -> bool:
    if isinstance(field, models.JSONField):
        return True
    return isinstance(field, models.CharField | models.TextField) and not (
        field.choices or isinstance(field, models.SlugField)
    )


def _personal_models() -> dict[str, type[models.Model]]:
    """Models with their own foreign key to a user or a beneficiary profile, and
    the models whose rows belong (on_delete=CASCADE) to one of those."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    people = {user_model, BeneficiaryProfile}
    found = {}
    owned = set()
    for model in _project_models():
        for field in model._meta.local_fields + list(model._meta.local_many_to_many):
            if field.is_relation and field.related_model in people:
                found[_name(model)] = model
                if getattr(field.remote_field, "on_delete", None) is models.CASCADE:
                    owned.add(model)
    changed = True
    while changed:
        changed = False
        for model in _project_models():
            if model in owned:
                continue
            for field in model._meta.local_fields:
                if (
                    field.is_relation
                    and field.related_model in owned
                    and field.remote_field.on_delete is models.CASCADE
                ):
                    owned.add(model)
                    found[_name(model)] = model
                    changed = True
                    break
    return found


def test_the_walk_finds_the_models_known_to_hold_personal_data():
    found = _personal_models()
    for name in (
        "diagnostics.DiagnosticRun",
        "diagnostics.ItemResponse",
        "diagnostics.LevelRecord",
        "workshops.Accompaniment",
        "quizzes.Answer",
        "courses.LessonPosition",
    ):
        assert name in found
    assert "wagtailcore.Page" not in found  # third-party internals are left out
    assert "courses.CoursePage" not in found  # its owner is Wagtail's, inherited


def test_every_model_holding_a_person_is_covered_by_a_registration():
    exported, not_personal, _declared = personal_data_coverage()
    missing = sorted(set(_personal_models()) - set(exported) - set(not_personal))
    assert not missing, f"Not registered with people.gdpr: {missing}"


def test_every_free_text_field_of_those_models_is_erased_or_kept_for_a_reason():
    _exported, not_personal, declared = personal_data_coverage()
    undeclared = [
        f"{name}.{field.name}"
        for name, model in _personal_models().items()
        if name not in not_personal and name != settings.AUTH_USER_MODEL
        for field in model._meta.local_fields
        if _is_free_text(field) and f"{name}.{field.name}" not in declared
    ]
    assert not undeclared, f"Free text neither erased nor kept: {undeclared}"


def test_declared_fields_exist():
    _exported, _not_personal, declared = personal_data_coverage()
    for path in declared:
        app_label, model_name, field_name = path.split(".")
        apps.get_model(app_label, model_name)._meta.get_field(field_name)


# The check: nothing written about an erased person remains anywhere.


@pytest.fixture
def written_about(corbeil, pro_corbeil, workshops):
    """A beneficiary with an accompaniment note, a typed diagnostic answer and a
    level corrected with a reason."""
    profile, _pin = builders.beneficiary(corbeil, first_name="Zélie")
    accompaniment_create(
        by=pro_corbeil,
        structure=corbeil,
        date=datetime.date(2026, 3, 2),
        autonomy=Autonomy.FULLY_HELPED,
        beneficiary=profile,
        redirected=True,
        redirection_kind=RedirectionStructure.OPERATOR,
        redirection_detail=REFERRAL,
        notes=ACCOMPANIMENT_NOTE,
    )
    diag = diagnostic_factories.diagnostic(areas=(1,))
    area = CompetenceArea.objects.get(number=1)
    item = DiagnosticItem.objects.filter(diagnostic=diag, kind="question").first()
    item.question = quiz_factories.question(
        QuestionKind.SHORT_TEXT, text="Qui vous aide ?"
    )
    item.save()
    run = run_start(
        diagnostic=diag, learner=profile.user, by=pro_corbeil, mode=RunMode.ASSISTED
    )
    given = diagnostic_factories.answers(diag, 1)
    given[item.pk] = {"text": DIAGNOSTIC_ANSWER}
    run_area_record(run=run, by=pro_corbeil, area=area, answers=given)
    run_finish(run=run, by=pro_corbeil, corrections={area.pk: (3, CORRECTION)})
    return profile


def _text_columns():
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            for column in connection.introspection.get_table_description(cursor, table):
                yield table, column.name


def _tables_holding(marker: str) -> list[str]:
    quote = connection.ops.quote_name
    found = []
    with connection.cursor() as cursor:
        for table, column in _text_columns():
            cursor.execute(
                f"SELECT COUNT(*) FROM {quote(table)} "  # noqa: S608 - names from the schema
                f"WHERE CAST({quote(column)} AS TEXT) LIKE %s",
                [f"%{marker.split()[0]}%"],
            )
            if cursor.fetchone()[0]:
                found.append(f"{table}.{column}")
    return found


def test_the_texts_are_in_the_export_then_in_no_table_after_erasure(
    written_about, pro_corbeil
):
    exported = str(beneficiary_data_export(by=pro_corbeil, profile=written_about))
    for marker in MARKERS:
        assert marker in exported
        assert _tables_holding(marker), marker  # the search does find them

    beneficiary_erase(by=pro_corbeil, profile=written_about)

    for marker in MARKERS:
        assert _tables_holding(marker) == [], marker
    # The aggregates stay: the responses, the level and the accompaniment count.
    assert ItemResponse.objects.filter(run__learner=written_about.user).count() == 3
    assert LevelRecord.objects.get(learner=written_about.user).level.code == "N3"
    assert written_about.accompaniments.count() == 1
