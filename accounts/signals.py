"""Reactions to authentication events and to deleted organisations."""

from django.contrib.auth.signals import user_login_failed
from django.db.models.signals import pre_delete

from core.ratelimit import client_ip

from .services import signin_failure_record

# The credential names that hold the address typed (allauth's, then Django's).
ADDRESS_KEYS = ("email", "login", "username")


def _signin_failed(sender, credentials, request=None, **kwargs) -> None:
    address = next(
        (str(credentials[k]) for k in ADDRESS_KEYS if credentials.get(k)), ""
    )
    signin_failure_record(
        address=address, ip=client_ip(request) if request is not None else ""
    )


def _retire_slug(sender, instance, **kwargs) -> None:
    """A deleted organisation's address name is never given to another."""
    from .models import RetiredOrganisationSlug

    if instance.slug:
        RetiredOrganisationSlug.objects.update_or_create(
            slug=instance.slug, defaults={"organisation": None}
        )


def connect() -> None:
    from .models import Organisation

    user_login_failed.connect(_signin_failed, dispatch_uid="accounts_signin_failed")
    pre_delete.connect(
        _retire_slug, sender=Organisation, dispatch_uid="accounts_retire_slug"
    )
