from django import forms
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
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
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    PreviewOnCreateView,
    PreviewOnEditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

import lms.converters  # noqa: F401 (registers <id:…>)
from quizzes import views
from quizzes.admin_choosers import question_chooser_viewset
from quizzes.admin_forms import QuestionForm, QuizForm, QuizQuestionForm
from quizzes.admin_listing import PlainCellsIndexView
from quizzes.models import Question, QuestionCategory, Quiz

# Each kind-specific panel carries `kind-<value>` classnames: the editor's script
# (static/quizzes/admin/kind_switch.js) shows only those of the kind chosen in
# the nearest `data-kind-switch` select; without it, all show under headings.
KIND_SWITCH = {"data-kind-switch": ""}


class QuestionRowsPanel(InlinePanel):
    """The quiz's questions, each picked from the bank or written in place."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = QuizQuestionForm
        return options


QUESTION_ROW_PANELS = [
    FieldPanel(
        "question",
        widget=question_chooser_viewset.widget_class,
        heading=_("Une question de la banque"),
        help_text=_(
            "Choisissez-la dans la banque, ou écrivez une nouvelle question "
            "ci-dessous. Les changements écrits ici modifient la question dans la "
            "banque."
        ),
    ),
    MultiFieldPanel(
        [
            FieldPanel("q_kind"),
            FieldPanel("q_text"),
        ],
        heading=_("Écrire la question"),
    ),
    MultiFieldPanel(
        [FieldPanel("q_choices")],
        heading=_("Pour les questions à choix"),
        classname="kind-single kind-multiple",
    ),
    MultiFieldPanel(
        [FieldPanel("q_true_false")],
        heading=_("Pour les questions vrai ou faux"),
        classname="kind-true_false",
    ),
    MultiFieldPanel(
        [FieldPanel("q_accepted_answers")],
        heading=_("Pour les réponses courtes"),
        classname="kind-short_text",
    ),
    FieldRowPanel([FieldPanel("q_points"), FieldPanel("q_explanation")]),
]


class QuizPreviewOnCreate(PreviewOnCreateView):
    def get_form(self, query_dict):
        form = super().get_form(query_dict)
        form.saves_questions = False
        return form


class QuizPreviewOnEdit(PreviewOnEditView):
    def get_form(self, query_dict):
        form = super().get_form(query_dict)
        form.saves_questions = False
        return form


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Exercices")
    list_display = ["title", "competence_area", "pass_mark", LiveStatusTagColumn()]
    list_filter = ["live", "competence_area"]
    search_fields = ["title"]
    # The database search backend fails on a field-restricted search under
    # SQLite ("no such column"): the listing searches through the ORM.
    search_backend_name = None
    list_per_page = 50  # lms/paging.py: every list about 50 rows
    index_view_class = PlainCellsIndexView
    preview_on_add_view_class = QuizPreviewOnCreate
    preview_on_edit_view_class = QuizPreviewOnEdit
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
        QuestionRowsPanel(
            "quiz_questions",
            panels=QUESTION_ROW_PANELS,
            label=_("Question"),
            heading=_("Questions"),
            min_num=0,
        ),
        FieldPanel("success_text"),
        FieldPanel("fail_text"),
    ]

    edit_handler = ObjectList(panels, base_form_class=QuizForm)

    def get_queryset(self, request):
        # The status column reads the schedule and workflow of every row.
        return Quiz.objects.for_admin_listing()


# « Vrai / Faux », not a NullBoolean « Inconnu / Oui / Non ».
TRUE_FALSE_WIDGET = forms.RadioSelect(choices=[(True, _("Vrai")), (False, _("Faux"))])


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Banque de questions")
    list_display = ["text", "kind", "category", "points"]
    list_filter = ["kind", "category"]
    search_fields = ["text"]
    search_backend_name = None  # see QuizViewSet
    list_per_page = 50
    index_view_class = PlainCellsIndexView
    panels = [
        FieldPanel("kind", widget=forms.Select(attrs=KIND_SWITCH)),
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
            heading=_("Pour les questions à choix et les réponses courtes"),
            classname="kind-single kind-multiple kind-short_text",
        ),
        MultiFieldPanel(
            [
                FieldPanel("true_false_answer", widget=TRUE_FALSE_WIDGET),
                FieldPanel("true_feedback"),
                FieldPanel("false_feedback"),
            ],
            heading=_("Pour les questions vrai ou faux"),
            classname="kind-true_false",
        ),
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
            "exercices/<id:quiz_id>/apercu/",
            views.quiz_preview_latest,
            name="quizzes_preview_latest",
        ),
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

    if isinstance(snippet, Quiz) and user.has_perm("quizzes.change_quiz"):
        yield Button(
            _("Voir comme un apprenant"),
            reverse("quizzes_preview_latest", args=[snippet.pk]),
            icon_name="view",
            priority=80,
        )
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


# Picking bank questions (quizzes/admin_choosers.py) and the kind switch.


@hooks.register("register_admin_viewset")
def register_question_chooser():
    return question_chooser_viewset


@hooks.register("insert_editor_js")
def kind_switch_editor_js():
    # Loaded in every editor; it acts only around `data-kind-switch` selects.
    return format_html(
        '<link rel="stylesheet" href="{}"><script src="{}" defer></script>',
        static("quizzes/admin/kind_switch.css"),
        static("quizzes/admin/kind_switch.js"),
    )
