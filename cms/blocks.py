"""StreamField blocks shared by the site's page types."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from network.blocks import PartnersBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "cms/blocks/heading_block.html"
        description = _("A section heading, part of the page outline.")
        preview_value = {"text": "Port cities and climate change", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "cms/blocks/captioned_image_block.html"
        description = _("An image with its alternative text and an optional caption.")

    def get_preview_value(self):
        # The most recent image of the library stands in for the editor's choice.
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("-created_at").first()
        if image is None:
            return None
        return self.normalize(
            {
                "image": self.child_blocks["image"].normalize(image),
                "caption": "The port of Le Havre",
            }
        )


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "cms/blocks/quote_block.html"
        description = _("A highlighted quotation with its author.")
        preview_value = {
            "quote": "The port city is a laboratory of the energy transition.",
            "attribution": "AIVP Agenda 2030",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External link"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "cms/blocks/call_to_action_block.html"
        description = _("A short message with a button leading to a page or a link.")
        preview_value = {
            "title": "Join the network",
            "text": "Port cities, port authorities and companies work together.",
            "url": "https://www.aivp.org/",
            "button_label": "Become a member",
        }

    def clean(self, value):
        result = super().clean(value)
        if not result.get("page") and not result.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": [_("Choose a page or enter an external link.")]}
            )
        return result


class DocumentListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    documents = blocks.ListBlock(
        DocumentChooserBlock(label=_("Document")), label=_("Documents"), min_num=1
    )

    class Meta:
        icon = "doc-full"
        label = _("Document list")
        template = "cms/blocks/document_list_block.html"
        description = _("Reports, studies or minutes to download, with their size.")
        preview_value = {"title": "Reports", "documents": []}


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    body = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link", "document-link", "ul"]
    )


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion")
        template = "cms/blocks/accordion_block.html"
        description = _("Questions and answers, or sections that open one by one.")
        preview_value = {
            "title": "Frequently asked questions",
            "items": [
                {
                    "heading": "What is a Port Center?",
                    "body": "<p>A place that opens the port to its citizens.</p>",
                },
                {
                    "heading": "Who can join AIVP?",
                    "body": "<p>Cities, port authorities and companies.</p>",
                },
            ],
        }


class ColumnBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="cms/blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()


class TwoColumnsBlock(blocks.StructBlock):
    left = ColumnBlock(label=_("Left column"))
    right = ColumnBlock(label=_("Right column"))

    class Meta:
        icon = "table"
        label = _("Two columns")
        template = "cms/blocks/two_columns_block.html"
        description = _("Two columns side by side, stacked on small screens.")
        preview_value = {
            "left": [("paragraph", "<p>Port cities share their experience.</p>")],
            "right": [("paragraph", "<p>Ports open their doors to citizens.</p>")],
        }


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=20)
    label = blocks.CharBlock(label=_("Label"), max_length=80)


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(
        KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6
    )

    class Meta:
        icon = "order"
        label = _("Key figures")
        template = "cms/blocks/key_figures_block.html"
        description = _("Up to six figures that tell the story at a glance.")
        preview_value = {
            "title": "The network",
            "figures": [
                {"value": "1988", "label": "founded in Le Havre"},
                {"value": "200+", "label": "members"},
                {"value": "40+", "label": "countries"},
            ],
        }


class PromoBlock(blocks.StructBlock):
    """A promoted item of the home page: the world conference, the course, the prize."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External link"), required=False)
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=120,
        help_text=_("Empty: the title of the page."),
    )
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=300)
    image = ImageBlock(label=_("Image"), required=False)
    link_label = blocks.CharBlock(label=_("Link label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Promoted item")
        template = "cms/blocks/promo_block.html"
        description = _("A highlighted page or link with a picture, on the home page.")
        preview_value = {
            "title": "World conference 2027",
            "text": "Three days of debates on the future of port cities.",
            "url": "https://www.aivp.org/",
            "link_label": "Register",
        }

    def clean(self, value):
        result = super().clean(value)
        if not result.get("page") and not result.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": [_("Choose a page or enter an external link.")]}
            )
        if result.get("url") and not result.get("title"):
            raise blocks.StructBlockValidationError(
                block_errors={"title": [_("An external link needs a title.")]}
            )
        return result


class PromoStreamBlock(blocks.StreamBlock):
    promo = PromoBlock()


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks an editor can use in the body of a page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
        template="cms/blocks/paragraph_block.html",
        description=_("Formatted text with links and lists."),
        preview_value="<p>Port cities share their experience across the network.</p>",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock(
        label=_("Video or embed"),
        icon="media",
        max_width=800,
        template="cms/blocks/embed_block.html",
        description=_("A video or post from YouTube, Vimeo and other sites."),
        preview_value="https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    )
    document_list = DocumentListBlock()
    accordion = AccordionBlock()
    two_columns = TwoColumnsBlock()
    key_figures = KeyFiguresBlock()
    partners = PartnersBlock()
