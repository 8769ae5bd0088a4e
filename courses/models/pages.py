"""The page tree: home → catalogue → course → module → lesson."""

from functools import reduce
from operator import or_

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Left, Length
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from courses.blocks import LessonStreamBlock
from courses.serving import CachedRestrictionsMixin, RenderedPageCacheMixin
from people import roles


class Audience(models.TextChoices):
    PROFESSIONAL = "professional", _("Professionnels relais")
    BENEFICIARY = "beneficiary", _("Bénéficiaires")


class HomePage(CachedRestrictionsMixin, Page):
    """The site's home page: presents the platform and its two catalogues."""

    intro = RichTextField(
        _("introduction"), features=["bold", "italic", "link"], blank=True
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CataloguePage"]
    max_count = 1

    class Meta:
        verbose_name = _("page d'accueil")

    def serve(self, request, *args, **kwargs):
        # A beneficiary's home is her own page (lms.home), not the choice
        # between the two catalogues.
        if roles.user_has_role(request.user, roles.BENEFICIARY):
            return redirect("learner_home")
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["catalogues"] = CataloguePage.objects.child_of(self).live()
        return context


class CataloguePage(CachedRestrictionsMixin, Page):
    """A catalogue of courses for one audience (professionals or beneficiaries)."""

    audience = models.CharField(
        _("public"), max_length=20, choices=Audience.choices, unique=True
    )
    intro = RichTextField(
        _("introduction"), features=["bold", "italic", "link"], blank=True
    )

    content_panels = [*Page.content_panels, FieldPanel("audience"), FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("catalogue")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import catalogue_courses_get

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = catalogue_courses_get(catalogue=self, user=request.user)
        return context


class CoursePage(RenderedPageCacheMixin, CachedRestrictionsMixin, Page):
    """A course (parcours): a sequence of modules aimed at one level in one area.
    Its duration is its lessons' added up (courses.selectors.Progress)."""

    audience = models.CharField(_("public"), max_length=20, choices=Audience.choices)
    competence_area = models.ForeignKey(
        "skills.CompetenceArea",
        verbose_name=_("domaine de compétence"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="courses",
    )
    target_level = models.ForeignKey(
        "skills.Level",
        verbose_name=_("niveau visé"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="courses",
    )
    summary = models.TextField(
        _("résumé"), max_length=500, help_text=_("Deux ou trois phrases simples.")
    )
    objectives = models.TextField(
        _("objectifs"),
        help_text=_("Un objectif par ligne, qui commence par un verbe."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("competence_area"),
                FieldPanel("target_level"),
            ],
            heading=_("Public et niveau"),
        ),
        FieldPanel("objectives"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
    ]
    parent_page_types = ["courses.CataloguePage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("parcours")
        verbose_name_plural = _("parcours")

    @property
    def objective_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        if self.audience == Audience.BENEFICIARY and not (
            self.competence_area_id and self.target_level_id
        ):
            raise ValidationError(
                _(
                    "Un parcours pour les bénéficiaires doit avoir un domaine de "
                    "compétence et un niveau visé."
                )
            )

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_outline_get, next_course_get

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = outline = course_outline_get(
            course=self, user=request.user
        )
        if outline.progress.complete and outline.enrollment:
            context["next_course"] = next_course_get(course=self, user=request.user)
        return context


class ModulePage(CachedRestrictionsMixin, Page):
    """A module of a course: a few lessons around one skill."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_outline_get

        context = super().get_context(request, *args, **kwargs)
        course = CoursePage.objects.ancestor_of(self).first()
        context["course"] = course
        context["outline"] = (
            course_outline_get(course=course, user=request.user) if course else None
        )
        return context


class LessonPageQuerySet(PageQuerySet):
    """What makes up a course: the one place that says it.

    A lesson belongs to a course when it is live and its module is live too:
    a published lesson in an unpublished module is not part of the course yet.
    Every consumer (progress, completion, level evidence, guided mode, reports)
    asks here."""

    def in_courses(self, courses):
        """The lessons of these courses, in course order (one query)."""
        courses = list(courses)
        if not courses:
            return self.none()
        under = reduce(or_, (Q(path__startswith=c.path) for c in courses))
        module_path = Left(OuterRef("path"), Length(OuterRef("path")) - Page.steplen)
        live_module = Page.objects.filter(live=True, path=module_path)
        return self.live().filter(under).filter(Exists(live_module)).order_by("path")

    def in_course(self, course):
        """The lessons of one course, in order (one query)."""
        return self.in_courses([course])


LessonPageManager = PageManager.from_queryset(LessonPageQuerySet)


def _body_help_text() -> str:
    # Built when the editor renders: URLs cannot be reversed at import time.
    return format_html(
        '{} <a href="{}" target="_blank">{}</a>',
        _("Une idée par paragraphe, une action par étape, des phrases courtes."),
        reverse("courses_writing_guide"),
        _("Guide « Écrire simplement » (nouvel onglet)"),
    )


class LessonPage(
    RenderedPageCacheMixin, RoutablePageMixin, CachedRestrictionsMixin, Page
):
    """A lesson: the content a learner follows, made of blocks.

    It plays one step per screen at `etape/<n>/` (courses.steps cuts it) and
    shows whole at `toute-la-lecon/`. Its own address opens step mode for
    beneficiaries' courses and the whole page for professionals' courses (and
    for previews and drafts outside a course)."""

    summary = models.TextField(
        _("en bref"), max_length=300, help_text=_("Ce que la personne va apprendre.")
    )
    duration_minutes = models.PositiveIntegerField(
        _("durée (minutes)"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("contenu"))

    objects = LessonPageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("duration_minutes"),
        # The readability check (courses/readability.py) runs where this
        # panel names its URL: static/courses/admin/readability.js.
        FieldPanel(
            "body",
            help_text=lazy(_body_help_text, SafeString)(),
            attrs={"data-readability-url": reverse_lazy("courses_readability_check")},
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("leçon")

    def get_context(self, request, *args, **kwargs):
        from courses.offline import lesson_offline_get
        from courses.selectors import lesson_navigation_get

        context = super().get_context(request, *args, **kwargs)
        context["nav"] = lesson_navigation_get(lesson=self, user=request.user)
        if not getattr(request, "is_preview", False):
            context["offline"] = lesson_offline_get(
                lesson=self, user=request.user, nav=context["nav"], request=request
            )
        return context

    def serve(self, request, *args, **kwargs):
        from courses.offline import lesson_offline_mark

        # Kept for reading offline only when the server says so (issue 18).
        response = super().serve(request, *args, **kwargs)
        return lesson_offline_mark(lesson=self, request=request, response=response)

    def keep_rendered(self, context) -> bool:
        # Outside its course's sequence (a draft): rendered every time.
        return context["nav"].entry is not None

    def step_url(self, number: int, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage(
            "lesson_step", kwargs={"number": number}
        )

    def whole_url(self, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage("lesson_whole")

    def _url_of_step_holding(self, found, request=None) -> str:
        from courses.steps import lesson_steps

        for step in lesson_steps(self):
            if any(found(block) for block in step.blocks):
                return self.step_url(step.number, request)
        return self.get_url(request)

    def block_url(self, block_id: str, request=None) -> str:
        """Where one of its blocks is shown: the step that holds it (a
        simulator's « Revenir à la leçon » comes back there)."""
        return self._url_of_step_holding(
            lambda block: str(block.id) == str(block_id), request
        )

    def quiz_url(self, quiz_id: int, request=None) -> str:
        """The step that holds this quiz (a quiz result's « Retour à la leçon »)."""
        return self._url_of_step_holding(
            lambda block: (
                block.block_type == "quiz"
                and getattr(block.value.get("quiz"), "pk", None) == quiz_id
            ),
            request,
        )

    @staticmethod
    def _opens_in_steps(request, context) -> bool:
        course = context["nav"].course
        return (
            not getattr(request, "is_preview", False)
            and course is not None
            and course.audience == Audience.BENEFICIARY
        )

    def _whole(self, request, context):
        if not getattr(request, "is_preview", False):
            context["step_mode_url"] = self.step_url(1, request)
            context["in_steps"] = self._opens_in_steps(request, context)
        return TemplateResponse(request, self.get_template(request), context)

    def _step(self, request, context, number: int):
        from courses.steps import lesson_step_screen_get

        screen = lesson_step_screen_get(lesson=self, number=number, request=request)
        if screen is None:
            raise Http404("No such step")
        context["screen"] = screen
        context["whole_url"] = self.whole_url(request)
        return TemplateResponse(request, "courses/lesson_step_page.html", context)

    @path("")
    def index_route(self, request):
        context = self.get_context(request)
        if self._opens_in_steps(request, context):
            return self._step(request, context, 1)
        return self._whole(request, context)

    @path("etape/<int:number>/", name="lesson_step")
    def step_route(self, request, number: int):
        return self._step(request, self.get_context(request), number)

    @path("toute-la-lecon/", name="lesson_whole")
    def whole_route(self, request):
        return self._whole(request, self.get_context(request))
