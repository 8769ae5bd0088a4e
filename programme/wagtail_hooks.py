from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from programme.models import Call, ProgrammeTemplate


class CallViewSet(SnippetViewSet):
    model = Call
    icon = "mail"
    list_display = ["title", "opens_on", "closes_on", "funders"]
    list_per_page = 50  # lms/paging.py: every list about 50 rows
    menu_label = _("Appels à candidatures")


class ProgrammeTemplateViewSet(SnippetViewSet):
    model = ProgrammeTemplate
    icon = "list-ul"
    list_display = ["name", "is_default"]
    list_per_page = 50
    menu_label = _("Modèles de programme")


class ProgrammeViewSetGroup(SnippetViewSetGroup):
    items = (CallViewSet, ProgrammeTemplateViewSet)
    menu_icon = "group"
    menu_label = _("Programme")
    menu_name = "programme"


register_snippet(ProgrammeViewSetGroup)
