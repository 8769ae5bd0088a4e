from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

import lms.converters  # noqa: F401 (registers <id:…>)
from courses import admin_views

# Readability of lesson text (courses/readability.py): the editor's live check,
# the report and the guide.


@hooks.register("register_admin_urls")
def register_readability_urls():
    report = admin_views.ReadabilityReportView
    return [
        path(
            "lecons/lisibilite/verifier/",
            admin_views.readability_check_view,
            name="courses_readability_check",
        ),
        path(
            "lecons/lisibilite/",
            report.as_view(),
            name="courses_readability_report",
        ),
        path(
            "lecons/lisibilite/resultats/",
            report.as_view(results_only=True),
            name="courses_readability_report_results",
        ),
        path(
            "lecons/ecrire-simplement/",
            admin_views.writing_guide,
            name="courses_writing_guide",
        ),
    ]


class ReadabilityMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_readability_menu_item():
    return ReadabilityMenuItem(
        _("Lisibilité des leçons"),
        reverse("courses_readability_report"),
        icon_name="glasses",
        order=700,
    )


@hooks.register("insert_editor_js")
def readability_editor_js():
    # Loaded in every editor; it acts only where the lesson body's panel names
    # the check's URL (LessonPage.content_panels).
    return format_html(
        '<link rel="stylesheet" href="{}"><script src="{}" defer></script>',
        static("courses/admin/readability.css"),
        static("courses/admin/readability.js"),
    )


# « Relecture »: a lesson embedding a quiz that is not live cannot be approved
# (courses/models/review.py refuses it; these say why to the moderator).


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "relecture/refusee/<id:task_state_id>/",
            admin_views.review_refused,
            name="courses_review_refused",
        ),
    ]


@hooks.register("after_edit_page")
def review_refused_in_editor(request, page):
    # The editor's « Approuver » ignores the task's answer: say why here.
    if not (
        request.POST.get("action-workflow-action")
        and request.POST.get("workflow-action-name") == "approve"
    ):
        return None
    task_state = page.current_workflow_task_state
    if task_state is None or task_state.task_id is None:
        return None
    if admin_views.review_problems_message(request, task_state.revision.as_object()):
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
