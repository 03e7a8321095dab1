"""A block editors place in the body of pages: a row of the network's partners.

It imports nothing from the site's models (cms.blocks uses it, and cms.models uses
cms.blocks): the partners are read when the block is shown.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

KIND_CHOICES = [
    ("institutional", _("Institutional partners")),
    ("programme", _("Programmes and funders")),
    ("academic", _("Academic partners")),
    ("media", _("Media partners")),
]


class PartnersBlock(blocks.StructBlock):
    """Chosen partners, or every active partner of a kind (all kinds when empty)."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=KIND_CHOICES,
        required=False,
        help_text=_("Used when no partner is chosen below. Empty: every kind."),
    )
    partners = blocks.ListBlock(
        SnippetChooserBlock("network.Partner", label=_("Partner")),
        label=_("Partners"),
        required=False,
        default=[],
    )

    class Meta:
        icon = "group"
        label = _("Partners")
        template = "network/blocks/partners_block.html"
        description = _("Logos of the network's partners, chosen or of one kind.")
        preview_value = {"title": "Our partners", "kind": "", "partners": []}

    def get_context(self, value, parent_context=None):
        from .selectors_practices import partners_for_block

        context = super().get_context(value, parent_context=parent_context)
        context["partners"] = partners_for_block(
            chosen=[partner for partner in value["partners"] if partner],
            kind=value["kind"] or "",
        )
        return context
