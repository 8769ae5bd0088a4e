from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import lms.converters  # noqa: F401 (registers <id:…>)
from quizzes import views
from quizzes.admin_forms import QuestionForm, QuizForm
from quizzes.models import Question, QuestionCategory, Quiz


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Exercices")
    list_display = ["title", "competence_area", "pass_mark", "draft"]
    list_filter = ["draft", "competence_area"]
    search_fields = ["title"]
    # The database search backend fails on a field-restricted search under
    # SQLite ("no such column"): the listing searches through the ORM.
    search_backend_name = None
    list_per_page = 50  # lms/paging.py: every list about 50 rows
    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("competence_area"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_questions")]),
                FieldPanel("feedback_mode"),
                FieldRowPanel(
                    [
                        FieldPanel("random_order"),
                        FieldPanel("single_attempt"),
                        FieldPanel("exam_paper"),
                    ]
                ),
            ],
            heading=_("Réglages"),
        ),
        InlinePanel("quiz_questions", label=_("Questions"), min_num=0),
        FieldPanel("success_text"),
        FieldPanel("fail_text"),
        FieldPanel("draft"),
    ]

    edit_handler = ObjectList(panels, base_form_class=QuizForm)


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Banque de questions")
    list_display = ["text", "kind", "category", "points"]
    list_filter = ["kind", "category"]
    search_fields = ["text"]
    search_backend_name = None  # see QuizViewSet
    list_per_page = 50
    panels = [
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("category"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("audio")],
            heading=_("Image et son"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("choice_order"),
                InlinePanel("choices", label=_("Réponses proposées")),
            ],
            heading=_("Questions à choix, réponses courtes acceptées"),
            classname="kind-choice kind-short_text",
        ),
        FieldPanel("true_false_answer"),
        FieldPanel("explanation"),
        FieldPanel("points"),
        # Issue 17: the answers of numerical and matching questions.
        InlinePanel(
            "numerical_answers",
            label=_("Nombres acceptés"),
            classname="kind-numerical",
        ),
        InlinePanel("pairs", label=_("Paires à relier"), classname="kind-matching"),
    ]

    edit_handler = ObjectList(panels, base_form_class=QuestionForm)


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-1"
    menu_label = _("Catégories")
    list_display = ["name", "parent"]
    search_fields = ["name"]
    list_per_page = 50


class QuizzesViewSetGroup(SnippetViewSetGroup):
    items = (QuizViewSet, QuestionViewSet, QuestionCategoryViewSet)
    menu_icon = "tasks"
    menu_label = _("Exercices notés")
    menu_name = "quizzes"


register_snippet(QuizzesViewSetGroup)


@hooks.register("register_admin_urls")
def register_quiz_admin_urls():
    return [
        path(
            "exercices/statistiques/",
            views.statistics_index,
            name="quizzes_statistics",
        ),
        path(
            "exercices/statistiques/<id:quiz_id>/",
            views.statistics_detail,
            name="quizzes_statistics_detail",
        ),
    ]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("quizzes.change_quiz")


@hooks.register("register_reports_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(
        _("Statistiques des exercices"),
        reverse("quizzes_statistics"),
        icon_name="tasks",
    )


# Import and export of quizzes (quizzes/views/imports.py).


@hooks.register("register_admin_urls")
def register_quiz_import_urls():
    return [
        path("exercices/import/", views.quiz_import, name="quizzes_import"),
        path(
            "exercices/<id:quiz_id>/export-gift/",
            views.quiz_export_gift,
            name="quizzes_export_gift",
        ),
        path(
            "exercices/<id:quiz_id>/export-xml/",
            views.quiz_export_xml,
            name="quizzes_export_xml",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("quizzes.add_quiz")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Importer des exercices"),
        reverse("quizzes_import"),
        icon_name="upload",
        order=1000,
    )


@hooks.register("register_snippet_listing_buttons")
def quiz_export_listing_button(snippet, user, next_url=None):
    from wagtail.admin.widgets import Button

    if isinstance(snippet, Quiz) and user.has_perm("quizzes.add_quiz"):
        yield Button(
            _("Exporter en GIFT"),
            reverse("quizzes_export_gift", args=[snippet.pk]),
            icon_name="download",
            priority=90,
        )
        yield Button(
            _("Exporter en XML Moodle"),
            reverse("quizzes_export_xml", args=[snippet.pk]),
            icon_name="download",
            priority=91,
        )
