"""The blocks a lesson is written with, among them the quiz the server marks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from cms.blocks import CaptionedImageBlock, DocumentListBlock, HeadingBlock


class VideoBlock(blocks.StructBlock):
    """A video with its transcript, for those who cannot or prefer not to watch it."""

    video = EmbedBlock(label=_("Video"), max_width=800)
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=["bold", "italic", "link", "ol", "ul"],
        required=False,
    )

    class Meta:
        icon = "media"
        label = _("Video with transcript")
        template = "courses/blocks/video_block.html"


class ResourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))
    description = blocks.TextBlock(label=_("Description"), required=False)


class ResourcesBlock(blocks.StructBlock):
    """Links to reading elsewhere: reports, sites, videos."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    resources = blocks.ListBlock(ResourceBlock(), label=_("Resources"), min_num=1)

    class Meta:
        icon = "link"
        label = _("External resources")
        template = "courses/blocks/resources_block.html"


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        max_length=500,
        required=False,
        help_text=_("Shown after marking when the learner chose this answer."),
    )


class QuestionBlock(blocks.StructBlock):
    SINGLE = "single"
    MULTIPLE = "multiple"

    text = blocks.CharBlock(label=_("Question"), max_length=500)
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            (SINGLE, _("One answer")),
            (MULTIPLE, _("Several answers")),
        ],
        default=SINGLE,
    )
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        help_text=_("Shown after marking, whatever the answer."),
    )

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for answer in value["answers"] if answer["correct"])
        if correct == 0:
            raise StructBlockValidationError(
                block_errors={
                    "answers": ValidationError(_("Mark at least one answer correct."))
                }
            )
        if value["kind"] == self.SINGLE and correct > 1:
            raise StructBlockValidationError(
                block_errors={
                    "kind": ValidationError(
                        _("A question with one answer has exactly one correct answer.")
                    )
                }
            )
        return value


class QuizBlock(blocks.StructBlock):
    """Questions marked on the server; a lesson holds at most one quiz."""

    BEST = "best"
    LAST = "last"

    title = blocks.CharBlock(label=_("Title"), max_length=200, default=_("Quiz"))
    introduction = blocks.TextBlock(label=_("Introduction"), required=False)
    pass_mark = blocks.IntegerBlock(
        label=_("Pass mark (%)"), min_value=0, max_value=100, default=70
    )
    attempts_allowed = blocks.IntegerBlock(
        label=_("Attempts allowed"),
        min_value=0,
        default=3,
        help_text=_("0 allows any number of attempts."),
    )
    keep = blocks.ChoiceBlock(
        label=_("Score kept"),
        choices=[(BEST, _("The best attempt")), (LAST, _("The last attempt"))],
        default=BEST,
    )
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "tick-inverse"
        label = _("Quiz")
        template = "courses/blocks/quiz_block.html"


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
        template="cms/blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    video = VideoBlock()
    documents = DocumentListBlock()
    document = DocumentChooserBlock(
        label=_("Document"), icon="doc-full", template="courses/blocks/document.html"
    )
    resources = ResourcesBlock()
    quiz = QuizBlock()

    class Meta:
        block_counts = {"quiz": {"max_num": 1}}
