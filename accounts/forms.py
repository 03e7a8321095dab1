from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Affiliation, Organisation, User

NEWSLETTER_CONSENT_WORDING = _(
    "I agree to receive Port City Insights, the AIVP newsletter, by e-mail. I can "
    "unsubscribe at any time with the link at the bottom of each issue."
)


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form, its robot trap hidden by the site's stylesheet.

    allauth hides the trap with a style attribute, which the Content-Security-Policy
    refuses; the form template moves every trap (tabindex -1) off screen instead.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        trap = self.fields.get(settings.ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD or "")
        if trap is not None:
            trap.widget.attrs.pop("style", None)


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "language"]


class JoinForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        # Unlisted organisations are never named on the public site.
        queryset=Organisation.objects.filter(is_listed=True).exclude(
            membership_status=Organisation.Status.ENDED
        ),
        empty_label=_("Choose your organisation"),
    )
    message = forms.CharField(
        label=_("Message to the organisation (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[
            (Affiliation.Status.APPROVED, _("Approve")),
            (Affiliation.Status.REJECTED, _("Reject")),
        ]
    )


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and my personal data will be deleted.")
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This password is not correct."))
        return password


class NewsletterForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(label=NEWSLETTER_CONSENT_WORDING)
    # A field people never see; robots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_robot(self) -> bool:
        return bool(self.data.get("website"))
