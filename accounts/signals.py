"""Reactions to authentication events."""

from django.contrib.auth.signals import user_login_failed

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


def connect() -> None:
    user_login_failed.connect(_signin_failed, dispatch_uid="accounts_signin_failed")
