"""Nobody but the learner and their own professionals reaches a diagnostic run,
a level proposal, or starts a run for a beneficiary. Walks the whole namespace."""

import pytest
from django.test import TestCase
from django.urls import get_resolver, reverse

from courses.services import lesson_complete
from diagnostics.models import ItemResponse, LevelProposal, ProposalStatus, RunMode
from diagnostics.services import run_start
from people.services import roles_setup
from quizzes.services import answer_submit, attempt_start
from tests import builders
from tests.diagnostics import factories
from tests.isolation import page_text
from tests.quizzes import factories as quiz_factories

PERSONAL_URLS = {
    "run_screening": {"run_id"},
    "run_area": {"run_id", "area_number"},
    "run_result": {"run_id"},
    "run_start_assisted": {"diagnostic_id", "beneficiary_id"},
    "proposal_decide": {"proposal_id", "decision"},
}
# The signed-in user's own pages, and pages about a diagnostic, not a person.
OTHER_URLS = {"diagnostic_list", "my_levels", "run_start_self", "diagnostic_paper"}


def patterns():
    _prefix, resolver = get_resolver().namespace_dict["diagnostics"]
    return list(resolver.url_patterns)


def test_the_matrix_covers_every_url_of_the_namespace():
    assert {p.name for p in patterns()} == set(PERSONAL_URLS) | OTHER_URLS
    for pattern in patterns():
        if pattern.name in PERSONAL_URLS:
            assert set(pattern.pattern.converters) == PERSONAL_URLS[pattern.name]


@pytest.fixture
def situation(db):
    roles_setup()
    _home, catalogues = builders.skeleton()
    corbeil = builders.structure()
    profile, _pin = builders.beneficiary(corbeil, first_name="Awa")
    diag = factories.diagnostic(areas=(1,))
    run = run_start(
        diagnostic=diag, learner=profile.user, by=profile.user, mode=RunMode.SELF
    )
    course = builders.course(
        catalogues["beneficiary"],
        modules=1,
        lessons_per_module=1,
        area_number=3,
        level_code="N2",
    )
    q = quiz_factories.question("true_false")
    quiz = quiz_factories.quiz(q)
    lesson = builders.lessons_of(course)[0]
    lesson.body.append(("quiz", {"quiz": quiz, "intro": ""}))
    lesson.save()
    attempt = attempt_start(user=profile.user, quiz=quiz)
    answer_submit(
        user=profile.user, attempt_id=attempt.pk, question_id=q.pk, text="true"
    )
    with TestCase.captureOnCommitCallbacks(execute=True):  # the level evidence
        lesson_complete(user=profile.user, lesson=lesson)
    return {
        "corbeil": corbeil,
        "profile": profile,
        "kwargs": {
            "run_id": run.pk,
            "area_number": 1,
            "diagnostic_id": diag.pk,
            "beneficiary_id": profile.pk,
            "proposal_id": LevelProposal.objects.get().pk,
            "decision": "valider",
        },
    }


@pytest.mark.parametrize(
    "actor", ["other_professional", "other_beneficiary", "anonymous"]
)
def test_no_one_else_reaches_a_learners_diagnostic(client, situation, actor):
    if actor == "other_professional":
        client.force_login(builders.professional(builders.structure()))
    elif actor == "other_beneficiary":
        neighbour, _pin = builders.beneficiary(situation["corbeil"])
        client.force_login(neighbour.user)
    for name, params in PERSONAL_URLS.items():
        url = reverse(
            f"diagnostics:{name}",
            kwargs={k: situation["kwargs"][k] for k in params},
        )
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            if response.status_code == 302:
                assert response["Location"].startswith(reverse("login")), name
            else:
                assert response.status_code in (403, 404, 405), (name, method)
            assert "Awa" not in page_text(response)
    assert not ItemResponse.objects.exists()
    assert LevelProposal.objects.get().status == ProposalStatus.PENDING
