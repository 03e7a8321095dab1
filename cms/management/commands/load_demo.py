"""Load realistic demo content for every module. Safe to run again."""

from importlib import import_module

from django.core.management.base import BaseCommand

# Each module's demo.load(stdout) runs in this order; later modules may rely on
# the content of earlier ones (pages need the accounts, tickets need the pages).
DEMO_MODULES = ("accounts.demo", "cms.demo")


class Command(BaseCommand):
    help = "Load demo content (idempotent) and print the demo logins."

    def handle(self, *args, **options) -> None:
        for module_name in DEMO_MODULES:
            import_module(module_name).load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
