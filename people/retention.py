"""Retention: beneficiaries inactive for BENEFICIARY_RETENTION_MONTHS are
anonymised (people.gdpr.beneficiary_anonymise_inactive), their structure's
professionals warned by e-mail BENEFICIARY_RETENTION_WARNING_DAYS before.

Run daily by people.tasks.beneficiaries_retention_apply (the schedule of
migration 0005_beneficiary_retention). « Inactive » has one definition:
people.selectors.beneficiaries_inactive_since. A person is anonymised only
after a warning that is still current (no activity since) and at least
BENEFICIARY_RETENTION_WARNING_DAYS old, so nobody goes without notice, even
when the task did not run for a while.
"""

import datetime
import logging
from calendar import monthrange
from itertools import groupby

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import F, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from people import roles
from people.gdpr import beneficiary_anonymise_inactive
from people.models import BeneficiaryProfile, Membership, User
from people.selectors import beneficiaries_inactive_since

logger = logging.getLogger(__name__)


def months_before(moment: datetime.datetime, months: int) -> datetime.datetime:
    """The same day `months` earlier (the month's last day when it has fewer)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def retention_cutoff(now: datetime.datetime) -> datetime.datetime:
    """Activity before this moment is past the retention period."""
    return months_before(now, settings.BENEFICIARY_RETENTION_MONTHS)


def _warning_period() -> datetime.timedelta:
    return datetime.timedelta(days=settings.BENEFICIARY_RETENTION_WARNING_DAYS)


def _currently_warned() -> QuerySet[BeneficiaryProfile]:
    # A warning counts while the person did nothing after it.
    return beneficiaries_inactive_since(F("retention_warned_at")).filter(
        retention_warned_at__isnull=False
    )


def beneficiaries_retention_to_warn(
    *, now: datetime.datetime
) -> QuerySet[BeneficiaryProfile]:
    """Who reaches the retention period within the warning period and has no
    current warning (one query)."""
    soon = retention_cutoff(now) + _warning_period()
    return beneficiaries_inactive_since(soon).exclude(
        pk__in=_currently_warned().values("pk")
    )


def beneficiaries_retention_due(
    *, now: datetime.datetime
) -> QuerySet[BeneficiaryProfile]:
    """Who is inactive past the retention period and was warned long enough
    ago (one query)."""
    return beneficiaries_inactive_since(retention_cutoff(now)).filter(
        pk__in=_currently_warned()
        .filter(retention_warned_at__lte=now - _warning_period())
        .values("pk")
    )


def _professionals(structure_ids: list[int]) -> dict[int, list[User]]:
    """Per structure, its active professionals with an e-mail (one query)."""
    memberships = (
        Membership.objects.filter(
            structure__in=structure_ids,
            user__is_active=True,
            user__groups__name=roles.PROFESSIONAL,
        )
        .exclude(user__email="")
        .select_related("user")
        .order_by("structure_id", "user_id")
    )
    return {
        key: [membership.user for membership in group]
        for key, group in groupby(memberships, key=lambda m: m.structure_id)
    }


def beneficiaries_retention_warn(*, now: datetime.datetime | None = None) -> int:
    """Warn each structure's professionals, one e-mail each, about its people
    who will be anonymised within the warning period; each person is warned
    once (retention_warned_at). Returns the number of people warned. Raises
    nothing on a mail failure: it is logged and the people are warned again at
    the next run."""
    now = now or timezone.now()
    with transaction.atomic():
        # Claimed before sending, as the workshop reminders: a run retried or
        # running at the same time finds nobody left to warn.
        ids = list(
            beneficiaries_retention_to_warn(now=now)
            .select_for_update(skip_locked=True, of=("self",))
            .values_list("pk", flat=True)
        )
        BeneficiaryProfile.objects.filter(pk__in=ids).update(retention_warned_at=now)
    profiles = list(
        BeneficiaryProfile.objects.filter(pk__in=ids, retention_warned_at=now)
        .select_related("user", "structure")
        .order_by("structure_id", "user__first_name", "pk")
    )
    by_structure = {
        key: list(group) for key, group in groupby(profiles, lambda p: p.structure)
    }
    recipients = _professionals([structure.pk for structure in by_structure])
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    url = base_url + reverse("people:beneficiary_list")
    connection = get_connection()
    failed: list[int] = []
    with translation.override(settings.LANGUAGE_CODE):
        for structure, group in by_structure.items():
            context = {
                "structure": structure,
                "profiles": group,
                "months": settings.BENEFICIARY_RETENTION_MONTHS,
                "erase_on": timezone.localdate(now + _warning_period()),
                "url": url,
                "site_name": settings.WAGTAIL_SITE_NAME,
            }
            messages = []
            for professional in recipients.get(structure.pk, []):
                context["professional"] = professional
                subject = render_to_string(
                    "people/email/retention_warning_subject.txt", context
                )
                messages.append(
                    EmailMessage(
                        subject=" ".join(subject.split()),
                        body=render_to_string(
                            "people/email/retention_warning_body.txt", context
                        ),
                        to=[professional.email],
                        connection=connection,
                    )
                )
            if not messages:
                logger.warning(
                    "Retention: no professional of structure %s to warn", structure.pk
                )
                continue
            try:
                connection.send_messages(messages)
            except OSError:  # smtplib.SMTPException is an OSError too
                logger.exception("Retention warning for structure %s", structure.pk)
                failed += [profile.pk for profile in group]
    if failed:
        BeneficiaryProfile.objects.filter(
            pk__in=failed, retention_warned_at=now
        ).update(retention_warned_at=None)
    return len(profiles) - len(failed)


def beneficiaries_retention_anonymise(*, now: datetime.datetime | None = None) -> int:
    """Anonymise everyone beneficiaries_retention_due names, each in its own
    transaction. Returns how many were anonymised. Raises nothing."""
    now = now or timezone.now()
    anonymised = 0
    for profile in beneficiaries_retention_due(now=now).order_by("pk"):
        try:
            beneficiary_anonymise_inactive(profile=profile)
        except ValidationError:
            continue  # erased meanwhile by a professional
        anonymised += 1
    return anonymised
