"""The professional's pages about beneficiaries: list, new, detail, card, PIN,
deactivation, unlock."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from lms.converters import id_url_maker
from lms.errors import form_errors_add
from lms.paging import page_get, sort_get
from lms.wording import of_name
from people import roles
from people.forms import (
    BENEFICIARY_SORTS,
    CONSENT_TEXT,
    BeneficiaryCreateForm,
    BeneficiarySearchForm,
)
from people.pin_once import pin_keep_once, pin_pop
from people.sections import beneficiary_columns_get, beneficiary_sections_get
from people.selectors import (
    beneficiaries_for_user,
    beneficiaries_in_order,
    beneficiaries_inactive,
    beneficiaries_last_activity_get,
    beneficiaries_locked,
    structures_for_user,
)
from people.services import (
    beneficiary_create,
    beneficiary_deactivate,
    beneficiary_pin_reset,
    beneficiary_unlock,
)
from people.views.access import beneficiary_or_404, local_url, require_manager

# One table row, as the template wrote it (same markup, same whitespace).
_ROW = (
    "\n{i}<tr>\n"
    '{j}<th scope="row"><a href="{link}">{first_name}</a></th>\n'
    '{j}<td><code class="login-code">{code}</code></td>\n'
    "{j}<td>{structure}</td>\n"
    "{j}<td>{state}</td>\n"
    "{j}<td>{last_activity}</td>\n"
    "{j}{cells}\n"
    "{i}</tr>\n"
    "{k}"
)


def _cell_html(cell) -> str:
    text = escape(cell.text)
    return f"<td><strong>{text}</strong></td>" if cell.strong else f"<td>{text}</td>"


def _rows(profiles, last_activity: dict, cells: list) -> list[tuple]:
    """Each row as (profile, its HTML), built in one pass: links from one
    reverse(), each day formatted once, the state rendered once per distinct
    state (people/includes/status.html reads only the three values of its
    key); a loop over 50 rows and their cells cost the template more than the
    rest of the page (issue 13). Every value is escaped here."""
    link = id_url_maker("people:beneficiary_detail")
    days = {
        day: escape(formats.date_format(day, "j M Y"))
        for day in set(last_activity.values())
    }
    no_activity = escape(_("Aucune"))
    states = {}
    rows = []
    for profile, row in zip(profiles, cells, strict=True):
        key = (profile.user.is_active, profile.is_locked, profile.retention_erase_on)
        if key not in states:
            states[key] = render_to_string(
                "people/includes/status.html", {"beneficiary": profile}
            )
        html = _ROW.format(
            i=" " * 24,
            j=" " * 28,
            k=" " * 20,
            link=escape(link(profile.pk)),
            first_name=escape(profile.user.first_name),
            code=escape(profile.login_code),
            structure=escape(profile.structure.name),
            state=states[key],
            last_activity=days.get(last_activity.get(profile.pk), no_activity),
            cells="".join(_cell_html(cell) for cell in row),
        )
        rows.append((profile, mark_safe(html)))  # noqa: S308 — escaped above
    return rows


@login_required
@require_http_methods(["GET"])
def beneficiary_list(request):
    require_manager(request)
    structures = structures_for_user(request.user)
    form = BeneficiarySearchForm(request.GET or None, structures=structures)
    search, structure, state = "", None, ""
    if form.is_valid():
        search = form.cleaned_data["q"]
        structure = form.cleaned_data["structure"]
        state = form.cleaned_data["etat"]
    sort = sort_get(request, BENEFICIARY_SORTS, default="prenom")
    beneficiaries = beneficiaries_for_user(
        request.user, search=search, structure=structure
    ).order_by(*BENEFICIARY_SORTS[sort].fields)
    if state == "bloques":
        beneficiaries = beneficiaries.filter(pk__in=beneficiaries_locked().values("pk"))
    elif state == "inactifs":
        beneficiaries = beneficiaries.filter(
            pk__in=beneficiaries_inactive(today=timezone.localdate()).values("pk")
        )
    # Page over the ids alone (a narrow sort, however deep the page), then
    # read the page's rows whole (issue 13).
    page = page_get(request, beneficiaries.values_list("pk", flat=True))
    profiles = page.object_list = beneficiaries_in_order(pks=list(page.object_list))
    # Progress, last activity, levels to validate: a few queries for the page.
    headers, cells = beneficiary_columns_get(profiles=profiles)
    last_activity = beneficiaries_last_activity_get(profiles=profiles)
    return render(
        request,
        "people/beneficiary_list.html",
        {
            "form": form,
            "page": page,
            "headers": headers,
            "rows": _rows(profiles, last_activity, cells),
            "has_structures": structures.exists(),
            "searching": bool(search or structure or state),
            "reads_journal": roles.user_is_coordinator(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def beneficiary_new(request):
    require_manager(request)
    structures = structures_for_user(request.user).active()
    form = BeneficiaryCreateForm(
        request.POST if request.method == "POST" else None, structures=structures
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user, pin = beneficiary_create(
                by=request.user,
                structure=data["structure"],
                first_name=data["first_name"],
                year_of_birth=data["year_of_birth"],
                phone=data["phone"],
                email=data["email"],
                consent_text=str(CONSENT_TEXT),
            )
        except ValidationError as exc:
            form_errors_add(form, exc)
        else:
            profile = user.beneficiary_profile
            pin_keep_once(request, profile.pk, pin)
            messages.success(
                request,
                _(
                    "Le compte %s est créé. Notez ou imprimez son code secret : "
                    "il ne sera plus affiché."
                )
                % of_name(user.first_name),
            )
            return redirect("people:beneficiary_card", beneficiary_id=profile.pk)
    return render(request, "people/beneficiary_form.html", {"form": form})


@login_required
@require_http_methods(["GET"])
def beneficiary_detail(request, beneficiary_id: int):
    beneficiary = beneficiary_or_404(request, beneficiary_id)
    return render(
        request,
        "people/beneficiary_detail.html",
        {
            "beneficiary": beneficiary,
            "sections": beneficiary_sections_get(request=request, profile=beneficiary),
        },
    )


@never_cache  # may hold the clear PIN
@login_required
@require_http_methods(["GET"])
def beneficiary_card(request, beneficiary_id: int):
    beneficiary = beneficiary_or_404(request, beneficiary_id)
    return render(
        request,
        "people/beneficiary_card.html",
        {
            "beneficiary": beneficiary,
            "pin": pin_pop(request, beneficiary.pk),
            "login_url": request.build_absolute_uri(reverse("people:code_login")),
            # Where the professional came from (a workshop's attendance sheet).
            "back_url": local_url(request, request.GET.get("retour")),
        },
    )


@login_required
@require_POST
def beneficiary_pin_reset_view(request, beneficiary_id: int):
    beneficiary = beneficiary_or_404(request, beneficiary_id)
    pin = beneficiary_pin_reset(by=request.user, beneficiary=beneficiary)
    pin_keep_once(request, beneficiary.pk, pin)
    messages.success(
        request,
        _("Nouveau code secret pour %s. Il ne sera affiché qu'une fois.")
        % beneficiary.user.first_name,
    )
    return redirect("people:beneficiary_card", beneficiary_id=beneficiary.pk)


@login_required
@require_http_methods(["GET", "POST"])
def beneficiary_deactivate_view(request, beneficiary_id: int):
    beneficiary = beneficiary_or_404(request, beneficiary_id)
    if request.method == "POST":
        beneficiary_deactivate(by=request.user, beneficiary=beneficiary)
        messages.success(
            request,
            _("Le compte %s est désactivé.") % of_name(beneficiary.user.first_name),
        )
        return redirect("people:beneficiary_detail", beneficiary_id=beneficiary.pk)
    return render(
        request,
        "people/beneficiary_confirm_deactivate.html",
        {"beneficiary": beneficiary},
    )


@login_required
@require_POST
def beneficiary_unlock_view(request, beneficiary_id: int):
    beneficiary = beneficiary_or_404(request, beneficiary_id)
    beneficiary_unlock(by=request.user, beneficiary=beneficiary)
    messages.success(
        request,
        _("Le compte %s est débloqué.") % of_name(beneficiary.user.first_name),
    )
    return redirect("people:beneficiary_detail", beneficiary_id=beneficiary.pk)
