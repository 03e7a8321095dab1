"""The contact form: its fields, the messages it receives, the page that shows it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    AbstractEmailForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel

from core.ratelimit import rate_limit_check

from .base import SitePage

HONEYPOT_FIELD = "website"


class ContactFormField(AbstractFormField):
    page = ParentalKey(
        "cms.ContactPage", on_delete=models.CASCADE, related_name="form_fields"
    )


class ContactSubmission(AbstractFormSubmission):
    """A message sent through a contact form, kept until the team has read it."""

    notified_at = models.DateTimeField(_("notified at"), null=True, editable=False)


class ContactPage(AbstractEmailForm, SitePage):
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

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            # Each message is e-mailed to the team: a robot must not flood it.
            rate_limit_check(request, "cms.contact")
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        from ..services import contact_submission_receive

        return contact_submission_receive(page=self, form=form)
