"""Property tests: a diagnostic's answers, corrections and decisions — no HTTP
500, nothing half-written, a French message; typed text is bounded."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from hypothesis import example, given
from hypothesis import settings as hypothesis_settings

from diagnostics.models import (
    DiagnosticItem,
    ItemResponse,
    LevelProposal,
    LevelRecord,
    RunMode,
)
from diagnostics.services import level_proposal_decide, run_area_record, run_start
from quizzes.models import QuestionKind
from skills.models import CompetenceArea, Level
from tests import builders
from tests.diagnostics import factories
from tests.fuzz import assert_french, flashed, param_text, typed_text
from tests.quizzes import factories as quiz_factories


@pytest.fixture
def awa(corbeil, pro_corbeil):
    return builders.beneficiary(corbeil, by=pro_corbeil, first_name="Awa")[0]


@pytest.fixture
def typed_item_diag():
    """Area 1, its N2 item a question answered in words."""
    diag = factories.diagnostic(areas=(1,))
    item = DiagnosticItem.objects.get(diagnostic=diag, level__code="N2")
    item.question = quiz_factories.question(QuestionKind.SHORT_TEXT)
    item.save()
    return diag, item


def test_a_one_megabyte_answer_is_refused_and_nothing_recorded(
    awa, pro_corbeil, typed_item_diag
):
    diag, item = typed_item_diag
    run = run_start(
        diagnostic=diag, learner=awa.user, by=pro_corbeil, mode=RunMode.ASSISTED
    )
    answers = factories.answers(diag, 1)
    answers[item.pk] = {"text": "a" * 1_000_000}
    with pytest.raises(ValidationError) as refused:
        run_area_record(
            run=run,
            by=pro_corbeil,
            area=CompetenceArea.objects.get(number=1),
            answers=answers,
        )
    assert_french(refused.value.messages)
    assert not ItemResponse.objects.exists()


@hypothesis_settings(max_examples=30)
@given(text=typed_text, passed=param_text)
@example(text="a" * 6000, passed="yes")
@example(text="ar\x00obase", passed="yes")
def test_the_area_page_records_a_whole_area_or_nothing(
    client, awa, pro_corbeil, typed_item_diag, text, passed
):
    diag, item = typed_item_diag
    ItemResponse.objects.all().delete()
    run = run_start(
        diagnostic=diag, learner=awa.user, by=pro_corbeil, mode=RunMode.ASSISTED
    )
    others = DiagnosticItem.objects.filter(diagnostic=diag).exclude(pk=item.pk)
    data = {f"item{other.pk}": passed for other in others}
    data[f"item{item.pk}"] = text
    client.force_login(pro_corbeil)
    response = client.post(reverse("diagnostics:run_area", args=[run.pk, 1]), data)
    assert response.status_code in (200, 302)
    recorded = ItemResponse.objects.filter(run=run).count()
    assert recorded in (0, 3)  # the area whole, or nothing
    if response.status_code == 200:
        assert recorded == 0
        assert_french(flashed(response))
    for response_row in ItemResponse.objects.filter(run=run):
        typed = response_row.answer.get("text", "")
        assert len(typed) <= 5000 and "\x00" not in typed


@hypothesis_settings(max_examples=30)
@given(reason=typed_text, level=param_text)
@example(reason="r" * 301, level="3")
@example(reason="Corrigé\x1b", level="3")
def test_the_result_page_corrects_a_level_or_says_why(
    client, awa, pro_corbeil, reason, level
):
    LevelRecord.objects.all().delete()
    diag = factories.diagnostic(areas=(1,))
    run = run_start(
        diagnostic=diag, learner=awa.user, by=pro_corbeil, mode=RunMode.ASSISTED
    )
    area = CompetenceArea.objects.get(number=1)
    run_area_record(
        run=run, by=pro_corbeil, area=area, answers=factories.answers(diag, 1, n2=False)
    )
    client.force_login(pro_corbeil)
    response = client.post(
        reverse("diagnostics:run_result", args=[run.pk]),
        {f"level{area.pk}": level, f"reason{area.pk}": reason},
    )
    assert response.status_code in (200, 302)
    records = LevelRecord.objects.filter(learner=awa.user)
    if response.status_code == 200:
        assert not records.exists()
        form = response.context["form"]
        assert_french([e for errors in form.errors.values() for e in errors])
    else:
        for record in records:
            assert len(record.note) <= 300 and "\x1b" not in record.note


@pytest.fixture
def proposal(awa, workshops):
    course = builders.course(workshops, title="Le courriel")
    return LevelProposal.objects.create(
        learner=awa.user,
        area=CompetenceArea.objects.get(number=1),
        level=Level.objects.get(code="N2"),
        course=course,
    )


@hypothesis_settings(max_examples=20)
@given(reason=typed_text)
@example(reason="x" * 301)
def test_declining_a_proposal_keeps_it_pending_unless_the_reason_is_fit(
    pro_corbeil, proposal, reason
):
    LevelProposal.objects.filter(pk=proposal.pk).update(status="pending", reason="")
    try:
        level_proposal_decide(
            by=pro_corbeil, proposal_id=proposal.pk, validate=False, reason=reason
        )
    except ValidationError as exc:
        assert_french(exc.messages)
        proposal.refresh_from_db()
        assert proposal.status == "pending" and proposal.reason == ""
    else:
        proposal.refresh_from_db()
        assert proposal.status == "declined"
        assert 0 < len(proposal.reason) <= 300
