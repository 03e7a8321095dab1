"""The forms of the courses' admin screens: a promotion's settings, small actions."""

import uuid

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Promotion


class PromotionForm(WagtailAdminModelForm):
    """A promotion's settings, checked as a whole: dates in order, a paid promotion
    with a price, a schedule made of the course's own modules."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "facilitators" in self.fields:
            self.fields["facilitators"].queryset = (
                get_user_model().objects.filter(is_active=True).order_by("email")
            )

    def clean(self):
        cleaned = super().clean()
        opens, closes = (
            cleaned.get("enrolment_opens_at"),
            cleaned.get("enrolment_closes_at"),
        )
        if opens and closes and closes <= opens:
            self.add_error(
                "enrolment_closes_at",
                _("Enrolment must close after it opens."),
            )
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The promotion must end after it starts."))
        if (
            cleaned.get("fee") == Promotion.Fee.PAID
            and not (cleaned.get("price") or 0) > 0
        ):
            self.add_error("price", _("A paid promotion needs a price above zero."))
        course = cleaned.get("course")
        if course is not None and "schedule" in self.formsets:
            self._check_schedule(course)
        return cleaned

    def _check_schedule(self, course) -> None:
        for form in self.formsets["schedule"].forms:
            form.is_valid()  # cleans it: its other errors are shown too
            if form.cleaned_data.get("DELETE"):
                continue
            module = form.cleaned_data.get("module")
            if module is not None:
                parent = module.get_parent()
                if parent is None or parent.translation_key != course.translation_key:
                    form.add_error(
                        "module", _("This module is not part of the course.")
                    )
            release, due = (
                form.cleaned_data.get("release_on"),
                form.cleaned_data.get("due_on"),
            )
            if release and due and due < release:
                form.add_error("due_on", _("The due date must follow the release."))


class NextPromotionForm(forms.Form):
    offset_days = forms.IntegerField(
        label=_("Move every date by (days)"),
        min_value=1,
        max_value=3660,
        help_text=_(
            "Every date of the new promotion is this many days after the same date "
            "of this one."
        ),
    )


class InviteForm(forms.Form):
    emails = forms.CharField(
        label=_("E-mail addresses"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("One address per line (or separated by commas)."),
    )

    def clean_emails(self) -> list[str]:
        raw = self.cleaned_data["emails"].replace(",", "\n").replace(";", "\n")
        emails = [line.strip() for line in raw.splitlines() if line.strip()]
        wrong = []
        for email in emails:
            try:
                validate_email(email)
            except ValidationError:
                wrong.append(email)
        if wrong:
            raise ValidationError(
                _("These are not e-mail addresses: %(emails)s"),
                params={"emails": ", ".join(wrong)},
                code="invalid",
            )
        if len(emails) > 200:
            raise ValidationError(_("Invite at most 200 people at a time."))
        return emails


class MessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(
        label=_("Message"), widget=forms.Textarea(attrs={"rows": 12}), max_length=20000
    )
    message_id = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message_id"].initial = uuid.uuid4().hex
