"""allauth's mails (verification, password reset, security notices) in the outbox.

They are sent like every other mail, through ``EMAIL_BACKEND``; this adapter labels
them (``accounts.email_confirmation_signup``, ``accounts.password_reset_key``…) and
marks them as carrying a sign-in secret, so the admin does not show their body.
"""

import re

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """A new account speaks the language of the page it signed up on."""
        language = get_language() or settings.LANGUAGE_CODE
        if language in dict(settings.LANGUAGES):
            user.language = language
        return super().save_user(request, user, form, commit=commit)

    def post_login(self, request, user, **kwargs):
        from allauth.account.utils import get_login_redirect_url

        destination = get_login_redirect_url(
            request, kwargs.get("redirect_url"), signup=kwargs.get("signup", False)
        )
        request.signing_in_to_admin = destination.startswith(
            reverse("wagtailadmin_home")
        )
        return super().post_login(request, user, **kwargs)

    def add_message(self, request, level, message_template=None, *args, **kwargs):
        """No "signed in" notice for staff on their way to the admin: it would be in
        the sign-in page's language, and the admin speaks the person's own."""
        if message_template == "account/messages/logged_in.txt" and getattr(
            request, "signing_in_to_admin", False
        ):
            return
        super().add_message(request, level, message_template, *args, **kwargs)

    def render_mail(self, template_prefix, email, context, headers=None):
        message = super().render_mail(template_prefix, email, context, headers)
        name = re.sub(r"[^a-z0-9_]", "_", template_prefix.rsplit("/", 1)[-1].lower())
        message.outbox_source = f"accounts.{name or 'mail'}"
        message.outbox_carries_secret = True
        return message
