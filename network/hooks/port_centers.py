"""Port Centers in the admin (a snippet with a map to pick coordinates) and in the
sitemap."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.tables import BooleanColumn, Column, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.sitemaps import SITEMAP_HOOK
from core.i18n_fields import language_panels

from ..models import Audience, PortCenter
from ..widgets import MapPickerWidget


class PortCenterForm(WagtailAdminModelForm):
    """The audiences as boxes to tick (they are stored as a list of codes)."""

    audiences = forms.MultipleChoiceField(
        label=capfirst(_("audiences")),
        choices=Audience.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class PortCenterViewSet(SnippetViewSet):
    model = PortCenter
    icon = "site"
    menu_label = _("Port Centers")
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "port-centers"
    list_display = [
        "name",
        "city",
        Column(
            "country",
            label=capfirst(_("country")),
            accessor=lambda port_center: port_center.country.name,
        ),
        Column(
            "label_status",
            label=capfirst(_("label status")),
            accessor="get_label_status_display",
        ),
        BooleanColumn("charter_signatory", label=_("Charter")),
        BooleanColumn("is_published", label=capfirst(_("published"))),
        UpdatedAtColumn(),
    ]
    list_filter = ["is_published", "label_status", "charter_signatory", "country"]
    list_export = [
        "name",
        "slug",
        "city",
        "country",
        "latitude",
        "longitude",
        "label_status",
        "label_year",
        "charter_signatory",
        "charter_year",
        "is_published",
    ]
    export_filename = "port-centers"
    search_fields = ["name", "city", "slug"]
    ordering = ["name"]
    inspect_view_enabled = True
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("name"),
                            FieldPanel("slug"),
                            FieldPanel("is_published"),
                        ],
                        heading=_("Identity"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                            FieldPanel("address"),
                            FieldPanel("website"),
                        ],
                        heading=_("Where"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("latitude"),
                            FieldPanel("longitude", widget=MapPickerWidget()),
                        ],
                        heading=_("On the map"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldRowPanel(
                                [FieldPanel("label_status"), FieldPanel("label_year")]
                            ),
                            FieldRowPanel(
                                [
                                    FieldPanel("charter_signatory"),
                                    FieldPanel("charter_year"),
                                ]
                            ),
                        ],
                        heading=_("Label and charter"),
                    ),
                    FieldPanel("audiences"),
                    FieldPanel("organisation"),
                ],
                heading=_("Details"),
            ),
            ObjectList(
                language_panels("description", "opening_hours"), heading=_("Texts")
            ),
            ObjectList([InlinePanel("photos", label=_("Photos"))], heading=_("Photos")),
        ],
        base_form_class=PortCenterForm,
    )


register_snippet(PortCenterViewSet)


@hooks.register(SITEMAP_HOOK)
def port_centers_sitemap():
    from ..port_centers.sitemaps import PortCenterSitemap

    return "port-centers", PortCenterSitemap
