"""Readability in the Wagtail admin: the editor's live check, the report of
hard lessons and the « Écrire simplement » guide (courses/wagtail_hooks.py)."""

import json
import re
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin import messages as wagtail_messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy

from courses.models import LessonPage, ModulePage
from courses.models.review import unpublished_quiz_message, unpublished_quizzes_in
from courses.readability import (
    TextUnit,
    hard_lessons_list,
    lesson_course_level_get,
    readability_check,
    thresholds_for,
)

# What one request may carry: a long lesson has about a hundred units.
MAX_UNITS = 400
MAX_CHARACTERS = 200_000


def _bad_request(message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=400)


def _strings(value) -> list[str] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return value


@require_POST
def readability_check_view(request):
    """JSON in, JSON out: the check of the texts the trainer is typing.

    Body: {"page": id} (editing a lesson) or {"parent": id} (creating one under
    a module), "units": [{"key", "label", "text"}], "context": [texts],
    "glossary": [terms]. Refused (403) to whoever cannot edit that page or add
    a lesson under that module; {"checked": false} outside beneficiary courses.
    """
    try:
        data = json.loads(request.body)
    except ValueError:
        return _bad_request(_("Requête illisible."))
    if not isinstance(data, dict):
        return _bad_request(_("Requête illisible."))
    units = data.get("units")
    context = _strings(data.get("context", []))
    glossary = _strings(data.get("glossary", []))
    if (
        not isinstance(units, list)
        or context is None
        or glossary is None
        or not all(
            isinstance(u, dict)
            and isinstance(u.get("key"), str)
            and isinstance(u.get("text"), str)
            for u in units
        )
    ):
        return _bad_request(_("Requête illisible."))
    size = sum(len(u["text"]) for u in units) + sum(map(len, context + glossary))
    if len(units) > MAX_UNITS or size > MAX_CHARACTERS:
        return _bad_request(_("Texte trop long pour être vérifié."))

    page = _editable_page(request, data)
    if page is None:
        return JsonResponse(
            {"error": _("Vous ne pouvez pas modifier cette page.")}, status=403
        )
    course, rank = lesson_course_level_get(page)
    if course is None:
        return JsonResponse({"checked": False})
    report = readability_check(
        units=[
            TextUnit(key=u["key"], label=str(u.get("label", "")), text=u["text"])
            for u in units
        ],
        thresholds=thresholds_for(rank),
        context_texts=context,
        glossary_terms=glossary,
    )
    level = course.target_level
    return JsonResponse(
        {"checked": True, "level": level.code if level else None, **report.as_dict()}
    )


def _editable_page(request, data: dict):
    """The lesson being edited, or the module a lesson is being added to, if
    the user may do that; None otherwise."""
    page_id, parent_id = data.get("page"), data.get("parent")
    if isinstance(page_id, int):
        page = Page.objects.filter(pk=page_id).first()
        if page is None or page.specific_class is not LessonPage:
            return None
        return page if page.permissions_for_user(request.user).can_edit() else None
    if isinstance(parent_id, int):
        parent = Page.objects.filter(pk=parent_id).first()
        if parent is None or parent.specific_class is not ModulePage:
            return None
        perms = parent.permissions_for_user(request.user)
        return parent if perms.can_add_subpage() else None
    return None


# --- Report ------------------------------------------------------------------


class ReasonsColumn(Column):
    cell_template_name = "courses/admin/readability_reasons_cell.html"


class ReadabilityReportView(ReportView):
    """Rapports → Lisibilité des leçons: beneficiary lessons harder than their
    course's target level allows, with the reasons and a link to edit."""

    page_title = gettext_lazy("Lisibilité des leçons")
    header_icon = "glasses"
    template_name = "courses/admin/readability_report.html"
    index_url_name = "courses_readability_report"
    index_results_url_name = "courses_readability_report_results"
    permission_policy = PagePermissionPolicy()
    permission_required = "change"
    paginate_by = 20
    no_results_message = gettext_lazy(
        "Toutes les leçons pour les bénéficiaires sont assez simples pour leur niveau."
    )

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Leçon"),
                accessor=lambda row: row.title,
                get_url=lambda row: reverse(
                    "wagtailadmin_pages:edit", args=[row.lesson.pk]
                ),
            ),
            ReasonsColumn(
                "reasons", label=_("À corriger"), accessor=lambda row: row.report
            ),
            Column(
                "course",
                label=_("Parcours"),
                accessor=lambda row: row.course.title,
            ),
            Column(
                "level",
                label=_("Niveau visé"),
                accessor=lambda row: (
                    row.course.target_level.code if row.course.target_level else ""
                ),
            ),
            Column(
                "score",
                label=_("Score"),
                accessor=lambda row: row.report.score_display,
            ),
        ]

    def get_queryset(self):
        return hard_lessons_list(user=self.request.user)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["guide_url"] = reverse("courses_writing_guide")
        return context


# --- Guide -------------------------------------------------------------------

GUIDE_PATH = settings.BASE_DIR / "docs" / "ecrire-simplement.md"


@require_GET
def writing_guide(request):
    """The « Écrire simplement » guide (docs/ecrire-simplement.md) as a page."""
    title, html = _guide_html()
    return render(
        request,
        "courses/admin/writing_guide.html",
        {
            "title": title,
            "guide": html,
            "report_url": reverse("courses_readability_report"),
        },
    )


@lru_cache(maxsize=1)
def _guide_html() -> tuple[str, str]:
    return markdown_to_html(GUIDE_PATH.read_text(encoding="utf-8"))


def _inline(text: str) -> str:
    """Escaped text, with **bold** as <strong>."""
    # French typography: no line break inside « … » or before : ? !
    text = re.sub(r"« ", "«\u00a0", text)
    text = re.sub(r" ([»:?!])", "\u00a0\\1", text)
    html = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escape(text))
    return mark_safe(html)  # noqa: S308 - escaped before the tags are added


def markdown_to_html(source: str) -> tuple[str, str]:
    """The small Markdown the guide uses (headings, paragraphs, lists, bold),
    as (title, HTML); the first-level heading is the page's title."""
    title, blocks = "", []
    for chunk in re.split(r"\n\s*\n", source.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        if lines[0].startswith("# "):
            title = lines[0][2:]
            lines = lines[1:]
            if not lines:
                continue
        if lines[0].startswith("## "):
            blocks.append(format_html("<h2>{}</h2>", lines[0][3:]))
            lines = lines[1:]
            if not lines:
                continue
        if lines[0].startswith("- "):
            items: list[str] = []
            for line in lines:
                if line.startswith("- "):
                    items.append(line[2:])
                else:  # the item goes on over several lines
                    items[-1] += " " + line
            html = format_html_join("", "<li>{}</li>", ((_inline(i),) for i in items))
            blocks.append(format_html("<ul>{}</ul>", html))
        else:
            blocks.append(format_html("<p>{}</p>", _inline(" ".join(lines))))
    return title, mark_safe("\n".join(blocks))  # noqa: S308 - built escaped above


# « Relecture »: why the approval of a lesson was refused (courses/models/review.py).


def review_refused(request, task_state_id: int):
    """Tell the moderator which quizzes keep the lesson from being approved, with
    a learner's preview of each, then go back to the lesson's editor."""
    task_state = get_object_or_404(
        TaskState.objects.select_related("revision"), pk=task_state_id
    )
    obj = task_state.revision.as_object()
    if not task_state.task.specific.get_actions(obj, request.user):
        raise PermissionDenied
    review_problems_message(request, obj)
    return redirect(
        AdminURLFinder(request.user).get_edit_url(obj) or reverse("wagtailadmin_home")
    )


def review_problems_message(request, obj) -> bool:
    """Add one error message per quiz of `obj` that is not live, with links to
    preview it as a learner and to open it. Whether there was any."""
    quizzes = unpublished_quizzes_in(obj)
    for quiz in quizzes:
        wagtail_messages.error(
            request,
            unpublished_quiz_message(quiz),
            buttons=[
                wagtail_messages.button(
                    reverse("quizzes_preview_latest", args=[quiz.pk]),
                    _("Voir l'exercice comme un apprenant"),
                    new_window=True,
                ),
                wagtail_messages.button(
                    reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]),
                    _("Ouvrir l'exercice"),
                ),
            ],
        )
    return bool(quizzes)
