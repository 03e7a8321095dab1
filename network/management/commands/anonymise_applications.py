"""Blank the personal data of closed applications older than N months (default 12)."""

from django.core.management.base import BaseCommand

from network.joining_privacy import anonymise_old_applications


class Command(BaseCommand):
    help = "Anonymise declined, withdrawn and duplicate membership applications."

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=12)

    def handle(self, *args, **options):
        count = anonymise_old_applications(months=options["months"])
        self.stdout.write(f"Applications anonymised: {count}.")
