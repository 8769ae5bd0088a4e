"""The professional's home: « À faire » over their structures, and the whole
lists behind its « Voir tout » links."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from dashboards import todo
from dashboards.views.access import manager_required
from lms.paging import page_get
from people.selectors import structures_for_user


def _structure_ids(request) -> list[int]:
    return list(structures_for_user(request.user).values_list("pk", flat=True))


@require_GET
@login_required
def professional_todo(request):
    manager_required(request)
    return render(
        request,
        "dashboards/todo.html",
        {"todo": todo.professional_todo_get(user=request.user)},
    )


@require_GET
@login_required
def todo_proposals(request):
    manager_required(request)
    proposals = todo.pending_proposals_for(_structure_ids(request))
    return render(
        request,
        "dashboards/todo_proposals.html",
        {"page": page_get(request, proposals)},
    )


@require_GET
@login_required
def todo_sessions(request):
    manager_required(request)
    sessions = todo.sessions_unreported_for(_structure_ids(request), now=timezone.now())
    return render(
        request, "dashboards/todo_sessions.html", {"page": page_get(request, sessions)}
    )
