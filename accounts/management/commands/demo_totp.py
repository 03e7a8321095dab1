"""Prints the current two-factor code of the demo staff accounts (published secret)."""

import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management.base import BaseCommand

from accounts.demo import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Print the current TOTP code of the demo accounts (demo secret only)."

    def handle(self, *args, **options) -> None:
        now = int(time.time())
        code = format_hotp_value(hotp_value(DEMO_TOTP_SECRET, now // 30))
        self.stdout.write(f"{code} (valid for {30 - now % 30} s)")
