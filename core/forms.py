"""The one look of the site's forms: every form and field renders through it."""

from django.forms.renderers import TemplatesSetting


class SiteFormRenderer(TemplatesSetting):
    """Django's form rendering with the site's form and field templates.

    ``{{ form }}`` and ``{{ field.as_field_group }}`` then give the same markup on every
    page: label, help text and errors tied to the widget by ``aria-describedby``.
    """

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
