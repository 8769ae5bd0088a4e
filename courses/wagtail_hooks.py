from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

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
