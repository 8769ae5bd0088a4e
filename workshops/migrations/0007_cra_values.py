"""Existing records take the CRA's values (workshops/cra.py): the old themes
become the Coop's thématiques, the old autonomy the three new ones, a referral
text a réorientation (kind « autre ») with that text as its précision, and a
session's place text the report's lieu « autre lieu » with that text."""

from django.db import migrations

OLD_THEME_TO_THEMATIQUE = {
    "materiel": "prendre_en_main_du_materiel",
    "navigation": "navigation_sur_internet",
    "email": "email",
    "demarches": "aide_aux_demarches_administratives",
    "sante": "sante",
    "emploi": "insertion_professionnelle",
    "banque": "banque_et_achats_en_ligne",
    "securite": "securite_numerique",
    "documents": "gere_ses_contenus_numeriques",
    # "autre" has no counterpart in the Coop's lists: it is dropped.
}
OLD_AUTONOMY = {
    "guidage": "entierement_accompagne",
    "besoin": "partiellement_autonome",
    "autonome": "autonome",
}
REDIRECTION_DETAIL_MAX = 500
PLACE_DETAIL_MAX = 200


def thematiques(themes) -> list[str]:
    """The old theme codes as thématiques, in order, each once; values
    already on the new list are kept."""
    mapped = []
    for theme in themes or []:
        new = OLD_THEME_TO_THEMATIQUE.get(theme, theme if "_" in theme else None)
        if new and new not in mapped:
            mapped.append(new)
    return mapped


def _remap_themes(model) -> None:
    for row in model.objects.only("pk", "themes").iterator(chunk_size=2000):
        new = thematiques(row.themes)
        if new != row.themes:
            model.objects.filter(pk=row.pk).update(themes=new)


def forwards(apps, schema_editor):
    session_model = apps.get_model("workshops", "WorkshopSession")
    accompaniment_model = apps.get_model("workshops", "Accompaniment")
    report_model = apps.get_model("workshops", "ActivityReport")
    for model in (session_model, accompaniment_model, report_model):
        _remap_themes(model)
    for old, new in OLD_AUTONOMY.items():
        accompaniment_model.objects.filter(autonomy=old).update(autonomy=new)
    for row in (
        accompaniment_model.objects.exclude(referral="")
        .only("pk", "referral")
        .iterator(chunk_size=2000)
    ):
        accompaniment_model.objects.filter(pk=row.pk).update(
            redirected=True,
            redirection_kind="autre",
            redirection_detail=row.referral.strip()[:REDIRECTION_DETAIL_MAX],
        )
    for row in (
        report_model.objects.filter(session__isnull=False)
        .exclude(session__place="")
        .values("pk", "session__place")
        .iterator(chunk_size=2000)
    ):
        report_model.objects.filter(pk=row["pk"]).update(
            place_type="autre",
            place_detail=row["session__place"].strip()[:PLACE_DETAIL_MAX],
        )


def backwards(apps, schema_editor):
    accompaniment_model = apps.get_model("workshops", "Accompaniment")
    for old, new in OLD_AUTONOMY.items():
        accompaniment_model.objects.filter(autonomy=new).update(autonomy=old)
    for row in (
        accompaniment_model.objects.filter(redirected=True)
        .only("pk", "redirection_detail")
        .iterator(chunk_size=2000)
    ):
        accompaniment_model.objects.filter(pk=row.pk).update(
            referral=row.redirection_detail or "-"
        )


class Migration(migrations.Migration):
    dependencies = [("workshops", "0006_cra_fields")]

    operations = [migrations.RunPython(forwards, backwards)]
