"""« Ma formation » and the team's training progress."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from lms.converters import id_param
from lms.paging import page_get
from people import roles
from people.selectors import structures_for_user
from training import selectors
from training.path import path_progress_get, training_path_get
from training.views.access import staff_required


@require_GET
@login_required
@never_cache
def mine(request):
    staff_required(request)
    path = training_path_get()
    progress = path_progress_get(users=[request.user], path=path)[request.user.pk]
    titles = selectors.quiz_titles_get(
        {pk for entry in progress.modules for pk in entry.quiz_ids_remaining}
    )
    for entry in progress.modules:
        entry.quizzes_left = [
            {"title": titles.get(pk, ""), "lesson": entry.entry.quiz_lessons[pk]}
            for pk in entry.quiz_ids_remaining
        ]
    return render(
        request,
        "training/mine.html",
        {
            "progress": progress,
            "attestation": selectors.attestation_of(request.user),
            "is_coordinator": roles.user_is_coordinator(request.user),
        },
    )


@require_GET
@login_required
@never_cache
def team(request):
    staff_required(request)
    structures = structures_for_user(request.user).order_by("name")
    chosen = None
    structure_id = id_param(request.GET.get("structure"))
    if structure_id is not None:
        chosen = structures.filter(pk=structure_id).first()
    page = page_get(
        request, selectors.professionals_visible_to(request.user, structure=chosen)
    )
    path = training_path_get()
    rows = selectors.team_rows_get(people=list(page.object_list), path=path)
    return render(
        request,
        "training/team.html",
        {
            "page": page,
            "rows": rows,
            "modules": [entry.module for entry in path.modules],
            "structures": structures,
            "chosen": chosen,
            "is_coordinator": roles.user_is_coordinator(request.user),
        },
    )
