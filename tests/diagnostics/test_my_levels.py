"""« Mes niveaux » in plain words: what each level means, a chart only once
there are two points, and a course's level proposal explained."""

from datetime import timedelta
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from diagnostics.models import LevelProposal, LevelRecord, LevelSource
from skills.models import CompetenceArea, Level
from skills.seed import LEVEL_SUMMARIES
from skills.services import scale_seed
from tests import builders
from tests.isolation import page_text

URL = reverse("diagnostics:my_levels")


@pytest.fixture
def aminata(corbeil):
    profile, _pin = builders.beneficiary(corbeil, first_name="Aminata")
    return profile


def _record(learner, code, *, days_ago, area=1):
    return LevelRecord.objects.create(
        learner=learner,
        area=CompetenceArea.objects.get(number=area),
        level=Level.objects.get(code=code),
        source=LevelSource.DIAGNOSTIC,
        recorded_at=timezone.now() - timedelta(days=days_ago),
    )


def _page(client, user) -> str:
    client.force_login(user)
    return unescape(page_text(client.get(URL))).replace("\xa0", " ")


def test_every_level_is_explained_in_one_plain_sentence(client, aminata):
    _record(aminata.user, "N1", days_ago=3)
    html = _page(client, aminata.user)
    # The current level, then the whole scale.
    assert html.count(LEVEL_SUMMARIES["N1"]) == 2
    for code, summary in LEVEL_SUMMARIES.items():
        assert summary in html, code
        assert summary.startswith("Vous ") and summary.endswith(".")


def test_one_level_is_said_in_words_without_a_chart(client, aminata):
    _record(aminata.user, "N1", days_ago=3)
    html = _page(client, aminata.user)
    assert "<svg" not in html
    assert "Un seul niveau est enregistré pour le moment." in html


def test_two_levels_draw_the_chart(client, aminata):
    _record(aminata.user, "N1", days_ago=30)
    _record(aminata.user, "N2", days_ago=3)
    html = _page(client, aminata.user)
    assert html.count("<svg") == 1
    assert "Un seul niveau est enregistré" not in html
    assert "+1 niveau" in html


def test_a_coordinators_sentence_is_kept_when_the_scale_is_seeded_again():
    Level.objects.filter(code="N2").update(summary="Vous avancez bien.")
    scale_seed()
    assert Level.objects.get(code="N2").summary == "Vous avancez bien."
    assert Level.objects.get(code="N3").summary == LEVEL_SUMMARIES["N3"]


@pytest.fixture
def proposal(aminata):
    _home, catalogues = builders.skeleton()
    course = builders.course(
        catalogues["beneficiary"],
        title="Écrire un e-mail",
        area_number=3,
        level_code="N2",
        modules=1,
        lessons_per_module=1,
    )
    return LevelProposal.objects.create(
        learner=aminata.user,
        area=CompetenceArea.objects.get(number=3),
        level=Level.objects.get(code="N2"),
        course=course,
    )


def test_the_learner_reads_what_the_proposal_means(client, aminata, proposal):
    html = _page(client, aminata.user)
    assert (
        "Vous avez terminé « Écrire un e-mail » : votre accompagnateur peut "
        "confirmer que vous savez maintenant faire des choses simples sans aide, "
        "comme envoyer un e-mail ou faire une recherche. Votre niveau en "
        "« Communiquer » passera alors à N2 (En progression)."
    ) in html


def test_a_sentence_written_otherwise_still_explains_the_proposal(
    client, aminata, proposal
):
    Level.objects.filter(code="N2").update(summary="Vous avancez bien.")
    html = _page(client, aminata.user)
    assert (
        "Vous avez terminé « Écrire un e-mail » : votre accompagnateur peut "
        "confirmer votre nouveau niveau. Votre niveau en « Communiquer » passera "
        "alors à N2 (En progression)."
    ) in html


def test_the_professional_reads_the_proposal_with_the_name_elided(
    client, corbeil, aminata, proposal
):
    client.force_login(builders.professional(corbeil))
    detail = reverse("people:beneficiary_detail", kwargs={"beneficiary_id": aminata.pk})
    html = unescape(page_text(client.get(detail))).replace("\xa0", " ")
    assert (
        "Aminata a terminé « Écrire un e-mail » : vous pouvez confirmer "
        "qu'Aminata passe au niveau N2 (En progression) en « Communiquer »."
    ) in html
    assert "que Aminata" not in html
