"""The result page of a run: the professional's confirmation of the levels found,
and what the result says, per area, once the levels are recorded."""

import re
from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from diagnostics.models import DiagnosticItem, LevelRecord, RunMode
from diagnostics.selectors import run_standing_get
from diagnostics.services import run_area_record, run_finish, run_start
from diagnostics.wording import task_as_skill
from skills.models import CompetenceArea
from tests import builders
from tests.diagnostics import factories
from tests.isolation import page_text


@pytest.fixture
def awa(corbeil):
    profile, _pin = builders.beneficiary(corbeil, first_name="Awa")
    return profile


@pytest.fixture
def pro(corbeil):
    return builders.professional(corbeil)


def _area(number):
    return CompetenceArea.objects.get(number=number)


def _assisted_run(diag, learner, pro, per_area=None):
    """An assisted run with every area recorded (answers per area number)."""
    run = run_start(diagnostic=diag, learner=learner, by=pro, mode=RunMode.ASSISTED)
    numbers = set(
        DiagnosticItem.objects.filter(diagnostic=diag).values_list(
            "area__number", flat=True
        )
    )
    for number in sorted(numbers):
        run_area_record(
            run=run,
            by=pro,
            area=_area(number),
            answers=factories.answers(diag, number, **(per_area or {}).get(number, {})),
        )
    return run


def _row(html: str, area_name: str) -> str:
    """The table row of one area on the confirmation page."""
    for row in re.findall(r"<tr>.*?</tr>", html, re.DOTALL):
        if f'<th scope="row">{area_name}</th>' in unescape(row):
            return row
    raise AssertionError(f"no row for {area_name}")


def _tag(html: str, element_id: str) -> str:
    match = re.search(rf'<(?:select|input)[^>]*\bid="{element_id}"[^>]*>', html)
    assert match, element_id
    return match.group(0)


# Confirmation: a correction without a reason -------------------------------


def test_a_correction_without_a_reason_keeps_the_chosen_level_in_its_row(
    client, awa, pro
):
    diag = factories.diagnostic(areas=(1, 2))
    run = _assisted_run(diag, awa.user, pro)  # N3 found in both areas
    one, two = _area(1), _area(2)
    client.force_login(pro)
    url = reverse("diagnostics:run_result", args=[run.pk])
    response = client.post(
        url,
        {
            f"level{one.pk}": "2",
            f"reason{one.pk}": "",
            f"level{two.pk}": "3",
            f"reason{two.pk}": "",
        },
    )
    assert response.status_code == 200
    assert not LevelRecord.objects.exists()
    html = page_text(response)
    row = _row(html, one.name)
    # The corrected level stays chosen, not the level found.
    assert re.search(r'<option value="2" selected>', _row(html, one.name))
    assert not re.search(r'<option value="3" selected>', row)
    # The error sits in the area's row, and the reason field points to it.
    error = re.search(
        rf'<p class="field-error" id="reason{one.pk}_error">([^<]+)</p>', row
    )
    assert error and "indiquez pourquoi" in unescape(error.group(1))
    reason = _tag(row, f"reason{one.pk}")
    assert 'aria-invalid="true"' in reason
    assert f'aria-describedby="reason{one.pk}_error"' in reason
    # The unchanged area is fine.
    other = _row(html, two.name)
    assert "field-error" not in other
    assert "aria-invalid" not in _tag(other, f"reason{two.pk}")
    assert re.search(r'<option value="3" selected>', other)


def test_the_service_names_each_area_whose_correction_lacks_a_reason(awa, pro):
    diag = factories.diagnostic(areas=(1, 2, 3))
    run = _assisted_run(diag, awa.user, pro)
    one, two, three = _area(1), _area(2), _area(3)
    with pytest.raises(ValidationError) as caught:
        run_finish(
            run=run,
            by=pro,
            corrections={
                one.pk: (2, ""),
                two.pk: (3, ""),  # the level found: no reason needed
                three.pk: (1, " "),
            },
        )
    assert set(caught.value.error_dict) == {one.pk, three.pk}
    assert not LevelRecord.objects.exists()


def test_a_correction_with_a_reason_is_recorded_from_the_page(client, awa, pro):
    diag = factories.diagnostic(areas=(1,))
    run = _assisted_run(diag, awa.user, pro)
    one = _area(1)
    client.force_login(pro)
    url = reverse("diagnostics:run_result", args=[run.pk])
    response = client.post(
        url, {f"level{one.pk}": "2", f"reason{one.pk}": "Hésite encore seule."}
    )
    assert response.status_code == 302
    record = LevelRecord.objects.get()
    assert (record.level.code, record.note) == ("N2", "Hésite encore seule.")


# After an assisted diagnostic: where « all the levels » are ------------------


def test_after_an_assisted_diagnostic_the_professional_goes_to_the_persons_levels(
    client, awa, pro
):
    diag = factories.diagnostic(areas=(1,))
    run = _assisted_run(diag, awa.user, pro)
    run_finish(run=run, by=pro)
    client.force_login(pro)
    html = page_text(client.get(reverse("diagnostics:run_result", args=[run.pk])))
    detail = reverse("people:beneficiary_detail", kwargs={"beneficiary_id": awa.pk})
    assert f'href="{detail}#niveaux"' in html
    assert reverse("diagnostics:my_levels") not in html.split("<main", 1)[-1]
    # Her name, elided: « d'Awa », never « de Awa ».
    assert "Voir tous les niveaux d'Awa" in unescape(html)
    assert "Résultat du diagnostic d'Awa" in unescape(html)
    assert "de Awa" not in unescape(html)
    # The page it leads to shows the person's levels.
    target = page_text(client.get(detail))
    assert 'id="niveaux"' in target and "N3 · Autonome" in target


def test_after_a_diagnostic_alone_the_learner_goes_to_their_own_levels(client, awa):
    diag = factories.diagnostic(areas=(1,))
    run = run_start(diagnostic=diag, learner=awa.user, by=awa.user, mode=RunMode.SELF)
    run_area_record(
        run=run, by=awa.user, area=_area(1), answers=factories.answers(diag, 1)
    )
    run_finish(run=run, by=awa.user)
    client.force_login(awa.user)
    html = page_text(client.get(reverse("diagnostics:run_result", args=[run.pk])))
    assert f'href="{reverse("diagnostics:my_levels")}"' in html
    assert "Voir tous mes niveaux" in html


# What the result says per area ------------------------------------------------


def test_the_result_says_what_the_person_knows_in_each_area(client, awa):
    diag = factories.diagnostic(areas=(1, 2))
    run = run_start(diagnostic=diag, learner=awa.user, by=awa.user, mode=RunMode.SELF)
    run_area_record(
        run=run, by=awa.user, area=_area(1), answers=factories.answers(diag, 1)
    )
    run_area_record(
        run=run,
        by=awa.user,
        area=_area(2),
        answers=factories.answers(diag, 2, n2=False),
    )
    run_finish(run=run, by=awa.user)
    client.force_login(awa.user)
    html = unescape(
        page_text(client.get(reverse("diagnostics:run_result", args=[run.pk])))
    ).replace("\xa0", " ")
    # Area 1 at N3: its last item passed. Area 2 at N1: its N1 task, and its N2
    # question as the next step.
    assert "Vous savez faire la tâche N3 du domaine 1." in html
    assert "Vous savez faire la tâche N1 du domaine 2." in html
    assert "« Vrai ou faux, domaine 2 ? »" in html
    # Not the scale's generic description, the same for every area.
    assert "fait seul" not in html.lower()


def test_a_level_raised_by_the_professional_is_described_by_its_own_items(awa, pro):
    diag = factories.diagnostic(areas=(1,))
    run = _assisted_run(diag, awa.user, pro, {1: {"n1": False}})  # N0 found
    run_finish(run=run, by=pro, corrections={_area(1).pk: (1, "Vu en atelier.")})
    (standing,) = run_standing_get(run=run)
    assert standing.current.level.code == "N1"
    assert standing.known_item.skill == "faire la tâche N1 du domaine 1"
    assert standing.next_item.question.text == "Vrai ou faux, domaine 1 ?"


@pytest.mark.parametrize("areas", [(1,), (1, 2, 3, 4, 5, 6)])
def test_the_run_standing_queries_do_not_grow_with_the_areas(awa, areas):
    diag = factories.diagnostic(areas=areas)
    run = run_start(diagnostic=diag, learner=awa.user, by=awa.user, mode=RunMode.SELF)
    for number in areas:
        run_area_record(
            run=run,
            by=awa.user,
            area=_area(number),
            answers=factories.answers(diag, number),
        )
    run_finish(run=run, by=awa.user)
    with CaptureQueriesContext(connection) as ctx:
        standing = run_standing_get(run=run)
    assert len(ctx.captured_queries) <= 6
    assert all(s.known_item is not None for s in standing)


@pytest.mark.parametrize(
    ("task", "skill"),
    [
        (
            "La personne a su, seule, ouvrir une application et régler le volume.",
            "ouvrir une application et régler le volume, sans aide",
        ),
        (
            "La personne a su, guidée pas à pas, ouvrir le navigateur internet.",
            "ouvrir le navigateur internet, avec un guidage pas à pas",
        ),
        (
            "La personne a su trouver seule le bon site officiel.",
            "trouver sans aide le bon site officiel",
        ),
        (
            "La personne a su allumer le téléphone et le déverrouiller.",
            "allumer le téléphone et le déverrouiller",
        ),
        (
            "Je sais créer un compte et me connecter avec FranceConnect.",
            "créer un compte et vous connecter avec FranceConnect",
        ),
        (
            "Je sais expliquer ma méthode et partager mon écran.",
            "expliquer votre méthode et partager votre écran",
        ),
        ("Envoyer une photo par message.", "Envoyer une photo par message"),
    ],
)
def test_a_task_reads_as_what_the_person_knows(task, skill):
    assert task_as_skill(task) == skill


def test_a_level_outside_the_scale_is_refused_in_its_row(client, awa, pro):
    diag = factories.diagnostic(areas=(1,))
    run = _assisted_run(diag, awa.user, pro)
    one = _area(1)
    client.force_login(pro)
    url = reverse("diagnostics:run_result", args=[run.pk])
    response = client.post(url, {f"level{one.pk}": "9", f"reason{one.pk}": "?"})
    assert response.status_code == 200
    assert not LevelRecord.objects.exists()
    row = _row(page_text(response), one.name)
    assert f'id="level{one.pk}_error"' in row
    assert 'aria-invalid="true"' in _tag(row, f"level{one.pk}")
