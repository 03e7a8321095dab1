"""The application form a prospect organisation fills in, and the staff's forms."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Organisation

from .models import MembershipApplication

HONEYPOT_FIELD = "nickname"


class ApplicationForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=_("I agree that AIVP keeps these details to answer my application."),
        required=True,
    )
    # Robots fill every field; people never see this one.
    nickname = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "organisation_name",
            "kind",
            "country",
            "city",
            "website",
            "contact_name",
            "contact_role",
            "email",
            "phone",
            "message",
        ]
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        autocomplete = {
            "organisation_name": "organization",
            "contact_name": "name",
            "contact_role": "organization-title",
            "email": "email",
            "phone": "tel",
            "website": "url",
            "city": "address-level2",
        }
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value
        self.fields["contact_role"].required = True
        self.fields["website"].assume_scheme = "https"


class ApproveForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Existing organisation"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        help_text=_("Leave empty to create a new organisation from the application."),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=Organisation.Kind.choices)
    membership_start = forms.DateField(
        label=_("Membership start"), widget=forms.DateInput(attrs={"type": "date"})
    )
    membership_end = forms.DateField(
        label=_("Membership end"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("membership_start"), data.get("membership_end")
        if start and end and end < start:
            self.add_error("membership_end", _("The end cannot come before the start."))
        return data


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (sent to the applicant, optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            (value, label)
            for value, label in MembershipApplication.Status.choices
            if value
            not in (
                MembershipApplication.Status.APPROVED,
                MembershipApplication.Status.DECLINED,
            )
        ],
    )


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Note"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3})
    )
