from html import unescape

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from diagnostics.models import ItemResponse, LevelRecord, LevelSource, RunMode
from diagnostics.selectors import learner_standing_get
from diagnostics.services import run_area_record, run_finish, run_start
from skills.models import CompetenceArea, Level
from tests import builders
from tests.diagnostics import factories


@pytest.fixture
def awa(corbeil):
    profile, _pin = builders.beneficiary(corbeil, first_name="Awa")
    return profile


def _area(number):
    return CompetenceArea.objects.get(number=number)


def test_a_self_diagnostic_records_a_level_per_area(awa):
    diag = factories.diagnostic()
    run = run_start(diagnostic=diag, learner=awa.user, by=awa.user, mode=RunMode.SELF)
    assert (
        run_area_record(
            run=run, by=awa.user, area=_area(1), answers=factories.answers(diag, 1)
        )
        == 3
    )
    assert (
        run_area_record(
            run=run,
            by=awa.user,
            area=_area(2),
            answers=factories.answers(diag, 2, n2=False),
        )
        == 1
    )
    run_finish(run=run, by=awa.user)
    levels = {
        r.area.number: r.level.code
        for r in LevelRecord.objects.filter(learner=awa.user)
    }
    assert levels == {1: "N3", 2: "N1"}


def test_items_after_the_first_failure_are_not_counted(awa):
    diag = factories.diagnostic(areas=(1,))
    run = run_start(diagnostic=diag, learner=awa.user, by=awa.user, mode=RunMode.SELF)
    reached = run_area_record(
        run=run,
        by=awa.user,
        area=_area(1),
        answers=factories.answers(diag, 1, n1=False, n2=True, n3=True),
    )
    assert reached == 0
    assert list(
        ItemResponse.objects.filter(run=run)
        .order_by("item__level__rank")
        .values_list("passed", flat=True)
    ) == [False, False, False]


def test_an_area_cannot_be_recorded_twice(awa):
    diag = factories.diagnostic(areas=(1,))
    run = run_start(diagnostic=diag, learner=awa.user, by=awa.user, mode=RunMode.SELF)
    run_area_record(run=run, by=awa.user, area=_area(1), answers={})
    with pytest.raises(ValidationError, match="déjà rempli"):
        run_area_record(
            run=run, by=awa.user, area=_area(1), answers=factories.answers(diag, 1)
        )


def test_the_professional_corrects_a_level_with_a_reason(awa, corbeil):
    pro = builders.professional(corbeil)
    diag = factories.diagnostic(areas=(1,))
    run = run_start(diagnostic=diag, learner=awa.user, by=pro, mode=RunMode.ASSISTED)
    run_area_record(run=run, by=pro, area=_area(1), answers=factories.answers(diag, 1))
    area_id = _area(1).pk
    with pytest.raises(ValidationError, match="pourquoi"):
        run_finish(run=run, by=pro, corrections={area_id: (2, "  ")})
    assert not LevelRecord.objects.exists()
    run_finish(run=run, by=pro, corrections={area_id: (2, "Hésite seule en ligne.")})
    record = LevelRecord.objects.get()
    assert (record.level.code, record.source, record.note) == (
        "N2",
        LevelSource.PROFESSIONAL,
        "Hésite seule en ligne.",
    )
    assert record.recorded_by == pro


def test_another_structures_professional_cannot_run_it(awa):
    other = builders.professional(builders.structure())
    with pytest.raises(PermissionDenied):
        run_start(
            diagnostic=factories.diagnostic(),
            learner=awa.user,
            by=other,
            mode=RunMode.ASSISTED,
        )


def test_a_draft_diagnostic_cannot_start(awa):
    with pytest.raises(ValidationError):
        run_start(
            diagnostic=factories.diagnostic(draft=True),
            learner=awa.user,
            by=awa.user,
            mode=RunMode.SELF,
        )


def test_the_whole_flow_through_the_pages_recommends_next_courses(client, awa):
    _home, catalogues = builders.skeleton()
    builders.course(
        catalogues["beneficiary"],
        title="Aller plus loin",
        area_number=1,
        level_code="N3",
        modules=1,
        lessons_per_module=1,
    )
    diag = factories.diagnostic(areas=(1,))
    client.force_login(awa.user)
    response = client.post(reverse("diagnostics:run_start_self", args=[diag.pk]))
    screening_url = response["Location"]
    response = client.post(screening_url, {})
    area_url = response["Location"]
    assert area_url.endswith("/domaines/1/")
    page = client.get(area_url).content.decode()
    assert "Savez-vous faire la tâche N1 du domaine 1 ?" in unescape(page).replace(
        "\xa0", " "
    )
    items = factories.answers(diag, 1, n2=False)
    data = {
        f"item{pk}": ("yes" if v.get("passed") else "no")
        if "passed" in v
        else v["text"]
        for pk, v in items.items()
    }
    response = client.post(area_url, data)
    result_url = response["Location"]
    client.post(result_url)
    html = client.get(result_url).content.decode()
    assert "N1 · Premiers pas" in html
    # N1 reached in area 1: the next step is N2, not the N3 course.
    assert "Aller plus loin" not in html
    assert LevelRecord.objects.get(learner=awa.user).level.code == "N1"


def test_runs_are_private(client, awa, corbeil):
    diag = factories.diagnostic(areas=(1,))
    run = run_start(diagnostic=diag, learner=awa.user, by=awa.user, mode=RunMode.SELF)
    neighbour, _pin = builders.beneficiary(corbeil)
    own_pro = builders.professional(corbeil)
    for intruder in (
        neighbour.user,
        builders.professional(builders.structure()),
        own_pro,
    ):
        client.force_login(intruder)
        for name, args in [
            ("diagnostics:run_screening", [run.pk]),
            ("diagnostics:run_area", [run.pk, 1]),
            ("diagnostics:run_result", [run.pk]),
        ]:
            for method in ("get", "post"):
                response = getattr(client, method)(reverse(name, args=args))
                assert response.status_code == 404, (intruder, name, method)
    assert not ItemResponse.objects.exists()


def test_assisted_start_is_refused_for_another_structures_beneficiary(client, awa):
    diag = factories.diagnostic()
    client.force_login(builders.professional(builders.structure()))
    url = reverse("diagnostics:run_start_assisted", args=[diag.pk, awa.pk])
    assert client.post(url).status_code == 404


@pytest.mark.parametrize("records", [2, 20])
def test_standing_queries_do_not_grow_with_history(awa, records):
    levels = list(Level.objects.all())
    for i in range(records):
        LevelRecord.objects.create(
            learner=awa.user,
            area=_area(1 + i % 6),
            level=levels[i % 5],
            source=LevelSource.DIAGNOSTIC,
        )
    with CaptureQueriesContext(connection) as ctx:
        standing = learner_standing_get(user=awa.user)
    assert len(ctx.captured_queries) <= 4
    assert sum(len(s.history) for s in standing) == records


def test_the_standing_reads_only_the_courses_of_each_areas_next_level(awa, workshops):
    """Areas 1 at N1 and 3 at N2: the courses for (1, N2) and (3, N3) are
    proposed, and only they are read — not those of (1, N3) or (3, N2)."""
    levels = {lv.code: lv for lv in Level.objects.all()}
    for number, code in ((1, "N1"), (3, "N2")):
        LevelRecord.objects.create(
            learner=awa.user,
            area=_area(number),
            level=levels[code],
            source=LevelSource.DIAGNOSTIC,
        )
    wanted = {
        (1, "N2"): builders.course(
            workshops, modules=0, area_number=1, level_code="N2"
        ),
        (3, "N3"): builders.course(
            workshops, modules=0, area_number=3, level_code="N3"
        ),
    }
    for number, code in ((1, "N3"), (3, "N2")):
        builders.course(workshops, modules=0, area_number=number, level_code=code)
    with CaptureQueriesContext(connection) as ctx:
        standing = {s.area.number: s for s in learner_standing_get(user=awa.user)}
    assert standing[1].courses == [wanted[(1, "N2")]]
    assert standing[3].courses == [wanted[(3, "N3")]]
    (courses_sql,) = [
        q["sql"]
        for q in ctx.captured_queries
        if '"courses_coursepage"' in q["sql"]
        and "diagnostics_levelrecord" not in q["sql"]
    ]
    with connection.cursor() as cursor:
        cursor.execute(courses_sql)
        assert len(cursor.fetchall()) == 2


def test_my_levels_page_draws_the_history(client, awa):
    levels = {lv.code: lv for lv in Level.objects.all()}
    for code in ("N1", "N2"):
        LevelRecord.objects.create(
            learner=awa.user,
            area=_area(3),
            level=levels[code],
            source=LevelSource.DIAGNOSTIC,
        )
    client.force_login(awa.user)
    html = client.get(reverse("diagnostics:my_levels")).content.decode()
    assert "<svg" in html and "<polyline" in html
    assert "+1" in html
    assert "Voir les données du graphique" in html
    assert "Parcours suivis" in html and "Exercices" in html


def test_the_paper_version_lists_every_item_without_answers(client, awa):
    diag = factories.diagnostic(areas=(1, 2))
    client.force_login(awa.user)
    html = client.get(reverse("diagnostics:diagnostic_paper", args=[diag.pk])).content
    html = html.decode()
    assert html.count("<strong>N1</strong>") == 2
    assert "La personne a su faire la tâche N3 du domaine 2." in html
    assert "Avez-vous un smartphone ?" in html
    assert "Parce que." not in html  # no explanation, so no answer


def test_the_professional_sees_the_beneficiarys_level_chart(client, awa, corbeil):
    levels = {lv.code: lv for lv in Level.objects.all()}
    for code in ("N0", "N1"):
        LevelRecord.objects.create(
            learner=awa.user,
            area=_area(2),
            level=levels[code],
            source=LevelSource.DIAGNOSTIC,
        )
    client.force_login(builders.professional(corbeil))
    html = client.get(
        reverse("people:beneficiary_detail", kwargs={"beneficiary_id": awa.pk})
    ).content.decode()
    assert "<polyline" in html
    assert "N1 · Premiers pas" in html


def test_a_long_history_keeps_the_chart_at_a_readable_scale():
    from types import SimpleNamespace

    from diagnostics.templatetags.diagnostics_tags import WIDTH, level_chart

    levels = [SimpleNamespace(rank=rank, code=f"N{rank}") for rank in range(5)]
    history = [
        SimpleNamespace(level=levels[i % 5]) for i in range(30)
    ]  # thirty records
    chart = level_chart(history, levels)
    # The picture is as wide as for two records: its 12 px labels are not
    # shrunk to fit a phone's screen; the points stay inside, in order.
    assert chart["width"] == WIDTH == level_chart(history[:2], levels)["width"]
    xs = [point["x"] for point in chart["points"]]
    assert xs == sorted(set(xs)) and xs[-1] <= WIDTH
