"""The one look of the site's forms, and what every upload form shares."""

import logging

from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


class SiteFormRenderer(TemplatesSetting):
    """Django's form rendering with the site's form and field templates.

    ``{{ form }}`` and ``{{ field.as_field_group }}`` then give the same markup on every
    page: label, help text and errors tied to the widget by ``aria-describedby``.
    """

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


class StoresUploadOnValidationMixin:
    """A model form whose uploaded file is written while the form is validated.

    When the disk is full or the media directory cannot be written to, the person
    gets the form back with what they typed and an error on the file field, instead
    of a server error when the record is saved. The admin's image and document
    forms use it (``cms/forms.py``).
    """

    file_field_name = "file"

    def _post_clean(self):
        super()._post_clean()
        name = self.file_field_name
        if self.errors or name not in self.changed_data:
            return
        stored = getattr(self.instance, name)
        if not stored or stored._committed:
            return
        try:
            stored.save(stored.name, stored.file, save=False)
        except OSError as error:
            logger.error("Upload of %s not stored: %s", stored.name, error)
            self.add_error(
                name,
                _(
                    "The file could not be stored: the server's disk is full or "
                    "cannot be written to. What you typed is kept; please try "
                    "again later, or tell the site's administrators."
                ),
            )
