"""The course as Wagtail pages: a course, its modules, their lessons.

Pages are translated with wagtail-localize, one tree per language. Promotions,
progress and attempts are about the course, not about one language's copy of it, so
they name pages by ``translation_key``, the same in every language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.models import Goal, SitePage
from cms.models.images import image_field

from ..blocks import LessonStreamBlock

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class CourseIndexPage(SitePage):
    """The courses of one language: what the network teaches, and how to join."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("courses index")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_cards

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_cards(index=self)
        return context


class CoursePage(SitePage):
    """A course: what it covers, for whom, and its promotions to enrol in."""

    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("Shown in listings and previews.")
    )
    hero_image = image_field(_("hero image"))
    overview = RichTextField(_("overview"), features=TEXT_FEATURES)
    audience = RichTextField(_("who it is for"), features=TEXT_FEATURES, blank=True)
    outcomes = RichTextField(
        _("what you will be able to do"), features=TEXT_FEATURES, blank=True
    )
    languages = models.CharField(
        _("languages"),
        max_length=200,
        blank=True,
        help_text=_("The languages the course is given in, e.g. French, English."),
    )
    workload = models.CharField(
        _("workload"),
        max_length=200,
        blank=True,
        help_text=_("For example: 8 weeks, about 3 hours a week."),
    )
    fees_note = RichTextField(
        _("fees"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("The promotions' own fees are shown beside this text."),
    )
    goals = ParentalManyToManyField(
        Goal, verbose_name=_("Agenda 2030 goals"), blank=True, related_name="+"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("overview"),
        FieldPanel("audience"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [FieldPanel("languages"), FieldPanel("workload"), FieldPanel("fees_note")],
            heading=_("Practical information"),
        ),
        FieldPanel("goals"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("overview"),
        index.SearchField("audience"),
        index.SearchField("outcomes"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        context.update(course_outline(course=self, user=request.user))
        return context


class ModulePage(SitePage):
    """A module of a course: a few lessons released together."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    goals = ParentalManyToManyField(
        Goal, verbose_name=_("Agenda 2030 goals"), blank=True, related_name="+"
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("goals")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course module")
        verbose_name_plural = _("course modules")

    def serve(self, request, *args, **kwargs):
        # A module is read on its course's outline, where it shows its lessons.
        from django.shortcuts import redirect

        return redirect(self.get_parent().get_url(request) + f"#module-{self.pk}")


class LessonPage(SitePage):
    """A lesson: text, videos, documents, a quiz or a packaged (SCORM) activity."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("Required lessons must be done to complete the course."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), null=True, blank=True
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("content"), blank=True)
    package = models.ForeignKey(
        "courses.ScormPackage",
        verbose_name=_("SCORM package"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="lessons",
        help_text=_("A packaged activity from an authoring tool, shown in the lesson."),
    )
    goals = ParentalManyToManyField(
        Goal, verbose_name=_("Agenda 2030 goals"), blank=True, related_name="+"
    )
    # Kept in step with the body on save, so completion can count quizzes in SQL.
    has_quiz = models.BooleanField(default=False, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("required"), FieldPanel("duration_minutes")],
            heading=_("Completion"),
        ),
        FieldPanel("body"),
        FieldPanel("package"),
        FieldPanel("goals"),
    ]
    # Lessons are for enrolled learners: the public search never lists them.
    search_fields = []
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @property
    def quiz(self):
        """The lesson's quiz block (a ``StreamChild``), or None."""
        for child in self.body:
            if child.block_type == "quiz":
                return child
        return None

    def save(self, *args, **kwargs):
        self.has_quiz = self.quiz is not None
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "has_quiz"}
        return super().save(*args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return []

    def serve(self, request, *args, **kwargs):
        from ..lesson_serving import serve_lesson

        return serve_lesson(request, self, *args, **kwargs)
