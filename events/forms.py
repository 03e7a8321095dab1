"""The few questions an event asks when one registers."""

from django import forms
from django.utils.translation import gettext_lazy as _


class RegistrantForm(forms.Form):
    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    role = forms.CharField(label=_("Role"), max_length=200)
    answer = forms.CharField(
        label="",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, **kwargs)
        if not registration.ask_organisation:
            del self.fields["organisation"]
        if not registration.ask_role:
            del self.fields["role"]
        question = registration.local_question
        if question:
            self.fields["answer"].label = question
        else:
            del self.fields["answer"]
