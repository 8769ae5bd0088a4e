"""The communication kit: a workshop's A4 poster and half-page flyer, in plain
French, as PDF through training.pdf. Reads only; no state is kept."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse

from training.models import StructureContact
from training.pdf import qr_data_uri
from training.selectors import structure_contact_get
from workshops.models import WorkshopSession

SERIES_MAX = 6  # dates a poster can list and still be read from afar

KINDS = {"affiche": "training/kit_poster.html", "flyer": "training/kit_flyer.html"}


@dataclass(frozen=True)
class KitContent:
    """What a poster or flyer says."""

    session: WorkshopSession
    dates: list[WorkshopSession]  # the session, or the series' coming dates
    ends_at: datetime.time
    contact: StructureContact
    contact_url: str
    qr: str


def series_get(session: WorkshopSession) -> list[WorkshopSession]:
    """The coming sessions of the same structure and title, from this one on
    (the « série »): at most SERIES_MAX, in date order (1 query)."""
    return list(
        WorkshopSession.objects.filter(
            structure_id=session.structure_id,
            title=session.title,
            cancelled_at__isnull=True,
            date__gte=session.date,
        ).order_by("date", "start_time", "pk")[:SERIES_MAX]
    )


def kit_content_get(*, session: WorkshopSession, series: bool = False) -> KitContent:
    """The poster's or flyer's content for a session (or its series)."""
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "training:structure_contact", kwargs={"structure_id": session.structure_id}
    )
    ends_at = (
        datetime.datetime.combine(session.date, session.start_time)
        + datetime.timedelta(minutes=session.duration_minutes)
    ).time()
    return KitContent(
        session=session,
        dates=series_get(session) if series else [session],
        ends_at=ends_at,
        contact=structure_contact_get(session.structure),
        contact_url=url,
        qr=qr_data_uri(url),
    )
