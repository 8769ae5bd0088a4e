"""Practising: screens are checked on the server, in order; a mistake is
explained beside its field and writes nothing; the last right screen
completes the simulator, which the lesson then counts."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonCompletion
from courses.services import lesson_complete
from simulators.models import SimulatorProgress
from tests.simulators.conftest import RIGHT
from tests.simulators.helpers import check_url, restart_url, screen_url


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def _progress(learner):
    return SimulatorProgress.objects.filter(user=learner).first()


def _soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def _finish(client, lesson, block_id, screens=RIGHT):
    for number, data in enumerate(screens, start=1):
        response = client.post(check_url(lesson, block_id, number), data)
        assert response.status_code == 302, (number, response.content.decode())


def test_the_first_screen_shows_fields_persona_and_notice_and_writes_nothing(
    signed_in, lesson, block_id, learner
):
    with CaptureQueriesContext(connection) as queries:
        response = signed_in.get(screen_url(lesson, block_id))
    assert not [q for q in queries if q["sql"].startswith(("INSERT", "UPDATE"))]
    assert _progress(learner) is None
    page = _soup(response)
    text = page.get_text(" ", strip=True)
    assert "Écran 1 sur 3" in text
    assert "Entraînement : rien n'est envoyé." in text
    assert "Vous êtes Marie Martin" in text
    assert "Espace santé — site d'entraînement" in text
    assert page.find("form", class_="sim-form")["autocomplete"] == "off"
    assert [b.get_text(strip=True) for b in page.select(".sim-form button")] == [
        "Créer mon compte",
        "Se connecter",
    ]


def test_each_right_screen_moves_on_and_the_last_completes(
    signed_in, lesson, block_id, learner
):
    signed_in.post(check_url(lesson, block_id, 1), RIGHT[0])
    assert _progress(learner).screens_done == 1
    response = signed_in.get(screen_url(lesson, block_id))
    page = _soup(response)
    assert "Écran 2 sur 3" in page.get_text()
    assert page.find("input", id="id_champ_0")["autocomplete"] == "off"
    assert page.find("label", attrs={"for": "id_champ_1"}).get_text() == (
        "Date de naissance"
    )
    signed_in.post(check_url(lesson, block_id, 2), RIGHT[1])
    assert _progress(learner).completed_at is None
    response = signed_in.post(check_url(lesson, block_id, 3), RIGHT[2], follow=True)
    progress = _progress(learner)
    assert progress.screens_done == 3 and progress.completed_at is not None
    text = response.content.decode()
    assert "Bravo, vous avez réussi l&#x27;entraînement !" in text
    assert "Le compte de Marie est créé (pour de faux)." in text


def test_a_mistake_is_explained_beside_its_field_keeps_values_and_writes_nothing(
    signed_in, lesson, block_id, learner
):
    signed_in.post(check_url(lesson, block_id, 1), RIGHT[0])
    wrong = RIGHT[1] | {"champ_0": "Dupont"}
    response = signed_in.post(check_url(lesson, block_id, 2), wrong)
    assert response.status_code == 200
    page = _soup(response)
    summary = page.find(id="erreurs")
    assert summary.has_attr("autofocus") and summary["role"] == "alert"
    assert summary.a["href"] == "#id_champ_0"
    error = page.find(id="id_champ_0_erreur")
    assert error.get_text() == "Le nom de Marie est Martin."
    control = page.find("input", id="id_champ_0")
    assert control["value"] == "Dupont"
    assert control["aria-invalid"] == "true"
    assert "id_champ_0_erreur" in control["aria-describedby"]
    assert page.find("input", id="id_champ_1")["value"] == "1970-03-03"
    assert page.find(id="id_champ_1_erreur") is None
    assert _progress(learner).screens_done == 1


def test_the_wrong_button_is_explained_alone(signed_in, lesson, block_id, learner):
    response = signed_in.post(check_url(lesson, block_id, 1), {"bouton": "champ_1"})
    summary = _soup(response).find(id="erreurs").get_text(" ", strip=True)
    assert "Marie n'a pas de compte" in summary
    assert "Appuyez sur « Créer mon compte »" not in summary
    assert _progress(learner) is None


def test_a_screen_cannot_be_skipped(signed_in, lesson, block_id, learner):
    response = signed_in.post(check_url(lesson, block_id, 2), RIGHT[1], follow=True)
    assert "Faites d&#x27;abord l&#x27;écran 1." in response.content.decode()
    assert _progress(learner) is None
    signed_in.post(check_url(lesson, block_id, 1), RIGHT[0])
    signed_in.post(check_url(lesson, block_id, 3), RIGHT[2])
    assert _progress(learner).screens_done == 1
    assert _progress(learner).completed_at is None


def test_a_screen_done_cannot_be_counted_twice(signed_in, lesson, block_id, learner):
    signed_in.post(check_url(lesson, block_id, 1), RIGHT[0])
    signed_in.post(check_url(lesson, block_id, 1), RIGHT[0])
    signed_in.post(check_url(lesson, block_id, 2), RIGHT[0])  # screen 1's data
    assert _progress(learner).screens_done == 1


def test_an_unknown_screen_or_simulator_is_not_found(signed_in, lesson, block_id):
    assert signed_in.post(check_url(lesson, block_id, 4), {}).status_code == 404
    assert signed_in.get(screen_url(lesson, "inconnu")).status_code == 404


def test_a_get_never_checks(signed_in, lesson, block_id, learner):
    response = signed_in.get(check_url(lesson, block_id, 1), RIGHT[0])
    assert response.status_code == 405
    assert _progress(learner) is None


def test_restarting_goes_back_to_the_first_screen_and_keeps_the_success(
    signed_in, lesson, block_id, learner
):
    _finish(signed_in, lesson, block_id)
    response = signed_in.post(restart_url(lesson, block_id), follow=True)
    assert "Écran 1 sur 3" in response.content.decode()
    progress = _progress(learner)
    assert progress.screens_done == 0 and progress.completed_at is not None


def test_the_lesson_waits_for_its_simulator(lesson, block_id, learner, client):
    with pytest.raises(ValidationError) as refused:
        lesson_complete(user=learner, lesson=lesson)
    assert refused.value.messages == [
        "Terminez d'abord l'entraînement « Créer un compte santé »."
    ]
    assert not LessonCompletion.objects.filter(user=learner).exists()
    client.force_login(learner)
    _finish(client, lesson, block_id, RIGHT[:2])
    with pytest.raises(ValidationError):
        lesson_complete(user=learner, lesson=lesson)
    client.post(check_url(lesson, block_id, 3), RIGHT[2])
    assert lesson_complete(user=learner, lesson=lesson).created


def test_a_lesson_without_simulator_costs_no_more_queries(course, learner):
    from tests import builders

    plain = builders.lessons_of(course)[1]
    with CaptureQueriesContext(connection) as queries:
        lesson_complete(user=learner, lesson=plain)
    assert "simulators_simulatorprogress" not in " ".join(q["sql"] for q in queries)


def test_the_lesson_page_shows_the_learners_state_as_it_changes(
    signed_in, lesson, block_id
):
    def state():
        card = _soup(signed_in.get(lesson.whole_url())).find(class_="sim-card")
        return card.find(class_=["button", "badge"]).get_text(" ", strip=True)

    assert state().startswith("Commencer l'entraînement")
    # Kept as rendered for this learner from now on (courses.serving).
    assert state().startswith("Commencer l'entraînement")
    signed_in.post(check_url(lesson, block_id, 1), RIGHT[0])
    assert state().startswith("Continuer")
    assert (
        "écran 2 sur 3"
        in _soup(signed_in.get(lesson.whole_url())).find(class_="sim-card").get_text()
    )
    signed_in.post(check_url(lesson, block_id, 2), RIGHT[1])
    signed_in.post(check_url(lesson, block_id, 3), RIGHT[2])
    assert state() == "Terminé"
    link = _soup(signed_in.get(lesson.whole_url())).find(class_="sim-card").a
    assert link["href"] == screen_url(lesson, block_id)


def test_another_learner_sees_the_lesson_as_new(client, lesson, block_id, learner):
    from tests import builders

    client.force_login(learner)
    _finish(client, lesson, block_id)
    client.force_login(builders.user())
    card = _soup(client.get(lesson.whole_url())).find(class_="sim-card")
    assert "Commencer l'entraînement" in card.get_text()


def test_back_to_the_lesson_means_back_to_the_step_that_holds_it(
    signed_in, lesson, block_id
):
    from courses.steps import lesson_steps

    holding = next(
        step
        for step in lesson_steps(lesson)
        if any(str(block.id) == block_id for block in step.blocks)
    )
    assert holding.number > 1
    page = _soup(signed_in.get(screen_url(lesson, block_id)))
    assert page.find("a", string=re.compile("Retour à la leçon"))["href"] == (
        lesson.step_url(holding.number)
    )
