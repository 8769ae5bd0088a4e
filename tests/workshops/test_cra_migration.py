"""Records written before the CRA take its values (migration 0007): themes,
autonomy, referral and a session's place."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("workshops", "0006_cra_fields")]
AFTER = [("workshops", "0008_drop_referral")]
SCALE = ("skills", "0003_level_summary")


@pytest.fixture
def old_rows(transactional_db):
    """Rows in the old shape (before 0007), written with that state's models."""
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    # With the scale as it is in the database (a flush by an earlier
    # transactional test may have emptied it: the level is created here).
    apps = executor.loader.project_state([*BEFORE, SCALE]).apps
    Structure = apps.get_model("people", "Structure")
    Session = apps.get_model("workshops", "WorkshopSession")
    Accompaniment = apps.get_model("workshops", "Accompaniment")
    Report = apps.get_model("workshops", "ActivityReport")
    Level = apps.get_model("skills", "Level")
    Level.objects.get_or_create(
        code="N1", defaults={"name": "N1", "rank": 1, "summary": "Premiers pas"}
    )
    structure = Structure.objects.create(
        name="Centre d'essai",
        kind=Structure._meta.get_field("kind").choices[0][0],
        town="Évry",
        departement="91",
    )
    day = datetime.date(2025, 3, 10)
    session = Session.objects.create(
        structure=structure,
        title="Atelier",
        date=day,
        start_time=datetime.time(14),
        place="Salle informatique",
        themes=["materiel", "navigation", "autre"],
        level_id="N1",
    )
    bare = Session.objects.create(
        structure=structure,
        title="Sans lieu",
        date=day,
        start_time=datetime.time(9),
        themes=[],
        level_id="N1",
    )
    helped = Accompaniment.objects.create(
        structure=structure,
        date=day,
        autonomy="guidage",
        themes=["demarches", "sante", "emploi"],
        referral="  Vers la CAF  ",
    )
    plain = Accompaniment.objects.create(
        structure=structure,
        date=day,
        autonomy="besoin",
        themes=["banque"],
    )
    Report.objects.create(
        structure=structure,
        session=session,
        date=day,
        participant_count=3,
        duration_minutes=120,
        themes=["securite", "documents", "email"],
    )
    Report.objects.create(
        structure=structure,
        session=bare,
        date=day,
        participant_count=1,
        duration_minutes=60,
    )
    Report.objects.create(
        structure=structure,
        accompaniment=plain,
        date=day,
        participant_count=1,
        duration_minutes=30,
        themes=["banque"],
    )
    yield {"session": session.pk, "helped": helped.pk, "plain": plain.pk}
    MigrationExecutor(connection).migrate(executor.loader.graph.leaf_nodes())


def test_old_values_take_the_cra_values(old_rows):
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    apps = executor.loader.project_state(AFTER).apps
    Session = apps.get_model("workshops", "WorkshopSession")
    Accompaniment = apps.get_model("workshops", "Accompaniment")
    Report = apps.get_model("workshops", "ActivityReport")

    assert Session.objects.get(pk=old_rows["session"]).themes == [
        "prendre_en_main_du_materiel",
        "navigation_sur_internet",
    ]  # « autre » has no counterpart: dropped
    helped = Accompaniment.objects.get(pk=old_rows["helped"])
    assert helped.autonomy == "entierement_accompagne"
    assert helped.themes == [
        "aide_aux_demarches_administratives",
        "sante",
        "insertion_professionnelle",
    ]
    assert (helped.redirected, helped.redirection_kind, helped.redirection_detail) == (
        True,
        "autre",
        "Vers la CAF",
    )
    assert helped.place_type == "lieu_activite"
    plain = Accompaniment.objects.get(pk=old_rows["plain"])
    assert (plain.autonomy, plain.redirected, plain.redirection_kind) == (
        "partiellement_autonome",
        False,
        "",
    )
    with_place = Report.objects.get(session_id=old_rows["session"])
    assert with_place.themes == [
        "securite_numerique",
        "gere_ses_contenus_numeriques",
        "email",
    ]
    assert (with_place.place_type, with_place.place_detail) == (
        "autre",
        "Salle informatique",
    )
    without = Report.objects.get(session__title="Sans lieu")
    assert (without.place_type, without.place_detail) == ("lieu_activite", "")
    assert Report.objects.get(accompaniment_id=old_rows["plain"]).themes == [
        "banque_et_achats_en_ligne"
    ]
