"""What workshops hold about a person, declared to people.gdpr (see
WorkshopsConfig): the sessions they were in and their one-to-one help."""

from people.gdpr import (
    choice_label_getter,
    register_not_personal,
    register_personal_data,
)
from workshops.models import Accompaniment, Participation


def participations_export(user) -> list[dict]:
    """The workshop sessions the person was listed in, oldest first (1 query)."""
    attendance_label = choice_label_getter(Participation, "attendance")
    return [
        {
            "atelier": p.session.title,
            "date": p.session.date,
            "presence": attendance_label(p.attendance),
            "inscrit_le": p.enrolled_at,
            "a_rejoint_le_mode_guide_le": p.joined_at,
            "vu_le": p.last_seen_at,
            "aide_demandee_le": p.help_requested_at,
            "lecon_du_mode_guide_terminee_le": p.finished_at,
        }
        for p in Participation.objects.filter(beneficiary__user=user)
        .select_related("session")
        .only(
            "session__title",
            "session__date",
            "attendance",
            "enrolled_at",
            "joined_at",
            "last_seen_at",
            "help_requested_at",
            "finished_at",
        )
        .order_by("session__date", "pk")
    ]


def accompaniments_export(user) -> list[dict]:
    """The one-to-one help the person received, oldest first (1 query)."""
    return [
        {
            "date": a.date,
            "duree_minutes": a.duration_minutes,
            "thematiques": ", ".join(a.theme_labels()),
            "lieu": a.get_place_type_display(),
            "precision_du_lieu": a.place_detail,
            "commune": a.place_town,
            "code_postal": a.place_postcode,
            "precision_de_la_demarche": a.procedure_detail,
            "materiel": ", ".join(a.material_labels()),
            "autonomie": a.get_autonomy_display(),
            "reoriente": a.redirected,
            "structure_de_reorientation": a.get_redirection_kind_display(),
            "precision_de_la_reorientation": a.redirection_detail,
            "notes": a.notes,
        }
        for a in Accompaniment.objects.filter(beneficiary__user=user).order_by(
            "date", "pk"
        )
    ]


def accompaniments_erase(user) -> int:
    """Clear what was written about the person in their accompaniments (the
    free texts: place, démarche, réorientation, notes); the dated, anonymous
    activity and its CRA codes stay for the structure's figures."""
    return Accompaniment.objects.filter(beneficiary__user=user).update(
        place_detail="",
        place_town="",
        place_postcode="",
        procedure_detail="",
        redirection_detail="",
        notes="",
    )


register_personal_data(
    "ateliers", participations_export, models=("workshops.Participation",)
)
register_personal_data(
    "accompagnements",
    accompaniments_export,
    accompaniments_erase,
    models=("workshops.Accompaniment",),
    erased=(
        "workshops.Accompaniment.place_detail",
        "workshops.Accompaniment.place_town",
        "workshops.Accompaniment.place_postcode",
        "workshops.Accompaniment.procedure_detail",
        "workshops.Accompaniment.redirection_detail",
        "workshops.Accompaniment.notes",
    ),
    kept={
        "workshops.Accompaniment.themes": "theme codes from a list, for figures",
        "workshops.Accompaniment.materials": "device codes from a list, for figures",
    },
)
register_not_personal(
    "workshops.WorkshopSession",
    reason="its people are the professionals who lead it; participants are in "
    "workshops.Participation",
)
register_not_personal(
    "workshops.ActivityReport",
    reason="a professional's report on the structure's activity, about no one "
    "beneficiary",
)
