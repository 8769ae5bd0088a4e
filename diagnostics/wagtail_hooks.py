from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from diagnostics.models import Diagnostic


class DiagnosticViewSet(SnippetViewSet):
    model = Diagnostic
    icon = "clipboard-list"
    menu_label = _("Diagnostics")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["title", "audience", "draft"]
    list_filter = ["audience", "draft"]
    search_fields = ["title"]
    list_per_page = 50  # lms/paging.py: every list about 50 rows
    panels = [
        FieldPanel("title"),
        FieldPanel("audience"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [InlinePanel("screening_questions", label=_("Question de repérage"))],
            heading=_("Repérage (non noté)"),
        ),
        MultiFieldPanel(
            [InlinePanel("items", label=_("Item"))],
            heading=_("Items par domaine et par niveau"),
        ),
        FieldPanel("draft"),
    ]


register_snippet(DiagnosticViewSet)
