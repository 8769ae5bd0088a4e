from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from skills.models import CompetenceArea, Level


class CompetenceAreaViewSet(SnippetViewSet):
    model = CompetenceArea
    icon = "folder-open-inverse"
    list_display = ["number", "name"]
    list_per_page = 50  # lms/paging.py: every list about 50 rows
    menu_label = _("Domaines")


class LevelViewSet(SnippetViewSet):
    model = Level
    icon = "order"
    list_display = ["code", "name", "rank", "summary"]
    list_per_page = 50
    menu_label = _("Niveaux")


class SkillsViewSetGroup(SnippetViewSetGroup):
    items = (CompetenceAreaViewSet, LevelViewSet)
    menu_icon = "list-ol"
    menu_label = _("Échelle de niveaux")
    menu_name = "skills"


register_snippet(SkillsViewSetGroup)
