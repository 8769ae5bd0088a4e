"""Load the demo diagnostics and a level history for demo beneficiaries."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from demo import diagnostic_content
from demo.pictures import picture_image
from demo.quizzes import question_from_spec
from diagnostics.models import (
    Diagnostic,
    DiagnosticItem,
    DiagnosticRun,
    LevelRecord,
    LevelSource,
    RunMode,
    ScreeningQuestion,
)
from skills.models import CompetenceArea, Level

# First diagnostic (two months ago) of each demo beneficiary, per area number,
# then the level rises a professional validated since.
FIRST_LEVELS = {
    "CRBA23": {1: "N1", 2: "N1", 3: "N0", 4: "N0", 5: "N1", 6: "N0"},
    "CRBB45": {1: "N2", 2: "N2", 3: "N1", 4: "N1", 5: "N1", 6: "N1"},
    "GRGA23": {1: "N1", 2: "N0", 3: "N0", 4: "N0", 5: "N0", 6: "N0"},
}
RISES = {"CRBA23": {1: "N2", 3: "N1"}, "CRBB45": {3: "N2"}}


def _diagnostic(spec: dict, audience: str) -> Diagnostic:
    source = f"demo:{spec['slug']}"
    existing = Diagnostic.objects.filter(source=source).first()
    if existing is not None:
        return existing
    diagnostic = Diagnostic.objects.create(
        title=spec["title"],
        audience=audience,
        intro=spec["intro"],
        draft=False,
        source=source,
    )
    for order, screening in enumerate(spec["screening"]):
        ScreeningQuestion.objects.create(
            diagnostic=diagnostic,
            text=screening["text"],
            choices="\n".join(screening["choices"]),
            sort_order=order,
        )
    areas = {area.number: area for area in CompetenceArea.objects.all()}
    levels = {level.code: level for level in Level.objects.all()}
    for order, item in enumerate(spec["items"]):
        question = None
        if item["kind"] != "task":
            question = question_from_spec(item, source=f"{source}:{order}")
        picture = _item_picture(item.get("picture"))
        DiagnosticItem.objects.create(
            diagnostic=diagnostic,
            area=areas[item["area"]],
            level=levels[item["level"]],
            kind="task" if item["kind"] == "task" else "question",
            question=question,
            task=item["text"] if item["kind"] == "task" else "",
            self_text=diagnostic_content.self_text(item),
            picture=picture,
            picture_alt=item.get("picture_alt", "") if picture else "",
            sort_order=order,
        )
    return diagnostic


def _item_picture(key: str | None):
    """The Wagtail image drawn for a picture key of the demo data, or None."""
    return picture_image(key) if key else None


def _history(diagnostic: Diagnostic) -> None:
    User = get_user_model()
    areas = {area.number: area for area in CompetenceArea.objects.all()}
    levels = {level.code: level for level in Level.objects.all()}
    now = timezone.now()
    for code, first in FIRST_LEVELS.items():
        learner = User.objects.filter(beneficiary_profile__login_code=code).first()
        if learner is None or LevelRecord.objects.filter(learner=learner).exists():
            continue
        profile = learner.beneficiary_profile
        pro = (
            User.objects.filter(memberships__structure=profile.structure)
            .order_by("pk")
            .first()
        )
        started = now - timedelta(days=60)
        run = DiagnosticRun.objects.create(
            diagnostic=diagnostic,
            learner=learner,
            conducted_by=pro,
            mode=RunMode.ASSISTED,
            started_at=started,
            finished_at=started,
        )
        LevelRecord.objects.bulk_create(
            LevelRecord(
                learner=learner,
                area=areas[number],
                level=levels[level_code],
                source=LevelSource.DIAGNOSTIC,
                run=run,
                recorded_by=pro,
                recorded_at=started,
            )
            for number, level_code in first.items()
        )
        for number, level_code in RISES.get(code, {}).items():
            LevelRecord.objects.create(
                learner=learner,
                area=areas[number],
                level=levels[level_code],
                source=LevelSource.PROFESSIONAL,
                recorded_by=pro,
                recorded_at=now - timedelta(days=10),
                note="Progrès constatés en atelier.",
            )


@transaction.atomic
def demo_diagnostics_load() -> int:
    """Create the two demo diagnostics and the demo level histories (idempotent)."""
    before = Diagnostic.objects.count()
    beneficiary = _diagnostic(diagnostic_content.BENEFICIARY_DIAGNOSTIC, "beneficiary")
    _diagnostic(diagnostic_content.PROFESSIONAL_SELF_ASSESSMENT, "professional")
    _history(beneficiary)
    return Diagnostic.objects.count() - before
