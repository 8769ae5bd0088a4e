"""The simulator blocks: each checks its own rule in French, and each has a
preview for the editor."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from courses.blocks import LessonStreamBlock
from simulators.blocks import (
    PersonaBlock,
    SimulatorBlock,
    SimulatorFieldBlock,
    SimulatorScreenBlock,
)
from tests.simulators.conftest import SIMULATOR


def _clean(block, raw):
    return block.clean(block.to_python(raw))


def _field(**values):
    base = {
        "kind": "text",
        "label": "Nom",
        "rule": "exact",
        "expected": "Martin",
        "explanation": "Le nom est Martin.",
    }
    return base | values


def _errors(block, raw) -> dict:
    with pytest.raises(ValidationError) as caught:
        _clean(block, raw)
    return {k: " ".join(v.messages) for k, v in caught.value.block_errors.items()}


def test_a_sound_field_is_accepted():
    assert _clean(SimulatorFieldBlock(), _field())["expected"] == "Martin"


def test_a_rule_must_suit_the_kind_of_field():
    errors = _errors(SimulatorFieldBlock(), _field(kind="checkbox", rule="exact"))
    assert "ne va pas avec un champ « Case à cocher »" in errors["rule"]


def test_an_exact_rule_needs_its_value():
    errors = _errors(SimulatorFieldBlock(), _field(expected=""))
    assert errors["expected"] == "Indiquez la valeur attendue."


def test_a_date_rule_needs_a_real_date():
    errors = _errors(
        SimulatorFieldBlock(), _field(kind="date", rule="date", expected="3 mars")
    )
    assert "vraie date" in errors["expected"]
    raw = _field(kind="date", rule="date", expected="03/03/1970")
    assert _clean(SimulatorFieldBlock(), raw)


def test_a_choice_rule_must_name_one_of_its_options():
    raw = _field(kind="choice", rule="option", options="Oui\nNon", expected="Peut-être")
    errors = _errors(SimulatorFieldBlock(), raw)
    assert errors["expected"] == "La valeur attendue doit être l'un des choix proposés."
    raw = _field(kind="choice", rule="option", options="Oui", expected="Oui")
    assert "au moins deux choix" in _errors(SimulatorFieldBlock(), raw)["options"]
    raw = _field(kind="choice", rule="option", options="Oui\nNon", expected="Non")
    assert _clean(SimulatorFieldBlock(), raw)


def test_a_screen_needs_at_least_one_field():
    raw = {"title": "Vide", "intro": "", "fields": [], "button_label": "Continuer"}
    with pytest.raises(ValidationError) as caught:
        _clean(SimulatorScreenBlock(), raw)
    errors = caught.value.block_errors["fields"].non_block_errors
    assert [str(error) for error in errors] == [
        "Un écran a besoin d'au moins un champ."
    ]


def test_the_whole_demo_like_simulator_is_valid():
    value = _clean(SimulatorBlock(), SIMULATOR)
    assert len(value["screens"]) == 3


@pytest.mark.parametrize(
    "block", [SimulatorFieldBlock, SimulatorScreenBlock, PersonaBlock, SimulatorBlock]
)
def test_every_simulator_block_has_a_description_and_a_preview(block):
    block = block()
    assert block.get_description()
    assert block.meta.icon and block.meta.template
    assert block.render(block.get_preview_value()).strip()


def test_the_lesson_offers_the_simulator_last():
    assert list(LessonStreamBlock().child_blocks)[-1] == "simulator"


def test_the_block_shows_the_persona_and_the_notice_without_a_link_in_a_preview():
    block = SimulatorBlock()
    html = BeautifulSoup(block.render(block.to_python(SIMULATOR)), "html.parser")
    text = html.get_text(" ", strip=True)
    assert "Vous êtes Marie Martin" in text
    assert "Entraînement : rien n'est envoyé." in text
    assert html.a is None  # no lesson, no block id: nowhere to go
