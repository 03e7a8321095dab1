import datetime
import hashlib
import zoneinfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.forms.models import (
    AbstractEmailForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from .blocks import BaseStreamBlock, PromoStreamBlock

# --- Images -------------------------------------------------------------------------


class CustomImage(AbstractImage):
    """An image that also carries the photographer's credit, shown under photos."""

    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(
        CustomImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


# --- Pages --------------------------------------------------------------------------


class HomePage(Page):
    """The front door of the site, one per language."""

    hero_title = models.CharField(_("hero title"), max_length=160)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        CustomImage,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link = models.ForeignKey(
        Page,
        verbose_name=_("hero link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_label = models.CharField(_("hero link label"), max_length=60, blank=True)
    featured_news = models.ForeignKey(
        "cms.NewsArticlePage",
        verbose_name=_("featured article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown first; the latest articles follow."),
    )
    promotions = StreamField(
        PromoStreamBlock(),
        verbose_name=_("promoted items"),
        blank=True,
        help_text=_("The world conference, the course, the prize…"),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("featured_news"),
        FieldPanel("promotions"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import home_content

        context = super().get_context(request, *args, **kwargs)
        context.update(home_content(home=self))
        return context


class StandardPage(Page):
    """A general content page: about the network, governance, membership, FAQ."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")


# --- Agenda 2030 goals and news categories (translatable snippets) -------------------

GOAL_ICONS = (
    ("shield", _("Shield")),
    ("bolt", _("Lightning bolt")),
    ("route", _("Route")),
    ("people", _("People")),
    ("graduate", _("Graduate cap")),
    ("anchor", _("Anchor")),
    ("leaf", _("Leaf")),
    ("interface", _("City and port")),
    ("heart", _("Heart")),
    ("fish", _("Fish")),
)


class Goal(TranslatableMixin, index.Indexed, models.Model):
    """One of the 10 Agenda 2030 goals: the taxonomy every module tags content with."""

    number = models.PositiveSmallIntegerField(
        _("number"), validators=[MinValueValidator(1), MaxValueValidator(99)]
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("The same in every language: it appears in shareable addresses."),
    )
    title = models.CharField(_("title"), max_length=120)
    short_text = models.TextField(_("short text"), max_length=300)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use the form #1f5f8b."))],
        help_text=_("Dark enough for white text (contrast 4.5:1)."),
    )
    icon = models.CharField(_("icon"), max_length=20, choices=GOAL_ICONS)

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("short_text"),
        FieldRowPanel([FieldPanel("colour"), FieldPanel("icon")]),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("short_text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Agenda 2030 goal")
        verbose_name_plural = _("Agenda 2030 goals")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "number"], name="cms_goal_unique_number"
            ),
            models.UniqueConstraint(
                fields=["locale", "slug"], name="cms_goal_unique_slug"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("cms:goal_detail", kwargs={"slug": self.slug})


class NewsCategory(TranslatableMixin, models.Model):
    """An editorial section of the news (highlights, opinions, network life)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="cms_newscategory_unique_slug"
            )
        ]

    def __str__(self) -> str:
        return self.name


# --- News ---------------------------------------------------------------------------


class NewsIndexPage(Page):
    """The newsroom: every article of one language, filtered and paginated."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import news_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(news_listing(index=self, params=request.GET))
        return context


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsArticlePage(Page):
    """A news article, opinion or announcement published by the network."""

    date = models.DateField(_("date"), default=datetime.date.today, db_index=True)
    hero_image = models.ForeignKey(
        CustomImage,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Shown in listings, feeds and link previews."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    categories = ParentalManyToManyField(
        NewsCategory, verbose_name=_("categories"), blank=True, related_name="+"
    )
    goals = ParentalManyToManyField(
        Goal, verbose_name=_("Agenda 2030 goals"), blank=True, related_name="+"
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"), through=NewsArticleTag, blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        InlinePanel("authors", label=_("Authors")),
        FieldPanel("hero_image"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("categories"), FieldPanel("goals"), FieldPanel("tags")],
            heading=_("Classification"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types: list[str] = []

    def get_context(self, request, *args, **kwargs):
        from .selectors import attach_taxonomies

        attach_taxonomies([self])
        return super().get_context(request, *args, **kwargs)

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def clean(self) -> None:
        super().clean()
        if self.hero_image_id and not self.hero_image.description:
            raise ValidationError(
                {
                    "hero_image": _(
                        "This image has no alternative text: add a description to "
                        "the image first."
                    )
                }
            )


class NewsArticleAuthor(Orderable):
    """Who signed an article (a name, not an account: guests write too)."""

    page = ParentalKey(
        NewsArticlePage, on_delete=models.CASCADE, related_name="authors"
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=160, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")

    def __str__(self) -> str:
        return self.name


# --- Agenda -------------------------------------------------------------------------


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("“%(value)s” is not a time zone name such as Europe/Paris."),
            params={"value": value},
        )


class AgendaPage(Page):
    """The agenda of one language: upcoming events by default, past ones on request."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agenda page")

    def get_context(self, request, *args, **kwargs):
        from django.urls import reverse

        from .selectors import agenda_listing
        from .views import webcal_url

        context = super().get_context(request, *args, **kwargs)
        context.update(agenda_listing(agenda=self, params=request.GET))
        params = request.GET.copy()
        params.pop("page", None)
        params.pop("when", None)
        query = params.urlencode()
        context["ics_url"] = reverse("cms:agenda_ics") + (f"?{query}" if query else "")
        context["webcal_url"] = webcal_url(request, query)
        return context


class EventPage(Page):
    """A meeting of the network, from a one-hour webinar to the world conference.

    Editors enter the event's local dates and times with its IANA time zone; the
    aware ``start`` and ``end`` are derived from them on every save, so listings,
    calendars and feeds sort and compare real instants.
    """

    class EventType(models.TextChoices):
        WORLD_CONFERENCE = "world-conference", _("World conference")
        WEBINAR = "webinar", _("Webinar")
        WORKING_GROUP = "working-group", _("Working group meeting")
        MASTERCLASS = "masterclass", _("Masterclass")
        PARTNER_EVENT = "partner-event", _("Partner event")

    event_type = models.CharField(
        _("type"), max_length=20, choices=EventType.choices, db_index=True
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Paris",
        validators=[validate_time_zone],
        help_text=_("Where the event takes place, e.g. America/Montreal."),
    )
    all_day = models.BooleanField(_("all day"), default=False)
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Empty: the same day.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    start = models.DateTimeField(_("starts at"), editable=False, db_index=True)
    end = models.DateTimeField(_("ends at"), editable=False, db_index=True)

    summary = models.TextField(_("summary"), max_length=400)
    hero_image = models.ForeignKey(
        CustomImage,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    venue = models.CharField(_("venue"), max_length=160, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    country = models.CharField(_("country"), max_length=80, blank=True, db_index=True)
    online_url = models.URLField(_("online link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("Keep the page published: calendars then show it as cancelled."),
    )
    goals = ParentalManyToManyField(
        Goal, verbose_name=_("Agenda 2030 goals"), blank=True, related_name="+"
    )
    # Calendar clients re-read an event only when its SEQUENCE grows.
    ical_sequence = models.PositiveIntegerField(default=0, editable=False)
    ical_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("event_type"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("registration_url"),
        FieldPanel("goals"),
        FieldPanel("cancelled"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.FilterField("start"),
    ]

    parent_page_types = ["cms.AgendaPage"]
    subpage_types: list[str] = []

    def get_context(self, request, *args, **kwargs):
        from .selectors import attach_taxonomies

        attach_taxonomies([self])
        context = super().get_context(request, *args, **kwargs)
        context["registration_url"] = self.registration_link(request)
        return context

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")),
                name="cms_eventpage_ends_after_start",
            )
        ]

    # --- derived times ---

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def compute_instants(self) -> tuple[datetime.datetime, datetime.datetime]:
        """The aware start and end of the event, from its local dates and zone."""
        zone = self.zone
        end_date = self.end_date or self.start_date
        if self.all_day:
            start = datetime.datetime.combine(self.start_date, datetime.time(), zone)
            end = datetime.datetime.combine(
                end_date + datetime.timedelta(days=1), datetime.time(), zone
            )
        else:
            start = datetime.datetime.combine(self.start_date, self.start_time, zone)
            end = datetime.datetime.combine(end_date, self.end_time, zone)
        return start, end

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.time_zone not in zoneinfo.available_timezones():
            return  # the field validator reports it
        if not self.start_date:
            return
        if not self.all_day:
            if self.start_time is None:
                errors["start_time"] = _("Give a start time, or tick “all day”.")
            if self.end_time is None:
                errors["end_time"] = _("Give an end time, or tick “all day”.")
        if errors:
            raise ValidationError(errors)
        start, end = self.compute_instants()
        if end <= start:
            raise ValidationError(
                {"end_date": _("The event must end after it starts.")}
            )
        if not self.venue and not self.city and not self.online_url:
            raise ValidationError(
                {"venue": _("Give a place (venue or city) or an online link.")}
            )
        self.start, self.end = start, end

    def save(self, *args, **kwargs):
        if (
            self.start_date
            and (self.all_day or (self.start_time and self.end_time))
            and self.time_zone in zoneinfo.available_timezones()
        ):
            self.start, self.end = self.compute_instants()
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        # The calendar sequence belongs to the live record, never to a revision.
        obj = super().with_content_json(content)
        obj.ical_sequence = self.ical_sequence
        obj.ical_fingerprint = self.ical_fingerprint
        return obj

    def calendar_fingerprint(self) -> str:
        """A digest of everything a calendar shows: a change bumps SEQUENCE."""
        parts = [
            self.title,
            self.summary,
            self.start.isoformat() if self.start else "",
            self.end.isoformat() if self.end else "",
            self.time_zone,
            str(self.all_day),
            self.venue,
            self.city,
            self.country,
            self.online_url,
            str(self.cancelled),
            self.url_path,
        ]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    # --- presentation ---

    @property
    def local_start(self) -> datetime.datetime:
        return self.start.astimezone(self.zone)

    @property
    def local_end(self) -> datetime.datetime:
        return self.end.astimezone(self.zone)

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def is_online(self) -> bool:
        return bool(self.online_url) and not (self.venue or self.city)

    def registration_link(self, request=None) -> str:
        """Where to register: a ticketing module may take over with a hook."""
        from wagtail import hooks

        for hook in hooks.get_hooks("event_registration_url"):
            url = hook(self, request)
            if url:
                return url
        return self.registration_url


# --- Contact form -------------------------------------------------------------------

HONEYPOT_FIELD = "website"


class ContactFormField(AbstractFormField):
    page = ParentalKey(
        "cms.ContactPage", on_delete=models.CASCADE, related_name="form_fields"
    )


class ContactSubmission(AbstractFormSubmission):
    """A message sent through a contact form, kept until the team has read it."""

    notified_at = models.DateTimeField(_("notified at"), null=True, editable=False)


class ContactPage(AbstractEmailForm):
    """A form visitors use to write to the team; messages are kept and e-mailed."""

    introduction = models.TextField(_("introduction"), blank=True)
    thank_you_text = models.TextField(
        _("thank-you text"), default="", blank=True, max_length=500
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]

    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("contact page")

    def get_submission_class(self):
        return ContactSubmission

    def get_form(self, *args, **kwargs):
        from django import forms

        form = super().get_form(*args, **kwargs)
        # Robots fill every field; people never see this one.
        form.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        return form

    def process_form_submission(self, form):
        from .services import contact_submission_receive

        return contact_submission_receive(page=self, form=form)


# --- Site settings: navigation and footer --------------------------------------------


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting, ClusterableModel):
    """The main menu; each entry follows the visitor's language automatically."""

    panels = [InlinePanel("menu_items", heading=_("Menu items"), label=_("Menu item"))]

    class Meta:
        verbose_name = _("main navigation")


class MenuItem(Orderable):
    """One entry of the main menu: a page of the site or an external link."""

    settings = ParentalKey(
        NavigationSettings, on_delete=models.CASCADE, related_name="menu_items"
    )
    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("external link"), blank=True)
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_(
            "Leave empty to use the title of the page in the visitor's language."
        ),
    )

    panels = [FieldPanel("page"), FieldPanel("url"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("menu item")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(page__isnull=True, url=""),
                name="cms_menuitem_has_target",
            )
        ]

    def clean(self) -> None:
        if not self.page_id and not self.url:
            raise ValidationError(_("Choose a page or enter an external link."))
        if self.url and not self.label:
            raise ValidationError({"label": _("An external link needs a label.")})


@register_setting(icon="site")
class FooterSettings(BaseSiteSetting, ClusterableModel):
    """What every page shows at the bottom: address, social links, newsletter."""

    organisation_name = models.CharField(
        _("organisation name"), max_length=120, default="AIVP"
    )
    address = models.TextField(_("postal address"), blank=True)
    email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    newsletter_url = models.URLField(
        _("newsletter sign-up link"),
        blank=True,
        help_text=_("Leave empty to use the site's own sign-up form."),
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("address"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("newsletter_url"),
        InlinePanel("social_links", heading=_("Social links"), label=_("Social link")),
    ]

    class Meta:
        verbose_name = _("footer")


class SocialLink(Orderable):
    """A link to one of the network's social media accounts."""

    class Network(models.TextChoices):
        LINKEDIN = "linkedin", "LinkedIn"
        X = "x", "X"
        YOUTUBE = "youtube", "YouTube"
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        BLUESKY = "bluesky", "Bluesky"

    settings = ParentalKey(
        FooterSettings, on_delete=models.CASCADE, related_name="social_links"
    )
    network = models.CharField(_("network"), max_length=20, choices=Network.choices)
    url = models.URLField(_("link"))

    panels = [FieldPanel("network"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social link")
