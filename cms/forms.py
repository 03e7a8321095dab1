"""The admin's image and document forms: a full or read-only disk is a form error."""

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from core.forms import StoresUploadOnValidationMixin


class ImageForm(StoresUploadOnValidationMixin, BaseImageForm):
    """Wagtail's image form, whose file is stored while the form is validated."""


class DocumentForm(StoresUploadOnValidationMixin, BaseDocumentForm):
    """Wagtail's document form, whose file is stored while the form is validated."""
