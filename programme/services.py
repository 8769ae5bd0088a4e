"""Writes of the programme: applications to a call, decisions, programmes,
milestones and check-ins. Every function validates, raises ValidationError
with a French message (PermissionDenied for a person who may not act) and
writes its rows in one transaction."""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from lms.validators import text_check
from people import roles
from people.models import Membership, Structure
from programme import rules
from programme.models import (
    Application,
    ApplicationReferent,
    ApplicationStatus,
    Call,
    CheckIn,
    Milestone,
    MilestoneStatus,
    Programme,
    ProgrammeTemplate,
    Stage,
    TemplateMilestone,
)
from programme.seed import DEFAULT_MILESTONES, DEFAULT_TEMPLATE_NAME
from programme.selectors import indicators_snapshot_get

logger = logging.getLogger(__name__)

REFERENTS_MAX = 3
APPLICATION_FIELDS = (
    "structure_name",
    "kind",
    "address",
    "town",
    "departement",
    "publics",
    "current_activities",
    "staff",
    "rooms",
    "motivation",
    "contact_phone",
)


def _send(*, subject_template: str, body_template: str, context: dict, to: str):
    """One e-mail from two templates; a refused e-mail is logged, never raised
    (the rows are already committed)."""
    context = context | {"site_name": settings.WAGTAIL_SITE_NAME}
    subject = " ".join(render_to_string(subject_template, context).split())
    message = EmailMessage(
        subject=subject, body=render_to_string(body_template, context), to=[to]
    )
    try:
        message.send()
    except Exception:  # the mail server is outside the transaction's control
        logger.exception("E-mail to %s not sent (%s)", to, subject)


# --- The call for applications ------------------------------------------------


@transaction.atomic
def application_submit(
    *,
    call: Call,
    data: dict,
    referents: list[tuple[str, str]],
    today: datetime.date | None = None,
) -> Application:
    """Record an application to an open call and e-mail its acknowledgement to
    each referent after the commit. Raises ValidationError when the call is
    closed, the referents are not one to three, or a field is invalid."""
    if not call.is_open(today):
        raise ValidationError(
            _("Cet appel à candidatures n'est pas ouvert aujourd'hui."),
            code="call_closed",
        )
    referents = [(name.strip(), email.strip()) for name, email in referents]
    if not 1 <= len(referents) <= REFERENTS_MAX:
        raise ValidationError(
            _("Indiquez une à trois personnes référentes."), code="referents"
        )
    application = Application(
        call=call, **{name: data[name] for name in APPLICATION_FIELDS}
    )
    for name in ("current_activities", "staff", "rooms", "motivation"):
        text_check(getattr(application, name))
    application.full_clean()
    application.save()
    rows = [
        ApplicationReferent(application=application, name=name, email=email, position=n)
        for n, (name, email) in enumerate(referents)
    ]
    for row in rows:
        row.full_clean(exclude=["application"])
    ApplicationReferent.objects.bulk_create(rows)
    transaction.on_commit(lambda: _acknowledge(application, rows))
    return application


def _acknowledge(application: Application, referents: list[ApplicationReferent]):
    for referent in referents:
        _send(
            subject_template="programme/email/application_received_subject.txt",
            body_template="programme/email/application_received_body.txt",
            context={"application": application, "referent": referent},
            to=referent.email,
        )


def _check_coordinator(by) -> None:
    if not roles.user_is_coordinator(by):
        raise PermissionDenied(_("Seuls les coordinateurs du réseau décident."))


def _check_undecided(application: Application) -> None:
    if application.is_decided:
        raise ValidationError(
            _("Cette candidature a déjà reçu une réponse."), code="decided"
        )


def _reason_check(reason: str) -> str:
    reason = text_check(reason.strip())
    if not reason:
        raise ValidationError(
            {"reason": _("Indiquez le motif de la décision.")}, code="reason"
        )
    return reason


@transaction.atomic
def application_decline(*, by, application: Application, reason: str) -> Application:
    """Decline an application with a reason. Raises PermissionDenied for anyone
    but a coordinator, ValidationError when it was decided already or the
    reason is empty."""
    _check_coordinator(by)
    application = Application.objects.select_for_update().get(pk=application.pk)
    _check_undecided(application)
    application.status = ApplicationStatus.DECLINED
    application.decision_reason = _reason_check(reason)
    application.decided_by = by
    application.decided_at = timezone.now()
    application.save()
    return application


def _username_free(email: str) -> str:
    User = get_user_model()
    base = email.lower()[:140]
    username, n = base, 1
    while User.objects.filter(username=username).exists():
        n += 1
        username = f"{base}.{n}"
    return username


def _professional_for(referent: ApplicationReferent, *, structure: Structure):
    """The referent's professional account, made a member of the structure:
    an existing account with this e-mail, or a new one without a usable
    password (they choose it through the invitation). Returns (user, created)."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=referent.email).first()
    created = user is None
    if created:
        first, _sep, last = referent.name.partition(" ")
        user = User(
            username=_username_free(referent.email),
            email=referent.email.lower(),
            first_name=first[:150],
            last_name=last[:150],
        )
        user.set_unusable_password()
        user.full_clean()
        user.save()
    if roles.user_has_role(user, roles.BENEFICIARY):
        raise ValidationError(
            _("L'adresse %(email)s est celle d'un compte de bénéficiaire.")
            % {"email": referent.email},
            code="beneficiary_email",
        )
    user.groups.add(Group.objects.get_or_create(name=roles.PROFESSIONAL)[0])
    Membership.objects.get_or_create(user=user, structure=structure)
    return user, created


def invitation_url(user, *, base_url: str) -> str:
    """The « Choisir mon mot de passe » address (Django's password-reset token:
    it stops working once the password is set, or after PASSWORD_RESET_TIMEOUT)."""
    path = reverse(
        "password_set",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return base_url.rstrip("/") + path


def _invite(users: list, *, structure: Structure, base_url: str) -> None:
    for user, created in users:
        _send(
            subject_template="programme/email/invitation_subject.txt",
            body_template="programme/email/invitation_body.txt",
            context={
                "person": user,
                "structure": structure,
                "created": created,
                "url": (
                    invitation_url(user, base_url=base_url)
                    if created
                    else base_url.rstrip("/") + reverse("login")
                ),
                "days": settings.PASSWORD_RESET_TIMEOUT // 86400,
            },
            to=user.email,
        )


@transaction.atomic
def application_select(
    *,
    by,
    application: Application,
    reason: str,
    base_url: str,
    start_date: datetime.date | None = None,
) -> Programme:
    """Select an application: in one transaction, create its structure, its
    referents' professional accounts and its programme from the default
    template; the invitations are e-mailed after the commit. Raises
    PermissionDenied for anyone but a coordinator, ValidationError when it was
    decided already, the reason is empty or a row is invalid (nothing is kept)."""
    _check_coordinator(by)
    application = Application.objects.select_for_update().get(pk=application.pk)
    _check_undecided(application)
    reason = _reason_check(reason)
    structure = Structure(
        name=application.structure_name,
        kind=application.kind,
        town=application.town,
        departement=application.departement,
    )
    structure.full_clean()
    structure.save()
    accounts = [
        _professional_for(referent, structure=structure)
        for referent in application.referents.all()
    ]
    programme = programme_open(
        by=by,
        structure=structure,
        start_date=start_date or timezone.localdate(),
        network_referent=by,
        structure_referents=[user for user, _created in accounts],
        needs_publics=list(application.publics),
        needs_rooms=application.rooms,
        needs_staff_time=application.staff,
    )
    application.status = ApplicationStatus.SELECTED
    application.decision_reason = reason
    application.decided_by = by
    application.decided_at = timezone.now()
    application.structure = structure
    application.save()
    transaction.on_commit(
        lambda: _invite(accounts, structure=structure, base_url=base_url)
    )
    return programme


# --- Programmes -------------------------------------------------------------

NEEDS_FIELDS = (
    "needs_equipment",
    "needs_rooms",
    "needs_staff_time",
    "needs_partners",
)


@transaction.atomic
def template_default_ensure() -> ProgrammeTemplate:
    """The default template, created from programme.seed when there is no
    template at all (the data migration does the same on a new database; a
    flushed test database or the demo may need it again). Raises nothing."""
    template = template_default_get()
    if template is not None:
        return template
    template = ProgrammeTemplate.objects.create(
        name=DEFAULT_TEMPLATE_NAME, is_default=True
    )
    TemplateMilestone.objects.bulk_create(
        TemplateMilestone(
            template=template,
            sort_order=n,
            title=title,
            offset_days=days,
            owner_side=side,
            rule=rule,
        )
        for n, (title, days, side, rule) in enumerate(DEFAULT_MILESTONES)
    )
    return template


def template_default_get() -> ProgrammeTemplate | None:
    """The template a new programme starts from: the default one, else the
    first (one query)."""
    return ProgrammeTemplate.objects.order_by("-is_default", "name", "pk").first()


@transaction.atomic
def programme_open(
    *,
    by,
    structure: Structure,
    start_date: datetime.date,
    network_referent=None,
    structure_referents=(),
    template: ProgrammeTemplate | None = None,
    needs_publics: list[str] | None = None,
    **needs: str,
) -> Programme:
    """Open a structure's programme and seed its milestones from the template
    (the default one unless given): each due its offset after the start, owned
    by the network's referent or the structure's first referent. Raises
    PermissionDenied for anyone but a coordinator, ValidationError when the
    structure has a programme already or a field is invalid."""
    _check_coordinator(by)
    if Programme.objects.filter(structure=structure).exists():
        raise ValidationError(
            _("Cette structure a déjà un programme."), code="programme_exists"
        )
    template = template or template_default_get()
    programme = Programme(
        structure=structure,
        template=template,
        start_date=start_date,
        network_referent=network_referent,
        needs_publics=needs_publics or [],
        **{name: text_check(needs.get(name, "")) for name in NEEDS_FIELDS},
    )
    programme.full_clean()
    programme.save()
    referents = list(structure_referents)
    programme.structure_referents.set(referents)
    if template is not None:
        owners = {"reseau": network_referent, "structure": next(iter(referents), None)}
        Milestone.objects.bulk_create(
            Milestone(
                programme=programme,
                position=item.sort_order or 0,
                title=item.title,
                due_date=start_date + datetime.timedelta(days=item.offset_days),
                owner_side=item.owner_side,
                owner=owners.get(item.owner_side),
                rule=item.rule,
            )
            for item in template.milestones.order_by("sort_order", "pk")
        )
    return programme


@transaction.atomic
def programme_update(
    *,
    by,
    programme: Programme,
    start_date: datetime.date,
    stage: str,
    network_referent,
    structure_referents,
    needs_publics: list[str],
    **needs: str,
) -> Programme:
    """Change a programme's start, stage, referents and needs assessment.
    Raises PermissionDenied for anyone but a coordinator, ValidationError for
    an invalid field or a structure referent outside the structure."""
    _check_coordinator(by)
    referents = list(structure_referents)
    members = set(
        Membership.objects.filter(structure=programme.structure).values_list(
            "user_id", flat=True
        )
    )
    if any(user.pk not in members for user in referents):
        raise ValidationError(
            {
                "structure_referents": _(
                    "Un référent de la structure doit être l'un de ses professionnels."
                )
            }
        )
    programme.start_date = start_date
    programme.stage = stage
    programme.network_referent = network_referent
    programme.needs_publics = list(needs_publics)
    for name in NEEDS_FIELDS:
        setattr(programme, name, text_check(needs.get(name, "")))
    programme.full_clean()
    programme.save()
    programme.structure_referents.set(referents)
    return programme


# --- Milestones ---------------------------------------------------------------


@transaction.atomic
def milestone_update(
    *,
    by,
    milestone: Milestone,
    status: str,
    notes: str,
    done_on: datetime.date | None = None,
    **planning,
) -> Milestone:
    """Change a milestone's status and notes (its owner or a coordinator) and,
    for a coordinator only, its title, due date and owner (`planning`). A
    milestone marked done gets today's date unless given. Raises
    PermissionDenied for anyone else, ValidationError for an invalid value."""
    coordinator = roles.user_is_coordinator(by)
    if not coordinator and milestone.owner_id != by.pk:
        raise PermissionDenied(_("Vous ne pouvez modifier que vos propres jalons."))
    if planning and not coordinator:
        raise PermissionDenied(_("Seuls les coordinateurs changent le planning."))
    if status not in MilestoneStatus.values:
        raise ValidationError({"status": _("Choisissez un statut de la liste.")})
    milestone = Milestone.objects.select_for_update().get(pk=milestone.pk)
    if "owner" in planning and planning["owner"] is not None:
        owner = planning["owner"]
        allowed = (
            roles.user_is_coordinator(owner)
            or Membership.objects.filter(
                user=owner, structure_id=milestone.programme.structure_id
            ).exists()
        )
        if not allowed:
            raise ValidationError(
                {
                    "owner": _(
                        "Le responsable est un coordinateur ou un professionnel "
                        "de la structure."
                    )
                }
            )
    for name in ("title", "due_date", "owner"):
        if name in planning:
            setattr(milestone, name, planning[name])
    milestone.notes = text_check(notes.strip())
    if status != milestone.status:
        milestone.met_automatically = False
    milestone.status = status
    if status == MilestoneStatus.DONE:
        milestone.done_on = done_on or milestone.done_on or timezone.localdate()
    else:
        milestone.done_on = None
    milestone.full_clean()
    milestone.save()
    return milestone


@transaction.atomic
def milestones_auto_update(
    *, programmes=None, today: datetime.date | None = None
) -> int:
    """Mark met the automatic milestones still to do whose rule the data now
    satisfies (programme.rules), dated the day the data shows. Idempotent; a
    constant number of queries. Returns how many were marked. Raises nothing."""
    today = today or timezone.localdate()
    pending = Milestone.objects.filter(
        status=MilestoneStatus.TODO, rule__gt=""
    ).exclude(programme__stage=Stage.STOPPED)
    if programmes is not None:
        pending = pending.filter(programme__in=programmes)
    pending = list(pending.select_related("programme").select_for_update())
    if not pending:
        return 0
    met = rules.rules_met_on(
        structure_ids={m.programme.structure_id for m in pending}, today=today
    )
    changed, now = [], timezone.now()
    for milestone in pending:
        day = met.get((milestone.programme.structure_id, milestone.rule))
        if day is not None:
            milestone.status = MilestoneStatus.DONE
            milestone.done_on = day
            milestone.met_automatically = True
            milestone.updated_at = now  # bulk_update skips auto_now
            changed.append(milestone)
    Milestone.objects.bulk_update(
        changed, ["status", "done_on", "met_automatically", "updated_at"]
    )
    return len(changed)


# --- Check-ins ----------------------------------------------------------------


@transaction.atomic
def check_in_create(
    *, by, programme: Programme, date: datetime.date, notes: str
) -> CheckIn:
    """Record a check-in with a snapshot of the structure's figures (since the
    programme's start, to the check-in's date). Raises PermissionDenied for
    anyone but a coordinator, ValidationError for empty notes or a bad date."""
    _check_coordinator(by)
    notes = text_check(notes.strip())
    if not notes:
        raise ValidationError({"notes": _("Écrivez ce qui s'est dit.")})
    check_in = CheckIn(
        programme=programme,
        date=date,
        notes=notes,
        created_by=by,
        indicators=indicators_snapshot_get(
            structure=programme.structure, start=programme.start_date, end=date
        ),
    )
    check_in.full_clean()
    check_in.save()
    return check_in
